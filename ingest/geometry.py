"""Affine geometry for pages: from PDF user space to the page as displayed.

Matrices are PDF 6-tuples ``(a, b, c, d, e, f)`` mapping ``(x, y)`` to
``(a*x + c*y + e, b*x + d*y + f)``; ``mult(m1, m0)`` applies m1 first, as pdfminer does.
The displayed page is the crop box (clipped to the media box) turned by /Rotate clockwise.
"""

from __future__ import annotations

from collections.abc import Sequence

Matrix = tuple[float, float, float, float, float, float]
Rect = tuple[float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def mult(m1: Sequence[float], m0: Sequence[float]) -> Matrix:
    """The matrix applying ``m1`` and then ``m0``."""
    a1, b1, c1, d1, e1, f1 = m1
    a0, b0, c0, d0, e0, f0 = m0
    return (a0 * a1 + c0 * b1, b0 * a1 + d0 * b1, a0 * c1 + c0 * d1, b0 * c1 + d0 * d1,
            a0 * e1 + c0 * f1 + e0, b0 * e1 + d0 * f1 + f0)


def apply(m: Sequence[float], x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def apply_rect(m: Sequence[float], rect: Sequence[float]) -> Rect:
    """The axis-aligned box around a transformed rectangle."""
    x0, y0, x1, y1 = rect
    pts = [apply(m, x, y) for x, y in ((x0, y0), (x0, y1), (x1, y0), (x1, y1))]
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return min(xs), min(ys), max(xs), max(ys)


def invert(m: Sequence[float]) -> Matrix:
    a, b, c, d, e, f = m
    det = a * d - b * c
    if det == 0:
        raise ValueError("matrix is not invertible")
    ia, ib, ic, id_ = d / det, -b / det, -c / det, a / det
    return (ia, ib, ic, id_, -(ia * e + ic * f), -(ib * e + id_ * f))


def normalise(rect: Sequence[float]) -> Rect:
    x0, y0, x1, y1 = (float(v) for v in rect[:4])
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def normal_rotation(rotate: object) -> int:
    """/Rotate as 0, 90, 180 or 270 (viewers round odd values to a multiple of 90)."""
    try:
        value = float(rotate)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0
    return int(round(value / 90.0)) * 90 % 360


def visible_box(mediabox: Sequence[float], cropbox: Sequence[float] | None) -> Rect:
    """The crop box clipped to the media box, as viewers show it."""
    mx0, my0, mx1, my1 = normalise(mediabox)
    if not cropbox:
        return mx0, my0, mx1, my1
    cx0, cy0, cx1, cy1 = normalise(cropbox)
    x0, y0, x1, y1 = max(cx0, mx0), max(cy0, my0), min(cx1, mx1), min(cy1, my1)
    if x1 - x0 < 1 or y1 - y0 < 1:
        return mx0, my0, mx1, my1
    return x0, y0, x1, y1


def display_matrix(crop: Rect, rotate: int) -> tuple[Matrix, float, float]:
    """User space -> displayed page with its origin bottom-left (y up), and its size.

    Use ``height - y`` for a top-left origin.
    """
    cx0, cy0, cx1, cy1 = crop
    w, h = cx1 - cx0, cy1 - cy0
    if rotate == 90:
        return (0.0, -1.0, 1.0, 0.0, -cy0, cx1), h, w
    if rotate == 180:
        return (-1.0, 0.0, 0.0, -1.0, cx1, cy1), w, h
    if rotate == 270:
        return (0.0, 1.0, -1.0, 0.0, cy1, -cx0), h, w
    return (1.0, 0.0, 0.0, 1.0, -cx0, -cy0), w, h


def turn_matrix(degrees: int, width: float, height: float) -> Matrix:
    """Turn a width x height page by a multiple of 90 degrees (counter-clockwise), keeping it
    in the positive quadrant."""
    quarter = (degrees // 90) % 4
    cos, sin = ((1, 0), (0, 1), (-1, 0), (0, -1))[quarter]
    rot: Matrix = (float(cos), float(sin), float(-sin), float(cos), 0.0, 0.0)
    x0, y0, _, _ = apply_rect(rot, (0.0, 0.0, width, height))
    return rot[:4] + (-x0, -y0)  # type: ignore[return-value]


def appearance_matrix(form_matrix: Sequence[float], bbox: Rect, rect: Rect) -> Matrix:
    """Form space of an annotation's appearance -> user space (PDF 32000-1, 12.5.5)."""
    bx0, by0, bx1, by1 = apply_rect(form_matrix, bbox)
    rx0, ry0, rx1, ry1 = rect
    sx = (rx1 - rx0) / (bx1 - bx0) if bx1 > bx0 else 1.0
    sy = (ry1 - ry0) / (by1 - by0) if by1 > by0 else 1.0
    fit: Matrix = (sx, 0.0, 0.0, sy, rx0 - bx0 * sx, ry0 - by0 * sy)
    return mult(tuple(form_matrix), fit)
