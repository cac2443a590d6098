"""Corrections to pdfminer.six, applied before it parses or lays out a page.

1. Literal strings. pdfminer drops the character after a backslash that starts no escape
   sequence, so text written as ``(1.\\ Strip\\ the\\ cable) Tj`` (as AutoCAD writes it)
   comes out "1.Stripthecable": the spaces are never drawn, so no gap separates the words.
   ISO 32000-1 7.3.4.2 says only the backslash is ignored, and poppler, pdfium and qpdf
   keep the character; glued words cannot be found by search or by the redaction engine.

2. Reading order. ``LTLayoutContainer.group_textboxes`` merges the closest pair of text
   boxes first, from a heap of ``(skipped, distance, id(a), id(b), a, b)``: two pairs at the
   same distance (a table of contents, evenly spaced rows) are taken in the order of the
   objects' memory addresses, so one page's lines come out in either order from read to
   read, even within one process. The page must read the same every time (stored text,
   word offsets and redaction proposals depend on it), so the tie is broken by the page:
   the box whose top edge is higher comes first, then the one further left (then its
   bottom and right edges), and boxes at the very same place in the order they were laid
   out. pdfminer looks ``id`` up in its module's globals, so giving that module an ``id``
   of its own changes only the tie-break, without a copy of the grouping code.
"""

from __future__ import annotations

import builtins
import itertools

_APPLIED = "_inquiry_keeps_escaped_char"
_ORDER_KEY = "_inquiry_order_key"  # a layout object's tie-break, kept on the object
_laid_out = itertools.count()  # breaks a tie of place: relative order within one layout


def apply() -> None:
    """Apply every correction; idempotent."""
    _keep_escaped_char()
    _break_ties_by_place()


def _keep_escaped_char() -> None:
    """Make pdfminer keep the character after an unknown escape."""
    from pdfminer import psparser

    parser = psparser.PSBaseParser
    original = parser._parse_string_1
    if getattr(original, _APPLIED, False):
        return

    def _parse_string_1(self: psparser.PSBaseParser, s: bytes, i: int) -> int:
        c = s[i:i + 1]
        if (c and not self.oct and c not in psparser.ESC_STRING and c not in b"\r\n"
                and not psparser.OCT_STRING.match(c)):
            self._curtoken += c  # "\ " is a space, "\a" an "a": the backslash is ignored
            self._parse1 = self._parse_string
            return i + 1
        return original(self, s, i)

    setattr(_parse_string_1, _APPLIED, True)
    parser._parse_string_1 = _parse_string_1  # type: ignore[method-assign]


def _break_ties_by_place() -> None:
    """Make pdfminer's grouping of text boxes break ties by place, not memory address."""
    from pdfminer import layout

    if getattr(getattr(layout, "id", None), _ORDER_KEY, False):
        return
    component = layout.LTComponent

    def order_key(obj: object) -> object:
        """``id(obj)`` for pdfminer's layout: a box's or group's place on the page (top
        edge down, left edge across, then bottom and right) and then the order in which it
        was first seen, fixed on first use; so unique among one layout's objects, ordered
        by the page, and the same on every read. Anything else: its identity."""
        try:
            return obj.__dict__[_ORDER_KEY]  # every pair of boxes asks: the quick way first
        except (KeyError, AttributeError):
            pass
        if not isinstance(obj, component):
            return builtins.id(obj)
        key = obj.__dict__[_ORDER_KEY] = (-obj.y1, obj.x0, -obj.y0, obj.x1, next(_laid_out))
        return key

    setattr(order_key, _ORDER_KEY, True)
    layout.id = order_key  # type: ignore[attr-defined]
