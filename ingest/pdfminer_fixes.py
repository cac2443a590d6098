"""A correction to pdfminer.six's reading of PDF literal strings, applied before it parses.

pdfminer drops the character after a backslash that starts no escape sequence, so text
written as ``(1.\\ Strip\\ the\\ cable) Tj`` (as AutoCAD writes it) comes out "1.Stripthecable":
the spaces are never drawn, so no gap separates the words. ISO 32000-1 7.3.4.2 says only
the backslash is ignored, and poppler, pdfium and qpdf keep the character; glued words
cannot be found by search or by the redaction engine.
"""

from __future__ import annotations

_APPLIED = "_inquiry_keeps_escaped_char"


def apply() -> None:
    """Make pdfminer keep the character after an unknown escape; idempotent."""
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
