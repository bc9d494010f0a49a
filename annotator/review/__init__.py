"""Review across annotators: aligning their annotations and measuring agreement.

Pure Python on purpose (no Qt, no SQL) so the same figures come out of the
GUI, the CLI and the tests.
"""
