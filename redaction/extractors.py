"""Independent ways of reading a finished PDF back, each with positions.

Verification must not trust the code that wrote the file, so each reader here is a
different implementation: pdfminer.six (pure Python), poppler's ``pdftotext`` (C++),
pdfium (C++, Chrome's engine) and Tesseract OCR of freshly rendered pixels.  Every
reader returns, per page, a text string and one box per character (top-left origin,
PDF points), so a found string can be located and compared with the redaction boxes.
"""

from __future__ import annotations

import html
import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

Box = tuple[float, float, float, float]


@dataclass
class PageText:
    """Text of one page; ``boxes[i]`` is the box of ``text[i]`` (None for separators)."""

    number: int
    text: str
    boxes: list[Box | None]

    def span_box(self, start: int, end: int) -> Box | None:
        got = [b for b in self.boxes[start:end] if b]
        if not got:
            return None
        return (
            min(b[0] for b in got),
            min(b[1] for b in got),
            max(b[2] for b in got),
            max(b[3] for b in got),
        )


class _Builder:
    def __init__(self, number: int):
        self.number, self.parts, self.boxes = number, [], []

    def add(self, text: str, box: Box | None) -> None:
        self.parts.append(text)
        self.boxes.extend([box] * len(text))

    def done(self) -> PageText:
        return PageText(self.number, "".join(self.parts), self.boxes)


def pdfminer_text(path: Path) -> list[PageText]:
    """pdfminer.six characters with their boxes."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTAnno, LTChar, LTContainer, LTTextBox

    out = []
    for n, layout in enumerate(extract_pages(str(path), laparams=LAParams()), start=1):
        h = layout.height
        b = _Builder(n)

        def walk(obj, b=b, h=h) -> None:  # noqa: ANN001
            for item in obj:
                if isinstance(item, LTChar):
                    b.add(item.get_text(), (item.x0, h - item.y1, item.x1, h - item.y0))
                elif isinstance(item, LTAnno):
                    b.add(item.get_text(), None)
                elif isinstance(item, LTContainer):
                    walk(item)
                    if isinstance(item, LTTextBox):
                        b.add("\n", None)

        walk(layout)
        out.append(b.done())
    return out


_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


def pdftotext_text(path: Path) -> list[PageText]:
    """poppler's pdftotext with word boxes (``-bbox``)."""
    proc = subprocess.run(
        ["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        timeout=600,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"pdftotext failed ({proc.returncode}): {proc.stderr.decode()[:300]}")
    out = []
    for n, chunk in enumerate(proc.stdout.decode("utf-8", "replace").split("<page ")[1:], start=1):
        b = _Builder(n)
        for m in _WORD.finditer(chunk):
            box = tuple(float(v) for v in m.groups()[:4])
            b.add(html.unescape(m.group(5)), box)  # type: ignore[arg-type]
            b.add(" ", None)
        out.append(b.done())
    return out


def pdfium_text(path: Path) -> list[PageText]:
    """pdfium's text page, character by character."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    doc = pdfium.PdfDocument(str(path))
    out = []
    try:
        for i in range(len(doc)):
            page = doc[i]
            h = page.get_height()
            tp = page.get_textpage()
            b = _Builder(i + 1)
            for c in range(tp.count_chars()):
                code = raw.FPDFText_GetUnicode(tp.raw, c)
                ch = chr(code) if code else ""
                if not ch:
                    continue
                x0, y0, x1, y1 = tp.get_charbox(c)
                b.add(ch, None if ch.isspace() else (x0, h - y1, x1, h - y0))
            tp.close()
            page.close()
            out.append(b.done())
    finally:
        doc.close()
    return out


def ocr_text(path: Path, dpi: int = 200) -> list[PageText]:
    """Tesseract on each page rendered afresh: what a reader's eyes would get."""
    import pypdfium2 as pdfium
    import pytesseract

    os.environ["OMP_THREAD_LIMIT"] = "1"
    doc = pdfium.PdfDocument(str(path))
    out = []
    try:
        for i in range(len(doc)):
            page = doc[i]
            img = page.render(scale=dpi / 72, grayscale=True).to_pil()
            page.close()
            data = pytesseract.image_to_data(
                img, config="--psm 3", output_type=pytesseract.Output.DICT
            )
            b = _Builder(i + 1)
            last = None
            s = 72.0 / dpi
            for k, word in enumerate(data["text"]):
                word = (word or "").strip()
                if not word:
                    continue
                key = (data["block_num"][k], data["par_num"][k], data["line_num"][k])
                if last is not None:
                    b.add("\n" if key != last else " ", None)
                last = key
                x, y, w, hgt = (data[f][k] * s for f in ("left", "top", "width", "height"))
                b.add(word, (x, y, x + w, y + hgt))
            out.append(b.done())
            del img
    finally:
        doc.close()
    return out


def tool_versions() -> dict[str, str]:
    """Versions of every reader, for the verification report."""
    versions: dict[str, str] = {}
    try:
        import pdfminer

        versions["pdfminer.six"] = getattr(pdfminer, "__version__", "unknown")
    except ImportError:
        versions["pdfminer.six"] = "missing"
    try:
        proc = subprocess.run(["pdftotext", "-v"], capture_output=True, timeout=30, check=False)
        first = (proc.stderr or proc.stdout).decode().splitlines()
        versions["poppler"] = first[0].split()[-1] if first else "unknown"
    except (OSError, subprocess.SubprocessError):
        versions["poppler"] = "missing"
    try:
        import pytesseract

        versions["tesseract"] = str(pytesseract.get_tesseract_version()).split()[0]
    except Exception:  # noqa: BLE001 - a missing binary raises its own error type
        versions["tesseract"] = "missing"
    try:
        import pypdfium2.version as v

        versions["pypdfium2"] = str(v.PYPDFIUM_INFO)
        versions["pdfium"] = str(v.PDFIUM_INFO)
    except ImportError:
        versions["pypdfium2"] = "missing"
    try:
        import pikepdf

        versions["pikepdf"] = pikepdf.__version__
        versions["qpdf"] = pikepdf.__libqpdf_version__
    except ImportError:
        versions["pikepdf"] = "missing"
    return versions
