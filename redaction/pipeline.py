"""Whole-file convenience functions for the command line: no services needed.

``propose_pdf`` reads a PDF and returns proposals; ``auto_redact`` accepts them all,
applies them and verifies the result, deleting the output unless verification passes.
Bad input (not a PDF, corrupt, encrypted, pages with no readable text, a faulty register
or keep list) raises :class:`RedactionInputError` naming the file (and line or page)
before anything is written.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from pathlib import Path

from ingest.pages import Page

from .apply import DEFAULT_DPI, ApplyError, apply_redactions
from .entities import DEFAULT_MODEL
from .followup import proposals_for_findings
from .propose import Policy, Proposal, propose
from .register import KeepList, Register, RegisterError, load_keep_list, load_register
from .verify import VerificationReport, verify_pdf


class RedactionInputError(ValueError):
    """The input cannot be redacted safely; the message says which file and why."""


def _as_register(register: Register | str | Path | None) -> Register | None:
    if register is None or isinstance(register, Register):
        return register
    try:
        return load_register(register)
    except RegisterError as exc:
        raise RedactionInputError(str(exc)) from exc


def _as_keep(keep: KeepList | str | Path | None) -> tuple[KeepList | None, list[str]]:
    if keep is None or isinstance(keep, KeepList):
        return keep, list(keep.warnings) if keep else []
    try:
        kl = load_keep_list(keep)
    except RegisterError as exc:
        raise RedactionInputError(str(exc)) from exc
    for w in kl.warnings:
        warnings.warn(w, stacklevel=3)
    return kl, list(kl.warnings)


def _check_pdf(path: Path, password: str | None) -> None:
    import pikepdf

    if not path.is_file():
        raise RedactionInputError(f"{path}: no such file")
    with open(path, "rb") as fh:
        head = fh.read(1024)
    if b"%PDF-" not in head:
        raise RedactionInputError(f"{path}: not a PDF (no %PDF- header)")
    try:
        with pikepdf.open(path, password=password or "") as pdf:
            if len(pdf.pages) == 0:
                raise RedactionInputError(f"{path}: the PDF has no pages")
    except pikepdf.PasswordError as exc:
        raise RedactionInputError(f"{path}: the PDF is encrypted; supply its password") from exc
    except pikepdf.PdfError as exc:
        raise RedactionInputError(f"{path}: corrupt or unreadable PDF: {exc}") from exc


def load_pages(
    path: str | Path,
    *,
    password: str | None = None,
    ocr: str = "auto",
    allow_empty_pages: bool = False,
) -> list[Page]:
    """Extract every page (OCR for scans); refuse pages with no readable text.

    A page with nothing readable cannot be checked for names, so auto-redaction refuses
    it rather than publish what it cannot read (handwriting, a photo of a letter...).
    """
    from ingest.extract import extract_pages

    path = Path(path)
    _check_pdf(path, password)
    try:
        pages = list(extract_pages(path, password=password, ocr=ocr))
    except RedactionInputError:
        raise
    except Exception as exc:  # noqa: BLE001 - any extractor failure becomes a clear message
        raise RedactionInputError(
            f"{path}: text extraction failed: {type(exc).__name__}: {exc}"
        ) from exc
    blank = [p.number for p in pages if getattr(p, "needs_ocr", False) or not p.text.strip()]
    if blank and not allow_empty_pages:
        if len(blank) == len(pages) and ocr == "never":
            raise RedactionInputError(f"{path}: image-only PDF with no text layer; run with OCR")
        raise RedactionInputError(
            f"{path}: page(s) {', '.join(map(str, blank))} have no readable "
            "text (blank, handwritten or unreadable scan): review by hand"
        )
    return pages


def propose_pdf(
    path: str | Path,
    register: Register | str | Path | None = None,
    keep: KeepList | str | Path | None = None,
    *,
    password: str | None = None,
    ocr: str = "auto",
    model: str = DEFAULT_MODEL,
    policy: Policy | None = None,
) -> list[Proposal]:
    """Proposals for one PDF under the default (or given) policy."""
    reg = _as_register(register)
    kl, _ = _as_keep(keep)
    pages = load_pages(path, password=password, ocr=ocr, allow_empty_pages=True)
    return propose(pages, register=reg, keep=kl, policy=policy, model=model)


def auto_redact(
    in_path: str | Path,
    out_path: str | Path,
    register: Register | str | Path | None = None,
    keep: KeepList | str | Path | None = None,
    *,
    password: str | None = None,
    dpi: int = DEFAULT_DPI,
    ocr: str = "auto",
    verify_ocr: bool = True,
    model: str = DEFAULT_MODEL,
    extra: Sequence[Proposal] = (),
) -> VerificationReport:
    """Accept every proposal, apply, verify.  On failure the output is deleted.

    When the only findings are readable occurrences of names or identifiers redacted
    elsewhere, those occurrences are redacted too and the output applied and verified once
    more (``report.added`` lists them).

    Returns the verification report; ``report.passed`` tells whether ``out_path``
    exists.  Raises :class:`RedactionInputError` for bad input (nothing is written).
    """
    in_path, out_path = Path(in_path), Path(out_path)
    if in_path.resolve() == out_path.resolve():
        raise RedactionInputError(f"{out_path}: output would overwrite the original")
    reg = _as_register(register)
    kl, notes = _as_keep(keep)
    pages = load_pages(in_path, password=password, ocr=ocr)
    proposals = propose(pages, register=reg, keep=kl, model=model) + list(extra)
    report = apply_and_verify(in_path, out_path, pages, proposals, register=reg, keep=kl,
                              dpi=dpi, password=password, verify_ocr=verify_ocr)
    report.warnings = notes
    return report


def apply_and_verify(
    in_path: Path,
    out_path: Path,
    pages: Sequence[Page],
    proposals: Sequence[Proposal],
    *,
    register: Register | None = None,
    keep: KeepList | None = None,
    dpi: int = DEFAULT_DPI,
    password: str | None = None,
    verify_ocr: bool = True,
) -> VerificationReport:
    """Apply ``proposals`` and verify; when the only findings are readable occurrences of
    names or identifiers redacted elsewhere, redact those too and verify once more.
    The output is deleted unless the final verification passes."""
    proposals = list(proposals)
    sizes = [(p.width, p.height) for p in pages]
    added: list[Proposal] = []
    for attempt in (1, 2):
        try:
            result = apply_redactions(in_path, out_path, proposals, pages, dpi=dpi,
                                      password=password)
        except ApplyError as exc:
            raise RedactionInputError(str(exc)) from exc
        report = verify_pdf(out_path, proposals, register=register, keep=keep,
                            painted=result.painted, expected_pages=sizes, ocr=verify_ocr)
        if report.passed or attempt == 2:
            break
        more = proposals_for_findings(report.findings, pages, proposals, keep)
        if not more or not all(f.fixable for f in report.findings):
            break  # something no proposal can fix: a second pass would fail too
        added += more
        proposals += more
    report.added = added
    if not report.passed:
        out_path.unlink(missing_ok=True)
    return report
