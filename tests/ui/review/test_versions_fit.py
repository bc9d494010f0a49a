"""At 1024×700 the review window's versions table shows every column of the default schema.

The attributes are where versions differ (shown in red); a text column of a fixed
320 px pushed Polarity off-screen at the smallest size the app supports.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from annotator.ui.review.review_window import ReviewWindow


def test_every_version_column_is_in_view_at_1024(review: ReviewWindow, qtbot: QtBot) -> None:
    review.resize(1024, 700)
    qtbot.waitUntil(lambda: review.width() == 1024)
    review.show_item(1)  # sized when shown: another unit than the one shown at the start
    header = review.versions.horizontalHeader()
    last = review.versions_model.columnCount() - 1
    right = header.sectionViewportPosition(last) + header.sectionSize(last)
    assert header.sectionSize(last) > 0
    assert right <= review.versions.viewport().width(), (right, review.versions.viewport().width())
