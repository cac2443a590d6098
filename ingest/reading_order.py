"""Reading order for the fast path's lines: pdfminer.six's layout analysis, run on lines.

pdfminer orders a page in three steps (``LAParams`` as :mod:`ingest.pdfminer_text` sets
them): glyphs into lines, lines into text boxes (a neighbour within half a line's height
above or below, of the same height and aligned left, right or centre), and text boxes into
a tree, merging first the pair whose joint box wastes least area; the tree, read top-left
to bottom-right at every level (``boxes_flow`` 0.5), is the order. Two columns are read one
after the other, a table column by column, whatever order the file draws them in.

pdfminer does this in Python for every glyph, which is most of its time. The fast path
(:mod:`ingest.pdfium_text`) already has lines of words, cut where pdfminer would cut them,
so only the last two steps remain, and they run here on whole lines with the same rules:
the redaction engine and the recall model were tuned on text in this order.

Coordinates are the displayed page's, origin top-left (y grows downwards).
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence

Box = tuple[float, float, float, float]  # x0, y0 (top), x1, y1 (bottom)

LINE_MARGIN = 0.5  # pdfminer's line_margin: neighbours within half a line's height
BOXES_FLOW = 0.5  # pdfminer's boxes_flow: how much a box's left edge counts against its height


def order(lines: Sequence[Box]) -> list[list[int]]:
    """The reading order of ``lines`` (their boxes): text boxes in order, each a list of
    indexes into ``lines``, top line first."""
    if not lines:
        return []
    boxes = _text_boxes(lines)
    bounds = [_union([lines[i] for i in box]) for box in boxes]
    return [sorted(boxes[i], key=lambda k: lines[k][1]) for i in _box_order(bounds)]


def _union(boxes: Sequence[Box]) -> Box:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def _text_boxes(lines: Sequence[Box]) -> list[list[int]]:
    """Lines joined with their neighbours (pdfminer's ``group_textlines``), each group in
    the order of its first line."""
    parent = list(range(len(lines)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_top = sorted(range(len(lines)), key=lambda i: lines[i][1])
    tops = [lines[i][1] for i in by_top]
    tallest = max(b[3] - b[1] for b in lines)
    for i, (x0, y0, x1, y1) in enumerate(lines):
        height = y1 - y0
        d = LINE_MARGIN * height
        centre = (x0 + x1) / 2
        # a neighbour's box meets (x0, y0 - d, x1, y1 + d); its top is above y1 + d
        lo = _bisect(tops, y0 - d - tallest)
        for k in by_top[lo:]:
            ox0, oy0, ox1, oy1 = lines[k]
            if oy0 >= y1 + d:
                break
            if ox1 <= x0 or x1 <= ox0 or oy1 <= y0 - d:
                continue
            if abs((oy1 - oy0) - height) > d:
                continue
            if abs(ox0 - x0) <= d or abs(ox1 - x1) <= d or abs((ox0 + ox1) / 2 - centre) <= d:
                parent[root(k)] = root(i)
    groups: dict[int, list[int]] = {}
    for i in range(len(lines)):
        groups.setdefault(root(i), []).append(i)
    return list(groups.values())


def _bisect(values: list[float], x: float) -> int:
    import bisect

    return bisect.bisect_left(values, x)


def _box_order(bounds: list[Box]) -> list[int]:
    """pdfminer's ``group_textboxes`` and ``IndexAssigner``: merge the closest pair (the
    area their joint box adds beyond their own, a pair with another box in between waiting
    its turn) until one tree is left, then read it with each pair sorted top-left first."""
    if len(bounds) == 1:
        return [0]
    stacked = _stacked(bounds)
    if stacked is not None:
        return _stack_order(bounds, stacked)
    return _merge_order(bounds)


def _merge_order(bounds: list[Box]) -> list[int]:
    """The general case of :func:`_box_order`."""
    nodes: list[Box] = list(bounds)
    area = [(b[2] - b[0]) * (b[3] - b[1]) for b in bounds]
    children: dict[int, tuple[int, int]] = {}
    live = set(range(len(bounds)))

    def between(i: int, j: int) -> bool:
        a, b = nodes[i], nodes[j]
        x0, y0 = min(a[0], b[0]), min(a[1], b[1])
        x1, y1 = max(a[2], b[2]), max(a[3], b[3])
        for k in live:
            if k != i and k != j:
                o = nodes[k]
                if not (o[2] <= x0 or x1 <= o[0] or o[3] <= y0 or y1 <= o[1]):
                    return True
        return False

    def distances(i: int, others: Iterable[int]) -> list[tuple[bool, float, int, int]]:
        """(False, the area a joint box adds, i, other) for each other node."""
        ax0, ay0, ax1, ay1 = nodes[i]
        own = area[i]
        out = []
        for k in others:
            bx0, by0, bx1, by1 = nodes[k]
            out.append((False, ((ax1 if ax1 > bx1 else bx1) - (ax0 if ax0 < bx0 else bx0))
                        * ((ay1 if ay1 > by1 else by1) - (ay0 if ay0 < by0 else by0))
                        - own - area[k], i, k))
        return out

    heap = [pair for i in range(len(bounds)) for pair in distances(i, range(i + 1, len(bounds)))]
    heapq.heapify(heap)
    while heap:
        checked, d, i, j = heapq.heappop(heap)
        if i not in live or j not in live:
            continue
        if not checked and between(i, j):
            heapq.heappush(heap, (True, d, i, j))
            continue
        group = len(nodes)
        nodes.append(_union((nodes[i], nodes[j])))
        area.append((nodes[group][2] - nodes[group][0]) * (nodes[group][3] - nodes[group][1]))
        children[group] = (i, j)
        live -= {i, j}
        for pair in distances(group, live):
            heapq.heappush(heap, pair)
        live.add(group)

    return _read_tree(nodes, children, live.pop())


def _read_tree(nodes: list[Box], children: dict[int, tuple[int, int]], root: int) -> list[int]:
    """The leaves of the merge tree, each pair of children read top-left first."""

    def key(n: int) -> float:  # top-left first; top is what pdfminer's y-up coordinates give
        x0, y0, _x1, y1 = nodes[n]
        return (1 - BOXES_FLOW) * x0 + (1 + BOXES_FLOW) * (y0 + y1)

    out: list[int] = []
    stack = [root]
    while stack:
        n = stack.pop()
        if n in children:
            stack.extend(sorted(children[n], key=key, reverse=True))
        else:
            out.append(n)
    return out


def _stacked(bounds: list[Box]) -> list[int] | None:
    """The boxes top to bottom when they form one column: none overlaps another's height
    (touching is allowed), each has a height, and some vertical line crosses every box
    inside it. Otherwise None."""
    if not max(b[0] for b in bounds) < min(b[2] for b in bounds):
        return None
    down = sorted(range(len(bounds)), key=lambda i: bounds[i][1])
    bottom = float("-inf")
    for i in down:
        _, y0, _, y1 = bounds[i]
        if not (bottom <= y0 < y1):
            return None
        bottom = y1
    return down


def _stack_order(bounds: list[Box], down: list[int]) -> list[int]:
    """:func:`_box_order` for one column (:func:`_stacked`), the same tree in far fewer
    steps: a pair of boxes that are not neighbours always has a box between them (the
    vertical line crosses it, inside their joint box), so it waits its turn, and while two
    boxes are left a pair of neighbours never has one between, so it is always merged
    first. Only neighbours are ever merged: the closest pair, ties broken as the general
    case's heap breaks them (its entry is (distance, the node whose distances were
    worked out, the other), the distance worked out from that node's side)."""
    n = len(bounds)
    nodes: list[Box] = list(bounds)
    area = [(b[2] - b[0]) * (b[3] - b[1]) for b in bounds]
    children: dict[int, tuple[int, int]] = {}

    def entry(a: int, b: int) -> tuple[float, int, int]:
        i, k = (a, b) if (a < n and b < n) == (a < b) else (b, a)
        ax0, ay0, ax1, ay1 = nodes[i]
        bx0, by0, bx1, by1 = nodes[k]
        return (((ax1 if ax1 > bx1 else bx1) - (ax0 if ax0 < bx0 else bx0))
                * ((ay1 if ay1 > by1 else by1) - (ay0 if ay0 < by0 else by0))
                - area[i] - area[k], i, k)

    above: dict[int, int] = {}  # live node -> the live node above it (top to bottom)
    below: dict[int, int] = {}
    for upper, lower in zip(down, down[1:], strict=False):
        below[upper], above[lower] = lower, upper
    heap = [entry(upper, lower) for upper, lower in below.items()]
    heapq.heapify(heap)
    live = set(down)
    while len(live) > 1:
        _d, i, j = heapq.heappop(heap)
        if i not in live or j not in live:
            continue
        upper, lower = (i, j) if below.get(i) == j else (j, i)
        group = len(nodes)
        nodes.append(_union((nodes[upper], nodes[lower])))
        area.append((nodes[group][2] - nodes[group][0]) * (nodes[group][3] - nodes[group][1]))
        children[group] = (i, j)
        live -= {i, j}
        live.add(group)
        top, bottom = above.pop(upper, None), below.pop(lower, None)
        below.pop(upper, None)
        above.pop(lower, None)
        if top is not None:
            below[top], above[group] = group, top
            heapq.heappush(heap, entry(group, top))
        if bottom is not None:
            above[bottom], below[group] = group, bottom
            heapq.heappush(heap, entry(group, bottom))
    return _read_tree(nodes, children, live.pop())
