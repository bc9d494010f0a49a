"""Hypothesis settings shared by the fuzz tests (importers, schema loader).

Derandomized with no example database, so ``make test`` is deterministic;
``ANNOTATOR_FUZZ_SCALE=20`` runs twenty times as many examples, freshly random.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

SCALE = int(os.environ.get("ANNOTATOR_FUZZ_SCALE", "1"))


def fuzz_settings(examples: int, *also_suppress: HealthCheck) -> settings:
    return settings(
        max_examples=examples * SCALE,
        deadline=None,
        derandomize=SCALE == 1,
        database=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
            HealthCheck.function_scoped_fixture,
            *also_suppress,
        ],
    )
