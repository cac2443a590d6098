"""The plain data that every later stage (redaction, search, viewer) builds on.

Coordinates are PDF points with the origin at the top-left of the page as displayed
(after rotation and crop box are applied), so a box can be drawn on a rendered page
image by scaling alone.
"""

from __future__ import annotations

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
    (:meth:`words_json`) while the child reads the next page."""

    number: int
    width: float
    height: float
    ocr: bool
    text: str
    needs_ocr: bool
    boxes: bytes = b""  # x0, y0, x1, y1 of each word, native doubles
    offsets: bytes = b""  # start, end of each word, native 64-bit integers

    @property
    def word_count(self) -> int:
        return len(self.offsets) // 16

    def words_json(self) -> bytes:
        """:meth:`Page.words_json` of the page this was made from, byte for byte."""
        boxes, offsets = array("d"), array("q")
        boxes.frombytes(self.boxes)
        offsets.frombytes(self.offsets)
        if len(boxes) != 2 * len(offsets):
            raise ValueError(f"page {self.number}: word boxes and offsets do not match")
        text = self.text
        return _words_json((text[start:end], x0, y0, x1, y1, start, end)
                           for start, end, x0, y0, x1, y1 in zip(
                               offsets[0::2], offsets[1::2], boxes[0::4], boxes[1::4],
                               boxes[2::4], boxes[3::4], strict=True))


def _words_json(words: Iterable[tuple[str, float, float, float, float, int, int]]) -> bytes:
    """``json.dumps`` of the words as dicts, with no spaces, byte for byte, written directly
    (every page of every document passes here)."""
    return ("[" + ",".join([
        f'{{"text":{_quoted(text)},"x0":{round(x0, 2)!r},"y0":{round(y0, 2)!r},'
        f'"x1":{round(x1, 2)!r},"y1":{round(y1, 2)!r},"start":{start},"end":{end}}}'
        for text, x0, y0, x1, y1, start, end in words]) + "]").encode()


def build_page(number: int, width: float, height: float, ocr: bool,
               lines: list[list[tuple[str, float, float, float, float]]]) -> Page:
    """Assemble a Page from lines of (text, x0, y0, x1, y1) so offsets are always right."""
    parts: list[str] = []
    words: list[Word] = []
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
            words.append(Word(text, x0, y0, x1, y1, pos, pos + len(text)))
            pos += len(text)
    return Page(number, width, height, ocr, "".join(parts), words)
