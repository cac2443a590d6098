"""A document's own title: its metadata title when meaningful, else its first heading, else
its file name. Pure functions on plain data (words with boxes), so they run anywhere.

Titles are what a clerk scans a list by; a batch's description belongs to the batch, and
software-made metadata ("Microsoft Word - doc1.docx", "Untitled", a scanner's file name)
says nothing about the document, so it is never used.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median

MAX_TITLE = 300

# Software prefixes that metadata titles often carry before a file name.
_APP_PREFIX = re.compile(
    r"^\s*(microsoft\s+(word|excel|powerpoint|outlook)|word|powerpoint|excel|"
    r"libreoffice|openoffice|wordpad|notepad)\s*[-:–]\s*", re.IGNORECASE)
_FILE_NAME = re.compile(r"\.(docx?|rtf|odt|pdf|xlsx?|pptx?|txt|tiff?|jpe?g|png|msg|eml|tmp)\s*$",
                        re.IGNORECASE)
_MEANINGLESS = re.compile(
    r"^(untitled(-?\d+)?|document\s*\d*|doc\s*\d*|title|slide\s*\d+|powerpoint presentation|"
    r"presentation\d*|book\d*|sheet\d*|image\d*|scan\w*|img_?\d+|dsc_?\d+|page\s*\d+|"
    r"print|printout|pdf|new document|blank|none|null|n/?a|test|draft|\d+|[a-z]{1,3}\d+|"
    r"microsoft word|adobe acrobat)$", re.IGNORECASE)
_PATH = re.compile(r"^([a-z]:\\|\\\\|/)", re.IGNORECASE)
# Lines at the top of a page that are not headings: protective markings, page numbers,
# dates, references, form numbers.
_NOT_HEADING = re.compile(
    r"^(official([- ]sensitive)?|(not\s+)?protectively\s+marked|restricted|confidential|"
    r"secret|top secret|sensitive|private( and| &) confidential|in confidence|"
    r"page\s*\d+(\s*of\s*\d+)?|\d+\s*(of|/)\s*\d+|-?\s*\d+\s*-?|mg\s*\d+\w?|"
    r"[\d/.\- ]+|(ref(erence)?|our ref|your ref|urn|date)\b.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class Line:
    text: str
    top: float
    height: float  # the median height of its words' boxes: a proxy for the font size


def from_filename(name: str) -> str:
    """The file name without folders and extension, separators made spaces."""
    base = os.path.basename((name or "").replace("\\", "/")) or (name or "")
    stem = _FILE_NAME.sub("", base).strip()
    words = re.sub(r"[_]+", " ", stem)
    words = re.sub(r"\s+", " ", words).strip()
    return (words or base or "Untitled")[:MAX_TITLE]


def meaningful_metadata_title(raw: str | None, filename: str = "") -> str | None:
    """The PDF's /Title, cleaned, or None when it is software noise or a file name."""
    if not raw:
        return None
    title = re.sub(r"\s+", " ", str(raw).replace("\x00", "")).strip()
    if _PATH.match(title) or _APP_PREFIX.match(title) or _FILE_NAME.search(title):
        return None
    if filename and title.casefold() in {filename.casefold(), from_filename(filename).casefold()}:
        return None
    if _MEANINGLESS.match(title) or sum(ch.isalpha() for ch in title) < 4:
        return None
    if len(title.split()) < 2 and len(title) < 8:  # "Report", "Memo": says too little
        return None
    return title[:MAX_TITLE]


def lines_of(words: Sequence[dict]) -> list[Line]:
    """Group a page's words (dicts with text, x0, y0, x1, y1; y from the top) into lines."""
    rows: list[list[dict]] = []
    for word in sorted(words, key=lambda w: ((w["y0"] + w["y1"]) / 2, w["x0"])):
        middle = (word["y0"] + word["y1"]) / 2
        if rows:
            last = rows[-1]
            top = min(w["y0"] for w in last)
            bottom = max(w["y1"] for w in last)
            if top <= middle <= bottom:
                last.append(word)
                continue
        rows.append([word])
    lines = []
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        text = " ".join(str(w["text"]) for w in row).strip()
        if text:
            lines.append(Line(text, min(w["y0"] for w in row),
                              median(max(0.0, w["y1"] - w["y0"]) for w in row)))
    return lines


def _heading_like(text: str) -> bool:
    letters = sum(ch.isalpha() for ch in text)
    return letters >= 4 and not _NOT_HEADING.match(text.strip(" :.-–|"))


def first_heading(words: Sequence[dict], max_lines: int = 25) -> str | None:
    """The first line set larger than the body text among the page's first lines; else the
    first line that says something (not a marking, page number, date or reference)."""
    lines = lines_of(words)
    if not lines:
        return None
    body = median(line.height for line in lines)
    top = lines[:max_lines]
    for line in top:
        if body > 0 and line.height >= body * 1.25 and _heading_like(line.text):
            return _clean(line.text)
    for line in top:
        if _heading_like(line.text) and (len(line.text.split()) >= 2 or len(line.text) >= 8):
            return _clean(line.text)
    return None


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" :-–|")
    return text[:120].rstrip() + ("…" if len(text) > 120 else "")


def choose(metadata_title: str | None, first_page_words: Sequence[dict] | None,
           filename: str) -> tuple[str, str]:
    """(title, source): source is "metadata", "heading" or "file"."""
    meta = meaningful_metadata_title(metadata_title, filename)
    if meta:
        return meta, "metadata"
    heading = first_heading(first_page_words or [])
    if heading:
        return heading, "heading"
    return from_filename(filename), "file"


def read_metadata_title(path: str | os.PathLike, password: str | None = None) -> str | None:
    """The PDF's document-information /Title (or XMP dc:title), or None; never raises on a
    damaged file, since a title is never worth failing a document for."""
    import pikepdf

    try:
        with pikepdf.open(path, password=password or "") as pdf:
            title = pdf.docinfo.get("/Title") if pdf.trailer.get("/Info") is not None else None
            if title is not None:
                return str(title)
            try:
                with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
                    value = meta.get("dc:title")
                    return str(value) if value else None
            except Exception:  # noqa: BLE001 - broken XMP: no title from it
                return None
    except Exception:  # noqa: BLE001 - any parse failure: no title from metadata
        return None
