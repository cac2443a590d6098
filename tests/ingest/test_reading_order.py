"""The one-column shortcut of :mod:`ingest.reading_order` against its general case.

The shortcut must give pdfminer's order exactly (the redaction engine was tuned on it), ties
included, so it is compared with the general merge on many random columns: equal line
heights and gaps make equal distances, where only the tie-breaking decides.
"""

from __future__ import annotations

import random

from ingest import reading_order


def column(rng: random.Random) -> list[tuple[float, float, float, float]]:
    """Boxes one under another (touching or not) that a vertical line at x=100 crosses."""
    boxes, y = [], rng.choice([0.0, 10.5])
    for _ in range(rng.randint(2, 30)):
        height = rng.choice([10.0, 12.0, 5.5, rng.uniform(1, 30)])
        x0 = 100 - rng.choice([40.0, 40.0, 10.0, rng.uniform(1, 90)])
        x1 = 100 + rng.choice([300.0, 300.0, 50.0, rng.uniform(1, 400)])
        y += rng.choice([0.0, 7.0, 7.0, 2.0, rng.uniform(0, 40)])
        boxes.append((x0, y, x1, y + height))
        y += height
    rng.shuffle(boxes)
    return boxes


def test_a_column_is_ordered_as_the_general_merge_orders_it() -> None:
    rng = random.Random(17)
    for _ in range(3000):
        boxes = column(rng)
        assert reading_order._stacked(boxes) is not None
        assert reading_order._box_order(boxes) == reading_order._merge_order(boxes)


def test_an_indented_line_can_still_be_read_after_the_line_below() -> None:
    # pdfminer's order, not top to bottom: a short line far right, just above a long one
    boxes = [(300.0, 0.0, 320.0, 4.0), (60.0, 5.0, 500.0, 9.0)]
    assert reading_order._stacked(boxes) is not None
    assert reading_order._box_order(boxes) == reading_order._merge_order(boxes) == [1, 0]


def test_what_is_not_one_column_takes_the_general_merge() -> None:
    two_columns = [(50.0, 0.0, 250.0, 10.0), (300.0, 0.0, 500.0, 10.0)]
    overlapping = [(50.0, 0.0, 250.0, 10.0), (60.0, 5.0, 260.0, 15.0)]
    flat = [(50.0, 0.0, 250.0, 0.0), (50.0, 5.0, 250.0, 15.0)]
    for boxes in (two_columns, overlapping, flat):
        assert reading_order._stacked(boxes) is None
