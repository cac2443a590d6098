"""Structural checks of a PDF, for verification: what a file carries besides its pages.

Metadata, XMP, annotations, forms, attachments, JavaScript, outlines, thumbnails and
earlier revisions can each hold a name that the visible page no longer shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Finding:
    """One reason to refuse a file, in terms a reviewer can act on.

    ``why`` says what the string is and ``action`` what to do about it; a ``fixable``
    finding is a readable occurrence of something redacted elsewhere, which a proposal
    with the same ``code`` and ``label`` would cover.
    """

    check: str  # readable, inside_box, ocr_in_box, bytes, metadata, annotations, revisions...
    page: int | None
    string: str
    where: str
    why: str = ""
    action: str = ""
    code: str = ""
    label: str = ""
    readers: tuple[str, ...] = ()
    fixable: bool = False


def decoded_chunks(path: Path) -> Iterator[bytes]:
    """Every object unparsed and every non-image stream decoded, lower-cased, one object at
    a time: a 5,000-page output is searched without holding it all in memory.

    Image data is left to OCR: binary pixels match short words by chance.
    """
    import pikepdf

    with pikepdf.open(path) as pdf:
        yield bytes(pdf.trailer.unparse(resolved=True)).lower()
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream):
                yield bytes(obj.stream_dict.unparse()).lower()
                if str(obj.get("/Subtype", "")) == "/Image":
                    continue
                try:
                    yield obj.read_bytes().lower()
                except pikepdf.PdfError:
                    yield obj.read_raw_bytes().lower()
            elif isinstance(obj, (pikepdf.Dictionary, pikepdf.Array, pikepdf.String)):
                yield bytes(obj.unparse()).lower()


def count_markers(path: Path, markers: Sequence[bytes], chunk: int = 1 << 20) -> list[int]:
    """How often each marker occurs in the file, read in chunks (a marker split across two
    chunks is counted once: each chunk keeps the tail of the one before)."""
    counts = [0] * len(markers)
    keep = max(len(m) for m in markers) - 1
    tail = b""
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            data = tail + block
            for i, m in enumerate(markers):
                # count only matches that end inside the new block
                counts[i] += data.count(m) - tail.count(m)
            tail = data[-keep:] if keep else b""
    return counts


def structure(
    path: Path, findings: list[Finding], expected: Sequence[tuple[float, float]] | None
) -> list[tuple[float, float]]:
    """Metadata, interactive features and revisions; returns page sizes."""
    import pikepdf

    eofs, xrefs = count_markers(path, (b"%%EOF", b"startxref"))
    if eofs > 1 or xrefs > 1:
        findings.append(
            Finding(
                "revisions",
                None,
                "",
                f"{eofs} %%EOF markers, {xrefs} startxref: incremental updates present",
            )
        )
    try:
        pdf = pikepdf.open(path)
    except Exception as exc:  # noqa: BLE001
        findings.append(Finding("open", None, "", f"{path}: cannot open: {exc}"))
        return []
    sizes: list[tuple[float, float]] = []
    with pdf:
        if pdf.is_encrypted:
            findings.append(Finding("encryption", None, "", "output is encrypted"))
        tr, root = pdf.trailer, pdf.Root
        if "/Prev" in tr or "/XRefStm" in tr:
            findings.append(Finding("revisions", None, "", "trailer points to an earlier xref"))
        if "/Info" in tr and len(tr.Info.keys()) > 0:
            findings.append(
                Finding("metadata", None, "", f"document info: {sorted(tr.Info.keys())}")
            )
        for key, check in (
            ("/Metadata", "xmp"),
            ("/AcroForm", "forms"),
            ("/Outlines", "outlines"),
            ("/OpenAction", "javascript"),
            ("/AA", "javascript"),
            ("/PieceInfo", "metadata"),
            ("/StructTreeRoot", "metadata"),
            ("/Threads", "metadata"),
        ):
            if key in root:
                findings.append(Finding(check, None, "", f"catalog has {key}"))
        if "/Names" in root:
            for key, check in (("/EmbeddedFiles", "attachments"), ("/JavaScript", "javascript")):
                if key in root.Names:
                    findings.append(Finding(check, None, "", f"name tree {key}"))
        for i, page in enumerate(pdf.pages, start=1):
            box = [float(v) for v in page.mediabox]
            w, h = abs(box[2] - box[0]), abs(box[3] - box[1])
            if int(page.obj.get("/Rotate", 0)) % 180:
                w, h = h, w
            sizes.append((w, h))
            for key, check in (
                ("/Annots", "annotations"),
                ("/Thumb", "thumbnails"),
                ("/AA", "javascript"),
                ("/Metadata", "xmp"),
                ("/PieceInfo", "metadata"),
            ):
                if key in page.obj and (key != "/Annots" or len(page.obj.Annots) > 0):
                    findings.append(Finding(check, i, "", f"page has {key}"))
        for obj in pdf.objects:
            if isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream)):
                typ = str(obj.get("/Type", ""))
                if typ in ("/EmbeddedFile", "/Filespec"):
                    findings.append(Finding("attachments", None, "", f"object of type {typ}"))
                if "/JS" in obj or str(obj.get("/S", "")) == "/JavaScript":
                    findings.append(Finding("javascript", None, "", "JavaScript action object"))
                if typ == "/Metadata" or str(obj.get("/Subtype", "")) == "/XML":
                    findings.append(Finding("xmp", None, "", "XMP metadata stream"))
    if expected is not None:
        if len(expected) != len(sizes):
            findings.append(
                Finding("pages", None, "", f"{len(sizes)} pages, expected {len(expected)}")
            )
        for i, (a, b) in enumerate(zip(expected, sizes, strict=False), start=1):
            if abs(a[0] - b[0]) > 1 or abs(a[1] - b[1]) > 1:
                findings.append(
                    Finding(
                        "pages",
                        i,
                        "",
                        f"size {b[0]:.1f}x{b[1]:.1f}, expected {a[0]:.1f}x{a[1]:.1f}",
                    )
                )
    return sizes
