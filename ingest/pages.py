"""The plain data that every later stage (redaction, search, viewer) builds on.

Coordinates are PDF points with the origin at the top-left of the page as displayed
(after rotation and crop box are applied), so a box can be drawn on a rendered page
image by scaling alone.
"""

from __future__ import annotations

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
        spaces, byte for byte, written directly (every page of every document passes)."""
        return ("[" + ",".join(
            f'{{"text":{_quoted(w.text)},"x0":{round(w.x0, 2)!r},"y0":{round(w.y0, 2)!r},'
            f'"x1":{round(w.x1, 2)!r},"y1":{round(w.y1, 2)!r},"start":{w.start},'
            f'"end":{w.end}}}' for w in self.words) + "]").encode()

    def stored(self) -> StoredPage:
        """The page as it is stored: its words already as their stored JSON."""
        return StoredPage(self.number, self.width, self.height, self.ocr, self.text,
                          self.needs_ocr, len(self.words), self.words_json())

    @classmethod
    def from_dict(cls, data: dict) -> Page:
        return cls(number=int(data["number"]), width=float(data["width"]),
                   height=float(data["height"]), ocr=bool(data["ocr"]), text=data["text"],
                   words=[Word.from_dict(w) for w in data.get("words", [])])


@dataclass(slots=True)
class StoredPage:
    """A page as the database row and the word-box blob hold it (``words_json`` is
    :meth:`Page.words_json`). The extraction child sends pages back in this form: a page's
    words cross the pipe as one string of bytes, where pickling its ~500 Word objects and
    building them again in the worker cost more than reading the page."""

    number: int
    width: float
    height: float
    ocr: bool
    text: str
    needs_ocr: bool
    word_count: int
    words_json: bytes


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
