"""Verification of a redacted PDF before publication.  It fails closed.

The output is read back by four independent readers (pdfminer.six, poppler's pdftotext,
pdfium and Tesseract OCR of rendered pixels) and searched byte by byte after decompressing
every stream.  It is refused when something that identifies a person can still be read,
when anything can be read from inside a redaction box, when the file carries metadata,
XMP, annotations, forms, attachments, JavaScript, outlines or thumbnails, or when it has
more than one revision.  A reader that crashes is itself a failure: an unverifiable file
is not publishable.

What identifies (the targets): every redacted string whole, every registered name and
alias and their parts, and the parts of redacted person names that are names.  A part
that is also an ordinary word ("Mark", "Hope"), a month, a number or a keep-list name is
not evidence on its own: it counts only where it overlaps a redaction box.  So a redacted
date of birth does not turn every "March" on the page into a finding.

A readable occurrence of a target outside the boxes is *fixable*: it is the same name or
identifier that was redacted elsewhere, so ``redaction.followup`` turns it into a proposal
with the same code and label.  Every finding says, in a reviewer's words, the page, the
text, why it matters and what to do.

Pages are read and matched one at a time, so memory stays flat on long documents.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Protocol

from ingest.render import MAX_PIXELS

from . import extractors, lexicon
from .apply import BoxStyle, covered_fraction, painted_boxes
from .pdfcheck import Finding, decoded_chunks, structure
from .register import KeepList, Register

Box = tuple[float, float, float, float]
_PERSON_KINDS = ("person", "protected_person", "reviewer")
_STRUCTURE_WHY = {
    "revisions": "the file keeps an earlier revision, which may hold the original text",
    "metadata": "the file carries document metadata",
    "xmp": "the file carries XMP metadata",
    "forms": "the file carries form fields",
    "outlines": "the file carries bookmarks",
    "javascript": "the file carries scripts",
    "attachments": "the file carries attachments",
    "annotations": "the page carries annotations",
    "thumbnails": "the page carries a thumbnail image",
    "pages": "the page count or sizes differ from the original",
    "encryption": "the file is encrypted",
    "unfilled_box": "a redaction box is not filled",
}


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
    #: proposals added from fixable findings before this report (``redact auto``)
    added: list = field(default_factory=list)

    def summary(self) -> str:
        """The findings in a reviewer's words, one paragraph each (no file paths)."""
        if self.passed:
            head = (f"Verification passed: {self.pages} pages, {self.strings_checked} "
                    "strings checked.")
        else:
            head = (f"Verification failed: {len(self.findings)} finding(s), nothing was "
                    f"written. {self.pages} pages, {self.strings_checked} strings checked.")
        lines = [head]
        if self.added:
            lines.append(f"{len(self.added)} surviving occurrence(s) of redacted names or "
                         "identifiers were added as redactions and the file checked again.")
        lines += [f"- {describe(f)}" for f in self.findings[:50]]
        if len(self.findings) > 50:
            lines.append(f"... and {len(self.findings) - 50} more")
        return "\n".join(lines)

    def to_dict(self) -> dict:
        return {
            "passed": self.passed,
            "path": self.path,
            "pages": self.pages,
            "strings_checked": self.strings_checked,
            "tools": self.tools,
            "warnings": list(self.warnings),
            "added": len(self.added),
            "findings": [{**asdict(f), "readers": list(f.readers), "text": describe(f)}
                         for f in self.findings],
        }


def describe(f: Finding) -> str:
    """One finding as a reviewer reads it: where, what, why, what to do."""
    where = f"Page {f.page}" if f.page else "The file"
    if f.check in ("readable", "inside_box", "bytes"):
        by = f" (found by {', '.join(f.readers)})" if f.readers else ""
        what = {
            "readable": "can still be read",
            "inside_box": "can be read inside a redaction box",
            "bytes": "is in the file's data",
        }[f.check]
        return f"{where}: “{f.string}” {what}{by}. {f.why}. {f.action}".strip()
    why = f.why or _STRUCTURE_WHY.get(f.check.split(":")[0], f.check)
    action = f.action or ("The redaction engine should never produce this: do not publish, "
                          "and report it to the system administrator.")
    return f"{where}: {why} ({f.where}). {action}"


# ---------------------------------------------------------------------------- targets
@dataclass(frozen=True)
class Target:
    """A string whose readable presence in the output identifies someone."""

    string: str
    positional: bool  # not evidence on its own: a leak only where it overlaps a box
    why: str
    code: str = ""
    label: str = ""


def _keep_tokens(keep: KeepList | None) -> frozenset[str]:
    if keep is None:
        return frozenset()
    return frozenset(t for n in keep.names for t in lexicon.canonical_name(n).split())


def _is_weak(f: str) -> bool:
    """A whole string that is not evidence on its own: one ordinary word, a month, a
    short number."""
    if " " in f:
        return False
    if f.isdigit():
        return len(f) < 4
    return lexicon.is_dictionary_word(f) or lexicon.is_month_or_day(f)


def targets_for(
    redactions: Sequence[RedactionLike],
    register: Register | None,
    keep: KeepList | None = None,
    extra: Iterable[str | tuple[str, str, str]] = (),
) -> list[Target]:
    """Every string that must not be readable in the output, strongest reason first."""
    out: dict[str, Target] = {}
    kept = _keep_tokens(keep)

    def add(s: str, positional: bool, why: str, code: str = "", label: str = "") -> None:
        s = " ".join(s.split()).strip(" .,;:()[]\"'")
        f = lexicon.fold(s)
        if len(re.sub(r"\W", "", f)) < 2 or f in lexicon.titles():
            return
        old = out.get(f)
        if old is None or (old.positional and not positional):
            out[f] = Target(s, positional, why, code, label)

    for r in redactions:
        code = getattr(r, "code", "") or ""
        label = r.label if r.label != code else ""
        named = f" ({label})" if label else ""
        text = " ".join(r.text.split())
        add(text, _is_weak(lexicon.fold(text)),
            f"It is redacted elsewhere in this document{named}", code, r.label)
        if getattr(r, "kind", "person") in _PERSON_KINDS:
            for raw in text.split():
                tok = lexicon.strip_possessive(raw.strip(".,;:()[]\"'“”‘’"))
                if lexicon.fold(tok) in kept or not lexicon.is_name_like(tok):
                    continue
                add(tok, False, f"It is part of a name redacted elsewhere in this "
                    f"document{named}", code, r.label)
    if register is not None:
        for cipher, name in register.names():
            f = lexicon.fold(name)
            if f in kept:
                continue
            positional = " " not in f and not lexicon.is_name_like(f)
            add(name, positional, f"It is a name of protected person {cipher} on the "
                "register", "VA", cipher)
    for item in extra:  # a string, or (string, code, label)
        s, code, label = (item, "PD", "PD") if isinstance(item, str) else item
        add(s, _is_weak(lexicon.fold(s)), "It is redacted everywhere in the inquiry's "
            "documents", code, label)
    return list(out.values())


_ALNUM = re.compile(r"[^\W_]+")


def _is_number(s: str) -> bool:
    return re.fullmatch(r"[\d\s\-+()]+", s) is not None


def _needs(s: str) -> tuple[frozenset[str], str]:
    """What a page must hold for ``_pattern(s)`` to match it: each run of letters and digits
    of ``s`` as a whole run of the page (lower case), or for a number its digits somewhere
    in the page's runs joined up (its parts may be written together). Checking this first
    skips nearly every pattern on nearly every page."""
    if _is_number(s):
        return frozenset(), "".join(_ALNUM.findall(s))
    return frozenset(_ALNUM.findall(s.lower())), ""


def _pattern(s: str) -> re.Pattern:
    tokens = [re.escape(t) for t in s.split()]
    sep = r"\s*" if _is_number(s) else r"\s+"
    return re.compile(r"(?i)(?<![^\W_])" + sep.join(tokens) + r"(?![^\W_])")


def _under_box(hit: Box, box: Box) -> bool:
    """A hit counts as under a box when a real share of it is (not a clipped edge)."""
    return covered_fraction(hit, box) >= 0.3


# ---------------------------------------------------------------------------- readers
def _readers(ocr: bool, ocr_dpi: int,
             max_pixels: int) -> list[tuple[str, Callable[[Path], Iterator]]]:
    readers: list[tuple[str, Callable[[Path], Iterator]]] = [
        ("pdfminer", extractors.iter_pdfminer_text),
        ("pdftotext", extractors.iter_pdftotext_text),
        ("pdfium", extractors.iter_pdfium_text),
    ]
    if ocr:
        readers.append(("OCR", lambda p: extractors.iter_ocr_pages(p, ocr_dpi, max_pixels)))
    return readers


class _Hits:
    """Leaks merged across readers: one finding per page, string and kind."""

    def __init__(self) -> None:
        self.found: dict[tuple, tuple[Target | None, str, set[str], Box | None]] = {}
        # targets a reader saw only inside a kept public figure's name ("Lorraine" of a
        # redacted Lorraine Malik in "Lorraine Stubbings, DCS"): shown on purpose, so the
        # file's bytes hold them too and are no leak
        self.in_kept: set[str] = set()

    def add(self, check: str, page: int, string: str, target: Target | None, reader: str,
            where: Box | None) -> None:
        key = (page, check, lexicon.fold(string))
        if key in self.found:
            self.found[key][2].add(reader)
        else:
            self.found[key] = (target, string, {reader}, where)

    def findings(self) -> list[Finding]:
        out = []
        for (page, check, _), (t, string, readers, where) in sorted(
                self.found.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2])):
            if check == "readable":
                action = ("Redact it here too: accept the proposal added for it, or select "
                          "it in the workspace.")
            else:
                action = ("The box does not hide what is under it: redraw the box over the "
                          "text in the workspace, and tell the system administrator.")
            out.append(Finding(check, page, string, _fmt(where),
                               t.why if t else "It resembles a redacted name", action,
                               t.code if t else "", t.label if t else "",
                               tuple(sorted(readers, key=_reader_order)),
                               check == "readable" and t is not None))
        return out


def _reader_order(name: str) -> int:
    return ["pdfminer", "pdftotext", "pdfium", "OCR"].index(name) if name in (
        "pdfminer", "pdftotext", "pdfium", "OCR") else 9


def verify_pdf(
    path: str | Path,
    redactions: Sequence[RedactionLike],
    *,
    register: Register | None = None,
    keep: KeepList | None = None,
    painted: Mapping[int, Sequence[tuple[Box, str]]] | None = None,
    style: BoxStyle = BoxStyle(),
    expected_pages: Sequence[tuple[float, float]] | None = None,
    extra_strings: Iterable[str | tuple[str, str, str]] = (),
    ocr: bool = True,
    ocr_dpi: int = 200,
    max_pixels: int = MAX_PIXELS,
    allow: Iterable[str] = (),
    progress: Callable[[str, int, int], None] | None = None,
) -> VerificationReport:
    """Check ``path`` and return a report; ``report.passed`` is False on any doubt.

    ``painted`` maps page numbers to the (box, label) pairs painted (``ApplyResult.painted``);
    without it they are recomputed from the redactions' word boxes and ``style``.
    ``extra_strings`` are strings redacted across the corpus (or (string, code, label)
    triples); ``allow`` lists strings a reviewer has decided may appear outside boxes.
    ``progress("verify:<reader>", done, total)`` is called after each page each reader reads.
    OCR renders each page at ``ocr_dpi``, or at the lower resolution that keeps it within
    ``max_pixels``.
    """
    path = Path(path)
    report = VerificationReport(False, path=str(path), tools=extractors.tool_versions())
    findings = report.findings
    if not path.is_file():
        findings.append(Finding("read", None, "", f"{path}: no such file"))
        return report
    sizes = structure(path, findings, expected_pages)
    report.pages = len(sizes)
    boxes: dict[int, list[tuple[Box, str]]] = {}
    if painted is not None:
        boxes = {n: list(bs) for n, bs in painted.items()}
    else:
        by_page: dict[int, list[RedactionLike]] = {}
        for r in redactions:
            by_page.setdefault(r.page, []).append(r)
        for n, mine in by_page.items():
            w, h = sizes[n - 1] if 0 < n <= len(sizes) else (1e9, 1e9)
            boxes[n] = painted_boxes(mine, w, h, style)
    allowed = {lexicon.fold(a) for a in allow}
    targets = [t for t in targets_for(redactions, register, keep, extra_strings)
               if lexicon.fold(t.string) not in allowed]
    report.strings_checked = len(targets)
    compiled = [(t, _pattern(t.string), _needs(t.string)) for t in targets]
    hits = _Hits()
    for name, reader in _readers(ocr, ocr_dpi, max_pixels):
        try:
            for item in reader(path):
                pt, img = item if name == "OCR" else (item, None)
                _match_page(pt, name, compiled, boxes.get(pt.number, []), keep, hits)
                if img is not None:
                    findings.extend(_unfilled_boxes(pt.number, img,
                                                    img.info.get("dpi", (ocr_dpi,))[0],
                                                    boxes.get(pt.number, [])))
                if progress is not None:
                    progress(f"verify:{name}", pt.number, report.pages)
        except Exception as exc:  # noqa: BLE001 - any reader failure must fail verification
            findings.append(Finding(f"reader:{name}", None, "", f"{type(exc).__name__}: {exc}",
                                    f"the {name} reader could not read the output, so it "
                                    "cannot be verified"))
    found = hits.findings()
    findings.extend(found)
    seen = {lexicon.fold(f.string) for f in found} | hits.in_kept
    _bytes_check(path, [t for t in targets if not t.positional
                       and lexicon.fold(t.string) not in seen], findings)
    report.passed = not findings
    return report


def _match_page(pt: extractors.PageText, reader: str, compiled: list, page_boxes: list,
                keep: KeepList | None, hits: _Hits) -> None:
    only_boxes = [b for b, _ in page_boxes]
    kept = keep.spans(pt.text) if keep else []
    lowered = pt.text.lower()
    runs = set(_ALNUM.findall(lowered))
    joined = "".join(_ALNUM.findall(lowered))
    for t, rx, (words, digits) in compiled:
        if (digits and digits not in joined) or not words <= runs:
            continue
        for m in rx.finditer(pt.text):
            if any(a <= m.start() and m.end() <= b for a, b in kept):
                hits.in_kept.add(lexicon.fold(t.string))
                continue
            where = pt.span_box(m.start(), m.end())
            if reader == "OCR" and where is not None and len(m.group()) >= 3 and (
                    where[3] - where[1]) > 2.5 * (where[2] - where[0]):
                continue  # a "word" taller than wide: OCR noise from a column of numbers
            inside = where is not None and any(_under_box(where, b) for b in only_boxes)
            if inside and reader == "OCR" and (len(t.string) < 4 or any(
                    covered_fraction(where, b) >= 0.95 for b in only_boxes)):
                # OCR read the white label or noise entirely inside a painted box; whether
                # its pixels are hidden is the pixel check's question (_unfilled_boxes)
                continue
            if inside:
                hits.add("inside_box", pt.number, m.group(), t, reader, where)
            elif not t.positional:
                hits.add("readable", pt.number, m.group(), t, reader, where)


def _fmt(box: Box | None) -> str:
    return "position unknown" if box is None else "at ({:.0f}, {:.0f}) pt".format(*box[:2])


def _unfilled_boxes(number: int, img, dpi: float,  # noqa: ANN001 - a greyscale PIL image
                    boxes: list[tuple[Box, str]]) -> list[Finding]:
    """A painted box is black but for its white label, which covers well under half of
    it; a box that is mostly light was not painted, so whatever was under it shows.

    This, not OCR of the box, is the check of the pixels: OCR makes words of the white
    label and of a neighbouring word ("PD said" read as "Haid") where nothing shows."""
    out = []
    k = dpi / 72
    for box, _label in boxes:
        x0, y0 = int(box[0] * k) + 2, int(box[1] * k) + 2
        x1, y1 = int(box[2] * k) - 2, int(box[3] * k) - 2
        if x1 - x0 < 3 or y1 - y0 < 3:
            continue
        hist = img.crop((x0, y0, x1, y1)).histogram()
        light = sum(hist[128:]) / max(1, sum(hist))
        if light > 0.5:
            out.append(Finding("unfilled_box", number, "", _fmt(box),
                               "a redaction box is not filled: what it should hide shows",
                               "Do not publish; tell the system administrator.",
                               readers=("pixels",)))
    return out


# content-stream operators (lower-cased, as the chunks are) that are also initials or short
# names; an operator follows its operands (a number, a string, an array, a name) or starts
# a line, where a name hidden in the file would sit inside a string
_OPERATORS = frozenset(
    b"bt et tj td tf tm tc tw tz tl tr ts re rg cm cs sc gs do bi id ei sh dp mp bx ex ri "
    b"bdc bmc emc scn".split())
_OPERATOR_BEFORE = re.compile(rb"(?:[)\]>\d]|/[\w.+\-]+|^|\n)[ \t\r\n]*$")


def _bytes_check(path: Path, targets: list[Target], findings: list[Finding]) -> None:
    """Search the file with every stream decompressed, in the usual text encodings.

    One pattern holds every target in every encoding, and the file is read one object at a
    time: memory stays flat however long the document, and time does not grow with the
    number of targets times the size of the file."""
    needles: dict[bytes, list[tuple[int, str]]] = {}
    for i, t in enumerate(targets):
        s = t.string.lower()
        for enc in ("cp1252", "utf-8", "utf-16-be"):
            try:
                needle = s.encode(enc)
            except UnicodeEncodeError:
                continue
            variants = {needle, needle.replace(b"(", b"\\(").replace(b")", b"\\)")}
            if enc == "cp1252":
                variants.add(needle.hex().encode())
            for v in variants:
                if v:
                    needles.setdefault(v, []).append((i, enc))
    if not needles:
        return
    alternation = b"|".join(re.escape(v) for v in sorted(needles, key=len, reverse=True))
    # a zero-width look-ahead finds a target at every position, even inside a longer one
    rx = re.compile(rb"(?<![a-z0-9])(?=(" + alternation + rb")(?![a-z0-9]))")
    found: dict[int, str] = {}
    try:
        for chunk in decoded_chunks(path):
            for m in rx.finditer(chunk):
                hit = m.group(1)
                for needle, owners in needles.items():
                    if not hit.startswith(needle):
                        continue
                    after = chunk[m.start() + len(needle):m.start() + len(needle) + 1]
                    if len(needle) < len(hit) and re.match(rb"[a-z0-9]", after):
                        continue
                    if needle in _OPERATORS and _OPERATOR_BEFORE.search(
                            chunk, max(0, m.start() - 8), m.start()):
                        continue  # "[(...)] TJ": the content stream's operator, not "TJ"
                    for i, enc in owners:
                        found.setdefault(i, enc)
    except Exception as exc:  # noqa: BLE001 - unreadable means unverifiable
        findings.append(Finding("bytes", None, "", f"cannot decompress: {exc}",
                                "the file's streams cannot be decompressed to be checked"))
        return
    for i, enc in sorted(found.items()):
        t = targets[i]
        findings.append(Finding(
            "bytes", None, t.string, f"decompressed file bytes, {enc}", t.why,
            "The file holds it outside the visible text: do not publish, and tell "
            "the system administrator.", t.code, t.label, ("bytes",)))
