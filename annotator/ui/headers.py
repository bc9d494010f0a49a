"""Table columns at least as wide as their translated header.

Column widths are fixed numbers (sizing to the contents would read every row of
a 10,000-row table), chosen for the English headers; "Etykiety" or "Метки" need
more than "Labels". Called after the widths are set, it widens only what is cut.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView


def fit_header_texts(header: QHeaderView) -> None:
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        needed = header.sectionSizeHint(section)
        if header.sectionSize(section) < needed:
            header.resizeSection(section, needed)
