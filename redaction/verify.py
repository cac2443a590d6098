"""Verification of a redacted PDF before publication.  It fails closed.

The output is read back by four independent readers (pdfminer.six, poppler's
pdftotext, pdfium and Tesseract OCR of rendered pixels) and searched byte by byte after
decompressing every stream.  It is refused when any redacted string or any registered
person's name or alias can be found, when anything can be read from inside a redaction
box, when the file carries metadata, XMP, annotations, forms, attachments, JavaScript,
outlines or thumbnails, or when it has more than one revision.  A reader that crashes is
itself a failure: an unverifiable file is not publishable.

A redacted word that is also an ordinary word ("Mark", "Hope") may legitimately survive
elsewhere ("I hope"); for those a hit is a leak only where it overlaps a redaction box.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Protocol

from . import extractors, lexicon
from .apply import BoxStyle, covered_fraction, painted_box
from .pdfcheck import Finding, decoded_bytes, structure
from .register import KeepList, Register

Box = tuple[float, float, float, float]
_AGENCY_WORDS = frozenset(
    "council police constabulary trust board service services team "
    "court hospital school academy college office".split()
)


class RedactionLike(Protocol):
    page: int
    text: str
    boxes: list[Box]
    label: str


@dataclass
class VerificationReport:
    passed: bool
    findings: list[Finding] = field(default_factory=list)
    tools: dict[str, str] = field(default_factory=dict)
    path: str = ""
    pages: int = 0
    strings_checked: int = 0
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        head = (
            f"{self.path}: {'PASS' if self.passed else 'FAIL'} ({self.pages} pages, "
            f"{self.strings_checked} strings checked)"
        )
        lines = [f"  [{f.check}] page {f.page}: {f.string!r} {f.where}" for f in self.findings[:50]]
        if len(self.findings) > 50:
            lines.append(f"  ... and {len(self.findings) - 50} more")
        return "\n".join([head, *lines])

    def to_dict(self) -> dict:
        return {
            "passed": self.passed,
            "path": self.path,
            "pages": self.pages,
            "strings_checked": self.strings_checked,
            "tools": self.tools,
            "warnings": list(self.warnings),
            "findings": [asdict(f) for f in self.findings],
        }


@dataclass(frozen=True)
class _Target:
    string: str
    positional: bool  # ordinary word: a leak only inside a box
    origin: str


def _targets(
    redactions: Sequence[RedactionLike], register: Register | None, extra: Iterable[str]
) -> list[_Target]:
    out: dict[str, _Target] = {}

    def add(s: str, origin: str, part: bool = False) -> None:
        s = " ".join(s.split())
        f = lexicon.fold(s)
        if len(re.sub(r"\W", "", f)) < 2 or f in lexicon.titles():
            return
        ordinary = " " not in f and (
            lexicon.is_ordinary_word(f) or f in _AGENCY_WORDS or (part and len(f) < 3)
        )
        if f not in out or (out[f].positional and not ordinary):
            out[f] = _Target(s, ordinary, origin)

    for r in redactions:
        add(r.text, "redacted")
        if getattr(r, "kind", "person") in ("person", "protected_person", "reviewer"):
            for tok in lexicon.canonical_name(r.text).split():
                add(tok, "redacted name part", part=True)
    if register is not None:
        for cipher, name in register.names():
            add(name, f"register {cipher}", part=True)
    for s in extra:
        add(s, "extra")
    return list(out.values())


def _known_names() -> frozenset[str]:
    return lexicon.given_names() | lexicon.surnames()


def _pattern(s: str) -> re.Pattern:
    tokens = [re.escape(t) for t in s.split()]
    sep = r"\s*" if re.fullmatch(r"[\d\s\-+()]+", s) else r"\s+"
    return re.compile(r"(?i)(?<![^\W_])" + sep.join(tokens) + r"(?![^\W_])")


def _under_box(hit: Box, box: Box) -> bool:
    """A hit counts as under a box when a real share of it is (not a clipped edge)."""
    return covered_fraction(hit, box) >= 0.3


def verify_pdf(
    path: str | Path,
    redactions: Sequence[RedactionLike],
    *,
    register: Register | None = None,
    keep: KeepList | None = None,
    painted: Mapping[int, Sequence[tuple[Box, str]]] | None = None,
    style: BoxStyle = BoxStyle(),
    expected_pages: Sequence[tuple[float, float]] | None = None,
    extra_strings: Iterable[str] = (),
    ocr: bool = True,
    ocr_dpi: int = 200,
    allow: Iterable[str] = (),
) -> VerificationReport:
    """Check ``path`` and return a report; ``report.passed`` is False on any doubt.

    ``painted`` maps page numbers to the (box, label) pairs painted (``ApplyResult.painted``);
    without it they are recomputed from the redactions' word boxes and ``style``.
    ``allow`` lists strings a reviewer has decided may appear outside boxes.
    """
    path = Path(path)
    report = VerificationReport(False, path=str(path), tools=extractors.tool_versions())
    findings = report.findings
    try:
        raw = path.read_bytes()
    except OSError as exc:
        findings.append(Finding("read", None, "", str(exc)))
        return report
    sizes = structure(raw, path, findings, expected_pages)
    report.pages = len(sizes)
    boxes: dict[int, list[tuple[Box, str]]] = {}
    if painted is not None:
        boxes = {n: list(bs) for n, bs in painted.items()}
    else:
        for r in redactions:
            w, h = sizes[r.page - 1] if 0 < r.page <= len(sizes) else (1e9, 1e9)
            boxes.setdefault(r.page, []).extend(
                (painted_box(b, w, h, style), r.label) for b in r.boxes
            )
    targets = _targets(redactions, register, extra_strings)
    allowed = {lexicon.fold(a) for a in allow}
    targets = [t for t in targets if lexicon.fold(t.string) not in allowed]
    report.strings_checked = len(targets)
    readers = [
        ("pdfminer", extractors.pdfminer_text),
        ("pdftotext", extractors.pdftotext_text),
        ("pdfium", extractors.pdfium_text),
    ]
    if ocr:
        readers.append(("ocr", lambda p: extractors.ocr_text(p, ocr_dpi)))
    results = {}
    for name, reader in readers:
        try:
            results[name] = reader(path)
        except Exception as exc:  # noqa: BLE001 - any reader failure must fail verification
            findings.append(Finding(f"reader:{name}", None, "", f"{type(exc).__name__}: {exc}"))
    # a name part that also appears in lower case in the document is an ordinary word
    lower = {
        w
        for pages in results.values()
        if pages
        for p in pages
        for w in re.findall(r"[^\W\d_]+", p.text)
        if w.islower()
    }
    targets = [
        _Target(t.string, True, t.origin)
        if t.origin.endswith("part")
        and t.string.lower() in lower
        and " " not in t.string
        and t.string.lower() not in _known_names()
        else t
        for t in targets
    ]
    compiled = [(t, _pattern(t.string)) for t in targets]
    for name, pages in results.items():
        for pt in pages:
            page_boxes = [b for b, _ in boxes.get(pt.number, [])]
            kept = keep.spans(pt.text) if keep else []
            for t, rx in compiled:
                for m in rx.finditer(pt.text):
                    if any(a <= m.start() and m.end() <= b for a, b in kept):
                        continue
                    where = pt.span_box(m.start(), m.end())
                    inside = where is not None and any(_under_box(where, b) for b in page_boxes)
                    if inside or not t.positional:
                        findings.append(
                            Finding(
                                f"text:{name}",
                                pt.number,
                                t.string,
                                f"{'inside a redaction box' if inside else 'on the page'}"
                                f" at {_fmt(where)} ({t.origin})",
                            )
                        )
            if name == "ocr":
                _ocr_in_boxes(pt, boxes.get(pt.number, []), targets, findings)
    _bytes_check(raw, [t for t in targets if not t.positional], findings)
    report.passed = not findings
    return report


def _fmt(box: Box | None) -> str:
    return "unknown position" if box is None else "({:.0f}, {:.0f}, {:.0f}, {:.0f})".format(*box)


def _ocr_in_boxes(
    pt: extractors.PageText,
    boxes: list[tuple[Box, str]],
    targets: list[_Target],
    findings: list[Finding],
) -> None:
    """Words legible inside a box mean its pixels survived.

    Box edges may clip a neighbouring word and OCR makes noise of the label, so a word
    counts when it resembles a redacted string, or is a long clean word well inside.
    """
    from rapidfuzz.distance import Levenshtein

    tokens = {lexicon.fold(tok) for t in targets for tok in t.string.split() if len(tok) >= 4}
    labels = {re.sub(r"\W", "", lbl).lower() for _, lbl in boxes}
    for m in re.finditer(r"\S+", pt.text):
        word = lexicon.fold(re.sub(r"[^\w]", "", m.group()))
        if len(word) < 4 or word in labels:
            continue
        where = pt.span_box(m.start(), m.end())
        if where is None:
            continue
        for box, _ in boxes:
            share = covered_fraction(where, box)
            if share < 0.5:
                continue
            like = any(Levenshtein.distance(word, t) <= max(1, len(t) // 4) for t in tokens)
            if like or (share >= 0.85 and len(word) >= 6 and word.isalpha()):
                findings.append(
                    Finding(
                        "ocr_in_box",
                        pt.number,
                        m.group(),
                        f"legible inside a redaction box at {_fmt(where)}",
                    )
                )
            break


def _bytes_check(raw: bytes, targets: list[_Target], findings: list[Finding]) -> None:
    """Search the file with every stream decompressed, in the usual text encodings."""
    try:
        data = decoded_bytes(raw)
    except Exception as exc:  # noqa: BLE001 - unreadable means unverifiable
        findings.append(Finding("bytes", None, "", f"cannot decompress: {exc}"))
        return
    for t in targets:
        s = t.string.lower()
        for enc in ("cp1252", "utf-8", "utf-16-be"):
            try:
                needle = s.encode(enc)
            except UnicodeEncodeError:
                continue
            variants = {needle, needle.replace(b"(", b"\\(").replace(b")", b"\\)")}
            if enc == "cp1252":
                variants.add(needle.hex().encode())
            pat = b"|".join(re.escape(v) for v in variants if v)
            if re.search(rb"(?<![a-z0-9])(?:" + pat + rb")(?![a-z0-9])", data):
                findings.append(
                    Finding(
                        "bytes", None, t.string, f"in decompressed file bytes ({enc}; {t.origin})"
                    )
                )
                break
