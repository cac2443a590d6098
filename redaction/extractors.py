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
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ingest import pdfminer_fixes
from ingest.render import MAX_PIXELS, fit_dpi, iter_pdfium_pages

if TYPE_CHECKING:
    from PIL.Image import Image

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


def iter_pdfminer_text(path: Path) -> Iterator[PageText]:
    """pdfminer.six characters with their boxes, one page at a time."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTAnno, LTChar, LTContainer, LTTextBox

    pdfminer_fixes.apply()  # read escaped spaces as poppler and pdfium do
    # caching=False: pdfminer otherwise keeps every object it parsed, pictures included,
    # until the end (about 80 KB a page of a published file)
    for n, layout in enumerate(extract_pages(str(path), laparams=LAParams(), caching=False),
                               start=1):
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
        yield b.done()


_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


def iter_pdftotext_text(path: Path) -> Iterator[PageText]:
    """poppler's pdftotext with word boxes (``-bbox``), parsed as it streams out."""
    proc = subprocess.Popen(
        ["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    n, b = 0, None
    try:
        assert proc.stdout is not None
        for raw in proc.stdout:
            line = raw.decode("utf-8", "replace")
            if line.lstrip().startswith("<page "):
                if b is not None:
                    yield b.done()
                n += 1
                b = _Builder(n)
                continue
            m = _WORD.search(line)
            if m and b is not None:
                box = tuple(float(v) for v in m.groups()[:4])
                b.add(html.unescape(m.group(5)), box)  # type: ignore[arg-type]
                b.add(" ", None)
        if b is not None:
            yield b.done()
        err = proc.stderr.read().decode() if proc.stderr else ""
        if proc.wait(timeout=600) != 0:
            raise RuntimeError(f"pdftotext failed ({proc.returncode}): {err[:300]}")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def iter_pdfium_text(path: Path) -> Iterator[PageText]:
    """pdfium's text page, character by character."""
    import pypdfium2.raw as raw

    for number, page, _count in iter_pdfium_pages(path):
        h = page.get_height()
        tp = page.get_textpage()
        b = _Builder(number)
        for c in range(tp.count_chars()):
            code = raw.FPDFText_GetUnicode(tp.raw, c)
            ch = chr(code) if code else ""
            if not ch:
                continue
            x0, y0, x1, y1 = tp.get_charbox(c)
            b.add(ch, None if ch.isspace() else (x0, h - y1, x1, h - y0))
        tp.close()
        page.close()
        yield b.done()


def iter_ocr_text(path: Path, dpi: int = 200,
                  max_pixels: int = MAX_PIXELS) -> Iterator[PageText]:
    """Tesseract on each page rendered afresh: what a reader's eyes would get."""
    for pt, _img in iter_ocr_pages(path, dpi, max_pixels):
        yield pt


def iter_ocr_pages(path: Path, dpi: int = 200,
                   max_pixels: int = MAX_PIXELS) -> Iterator[tuple[PageText, Image]]:
    """Each page's OCR text and the greyscale rendering it was read from, so other pixel
    checks can reuse the one rendering. A page too large for ``dpi`` within
    ``max_pixels`` is read at the resolution that fits (the policy of ingest's OCR), so an
    oversize page costs what an ordinary poster does; ``img.info["dpi"]`` says which."""
    import pytesseract

    os.environ["OMP_THREAD_LIMIT"] = "1"
    for number, page, _count in iter_pdfium_pages(path):
        used = fit_dpi(page.get_width(), page.get_height(), dpi, max_pixels)
        bitmap = page.render(scale=used / 72, grayscale=True)
        img = bitmap.to_pil()
        img.load()
        img = img.copy()
        bitmap.close()
        page.close()
        img.info["dpi"] = (used, used)
        data = pytesseract.image_to_data(
            img, config="--psm 3", output_type=pytesseract.Output.DICT
        )
        b = _Builder(number)
        last = None
        s = 72.0 / used
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
        yield b.done(), img
        del img


def pdfminer_text(path: Path) -> list[PageText]:
    return list(iter_pdfminer_text(path))


def pdftotext_text(path: Path) -> list[PageText]:
    return list(iter_pdftotext_text(path))


def pdfium_text(path: Path) -> list[PageText]:
    return list(iter_pdfium_text(path))


def ocr_text(path: Path, dpi: int = 200, max_pixels: int = MAX_PIXELS) -> list[PageText]:
    return list(iter_ocr_text(path, dpi, max_pixels))


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
