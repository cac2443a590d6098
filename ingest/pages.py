"""The plain data that every later stage (redaction, search, viewer) builds on.

Coordinates are PDF points with the origin at the top-left of the page as displayed
(after rotation and crop box are applied), so a box can be drawn on a rendered page
image by scaling alone.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from json.encoder import encode_basestring_ascii as _quoted


@dataclass(frozen=True, slots=True)
class Word:
    """One word and its box. ``start``/``end`` index into ``Page.text``."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    start: int = 0
    end: int = 0

    def __reduce__(self) -> tuple:
        """Pickled as its fields: pages come back from the sandboxed reader by the
        hundred, and a slotted dataclass's default pickling costs ten times as much."""
        return (Word, (self.text, self.x0, self.y0, self.x1, self.y1, self.start, self.end))

    def to_dict(self) -> dict:
        return {"text": self.text, "x0": round(self.x0, 2), "y0": round(self.y0, 2),
                "x1": round(self.x1, 2), "y1": round(self.y1, 2)}

    @classmethod
    def from_dict(cls, data: dict) -> Word:
        get = data.get  # every stored word passes here when a document is tagged
        return cls(data["text"], float(data["x0"]), float(data["y0"]), float(data["x1"]),
                   float(data["y1"]), int(get("start", 0)), int(get("end", 0)))


@dataclass(slots=True)
class Page:
    """One page: text in reading order plus every word with its box.

    Invariant: ``text[w.start:w.end] == w.text`` for every word; words on one line are
    joined by a single space and lines by ``\\n``.
    """

    number: int
    width: float
    height: float
    ocr: bool
    text: str
    words: list[Word] = field(default_factory=list)
    # Set by extraction run without OCR: the text layer is missing or unusable.
    needs_ocr: bool = False

    def to_dict(self, offsets: bool = False) -> dict:
        words = []
        for w in self.words:
            d = w.to_dict()
            if offsets:
                d["start"], d["end"] = w.start, w.end
            words.append(d)
        return {"number": self.number, "width": round(self.width, 2),
                "height": round(self.height, 2), "ocr": self.ocr, "text": self.text,
                "words": words}

    def words_json(self) -> bytes:
        """The words as stored: ``json.dumps([w.to_dict() + start/end ...])`` with no
        spaces, byte for byte."""
        return _words_json((w.text, w.x0, w.y0, w.x1, w.y1, w.start, w.end)
                           for w in self.words)

    def stored(self) -> StoredPage:
        """The page in the compact form the extraction child sends back."""
        text = self.text
        if any(text[w.start:w.end] != w.text for w in self.words):
            raise ValueError(f"page {self.number}: a word's offsets do not match the text")
        return StoredPage(self.number, self.width, self.height, self.ocr, text,
                          self.needs_ocr,
                          array("d", [v for w in self.words
                                      for v in (w.x0, w.y0, w.x1, w.y1)]).tobytes(),
                          array("q", [v for w in self.words
                                      for v in (w.start, w.end)]).tobytes())

    @classmethod
    def from_dict(cls, data: dict) -> Page:
        return cls(number=int(data["number"]), width=float(data["width"]),
                   height=float(data["height"]), ocr=bool(data["ocr"]), text=data["text"],
                   words=[Word.from_dict(w) for w in data.get("words", [])])


@dataclass(slots=True)
class StoredPage:
    """A page as the extraction child sends it back to be stored: every word's box and
    offsets as packed numbers (its text is ``text[start:end]``), which cross the pipe for
    next to nothing, where pickling a page's ~500 Word objects and building them again cost
    the worker about 1.5 ms a page. The worker writes the stored JSON
    (:meth:`words_json`) while the child reads the next page.

    The child read a hostile file, so what it sends is checked where it arrives: the fields'
    types when the page is unpickled (it is rebuilt through this constructor,
    :meth:`__reduce__`), the boxes and offsets when its JSON is written."""

    number: int
    width: float
    height: float
    ocr: bool
    text: str
    needs_ocr: bool
    boxes: bytes = b""  # x0, y0, x1, y1 of each word, native doubles
    offsets: bytes = b""  # start, end of each word, native 64-bit integers

    def __post_init__(self) -> None:
        if not (isinstance(self.number, int) and not isinstance(self.number, bool)
                and isinstance(self.ocr, bool) and isinstance(self.needs_ocr, bool)
                and isinstance(self.text, str) and isinstance(self.width, (int, float))
                and isinstance(self.height, (int, float)) and isinstance(self.boxes, bytes)
                and isinstance(self.offsets, bytes)):
            raise ValueError("a stored page's fields are not of their types")

    def __reduce__(self) -> tuple:
        """Unpickled through the constructor, so its checks run on what a child sent."""
        return (StoredPage, (self.number, self.width, self.height, self.ocr, self.text,
                             self.needs_ocr, self.boxes, self.offsets))

    @property
    def word_count(self) -> int:
        return len(self.offsets) // 16

    def words_json(self) -> bytes:
        """:meth:`Page.words_json` of the page this was made from, byte for byte, once its
        offsets are checked (each word within the text, in order, none overlapping the next,
        as every reader makes them, so ``text[start:end]`` is the word that was read) and
        its boxes are finite numbers."""
        import numpy as np

        if len(self.offsets) % 16 or len(self.boxes) != 2 * len(self.offsets):
            raise ValueError(f"page {self.number}: word boxes and offsets do not match")
        boxes = np.frombuffer(self.boxes, dtype=np.float64)
        offsets = np.frombuffer(self.offsets, dtype=np.int64)
        starts, ends = offsets[0::2], offsets[1::2]
        if len(starts) and not (starts[0] >= 0 and ends[-1] <= len(self.text)
                                and (starts <= ends).all() and (ends[:-1] <= starts[1:]).all()):
            raise ValueError(f"page {self.number}: a word's offsets do not fall in the text "
                             "in order")
        if not np.isfinite(boxes).all():  # written as inf or nan, which no JSON reader takes
            raise ValueError(f"page {self.number}: a word's box is not a finite number")
        return _fast_words_json(self.text, boxes, starts.tolist(), ends.tolist()) or \
            _words_json((self.text[start:end], x0, y0, x1, y1, start, end)
                        for start, end, x0, y0, x1, y1 in zip(
                            starts.tolist(), ends.tolist(), *boxes.reshape(-1, 4).T.tolist(),
                            strict=True))


def _words_json(words: Iterable[tuple[str, float, float, float, float, int, int]]) -> bytes:
    """``json.dumps`` of the words as dicts, with no spaces, byte for byte, written directly
    (every page of every document passes here)."""
    return ("[" + ",".join([
        f'{{"text":{_quoted(text)},"x0":{round(x0, 2)!r},"y0":{round(y0, 2)!r},'
        f'"x1":{round(x1, 2)!r},"y1":{round(y1, 2)!r},"start":{start},"end":{end}}}'
        for text, x0, y0, x1, y1, start, end in words]) + "]").encode()


_BEYOND_ASCII = re.compile("[\x7f-\U0010ffff]")  # what json.dumps escapes and orjson not


def _fast_words_json(text: str, boxes, starts: list[int], ends: list[int]  # noqa: ANN001
                     ) -> bytes | None:
    """:func:`_words_json` of a stored page in a third of the time (the worker writes every
    page's): the coordinates rounded for the whole page at once (:func:`_rounded`), the
    JSON written by orjson and its characters beyond ASCII escaped as ``json.dumps`` escapes
    them. None when a word is not valid Unicode (orjson refuses a lone surrogate, which
    :func:`_words_json` writes as ``json.dumps`` does). The boxes are finite."""
    import orjson

    rounded = _rounded(boxes)
    try:
        out = orjson.dumps([{"text": text[start:end], "x0": x0, "y0": y0, "x1": x1, "y1": y1,
                             "start": start, "end": end}
                            for start, end, x0, y0, x1, y1 in zip(
                                starts, ends, rounded[0::4], rounded[1::4], rounded[2::4],
                                rounded[3::4], strict=True)])
    except TypeError:
        return None
    if out.isascii() and b"\x7f" not in out:
        return out
    return _BEYOND_ASCII.sub(_escaped, out.decode()).encode()


def _escaped(match: re.Match) -> str:
    """One character as ``json.dumps`` escapes it (a surrogate pair beyond U+FFFF)."""
    code = ord(match.group())
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 | (code >> 10):04x}\\u{0xDC00 | (code & 0x3FF):04x}"


def _rounded(values) -> list[float]:  # noqa: ANN001 - a numpy array of finite doubles
    """``[round(v, 2) for v in values]``, a page's worth at once. ``round`` gives the double
    nearest k / 100, k the integer nearest the exact v * 100: the product as computed is
    within 1e-7 of it below 1e9, so its nearest integer is k unless it lies within 1e-6 of
    a half, and k / 100 divided in floating point is that double. Those few (and any larger
    value) are left to ``round`` itself."""
    import numpy as np

    scaled = values * 100.0
    doubt = np.flatnonzero((np.abs(scaled) >= 1e9)
                           | (np.abs(np.abs(scaled - np.trunc(scaled)) - 0.5) < 1e-6))
    out = (np.rint(scaled) / 100.0).tolist()
    for i in doubt.tolist():
        out[i] = round(float(values[i]), 2)
    return out


def build_page(number: int, width: float, height: float, ocr: bool,
               lines: list[list[tuple[str, float, float, float, float]]]) -> Page:
    """Assemble a Page from lines of (text, x0, y0, x1, y1) so offsets are always right."""
    text, boxes, offsets = _laid_out(lines)
    return Page(number, width, height, ocr, text,
                [Word(text[start:end], x0, y0, x1, y1, start, end)
                 for start, end, x0, y0, x1, y1 in zip(
                     offsets[0::2], offsets[1::2], boxes[0::4], boxes[1::4], boxes[2::4],
                     boxes[3::4], strict=True)])


def pack_page(number: int, width: float, height: float, ocr: bool,
              lines: list[list[tuple[str, float, float, float, float]]]) -> StoredPage:
    """``build_page(...).stored()`` without a Word object a word: the form the extraction
    child sends a page back in, made straight from the reader's lines (building ~500 Word
    objects a page only to pack them again cost the child about a sixth of its reading)."""
    text, boxes, offsets = _laid_out(lines)
    return StoredPage(number, width, height, ocr, text, False, array("d", boxes).tobytes(),
                      array("q", offsets).tobytes())


def _laid_out(lines: list[list[tuple[str, float, float, float, float]]]
              ) -> tuple[str, list[float], list[int]]:
    """The page's text (words joined by a space, lines by a newline), every word's box
    (x0, y0, x1, y1, one after another) and its start and end in the text."""
    parts: list[str] = []
    boxes: list[float] = []
    offsets: list[int] = []
    pos = 0
    for li, line in enumerate(lines):
        if li and parts:
            parts.append("\n")
            pos += 1
        for wi, (text, x0, y0, x1, y1) in enumerate(line):
            if wi:
                parts.append(" ")
                pos += 1
            parts.append(text)
            boxes += (x0, y0, x1, y1)
            offsets += (pos, pos + len(text))
            pos += len(text)
    return "".join(parts), boxes, offsets
