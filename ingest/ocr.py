"""Tesseract OCR for pages without a usable text layer, giving the same Page structure.

Tesseract runs as a subprocess with OMP_THREAD_LIMIT=1 (its own threading is slower on small
machines; parallelism comes from more workers) and a timeout, so a pathological page fails
that page rather than hanging a worker. Word boxes come back in PDF points of the displayed
page, exactly as :mod:`ingest.extract` gives them.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from PIL import Image

from ingest.pages import Page, build_page
from ingest.render import MAX_PIXELS, page_size, render_page

DEFAULT_DPI = 300
MIN_CONFIDENCE = 30     # below this, only words of two or more characters are kept
TIMEOUT_SECONDS = 180


class OcrError(RuntimeError):
    """Tesseract is missing, failed or timed out."""


def tesseract_available() -> bool:
    return shutil.which("tesseract") is not None


def _run_tesseract(image: Image.Image, lang: str, dpi: float, psm: int, timeout: float) -> str:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    with tempfile.TemporaryDirectory(prefix="ocr-") as tmp:
        source = Path(tmp) / "page.png"
        image.save(source, format="PNG", dpi=(dpi, dpi))
        try:
            done = subprocess.run(
                ["tesseract", str(source), "stdout", "-l", lang, "--psm", str(psm),
                 "--dpi", str(round(dpi)), "tsv"],
                env=env, capture_output=True, timeout=timeout, check=False)
        except FileNotFoundError as exc:
            raise OcrError("Tesseract is not installed (apt-get install tesseract-ocr)") from exc
        except subprocess.TimeoutExpired as exc:
            raise OcrError(f"Tesseract took longer than {timeout:g} s on this page") from exc
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrError(f"Tesseract failed: {message[-1] if message else done.returncode}")
    return done.stdout.decode("utf-8", "replace")


def ocr_image(image: Image.Image, number: int, width_pt: float, height_pt: float,
              dpi: float, lang: str = "eng", *, psm: int = 3,
              timeout: float = TIMEOUT_SECONDS) -> Page:
    """OCR an image of a displayed page whose size is ``width_pt`` x ``height_pt`` points."""
    tsv = _run_tesseract(image.convert("L"), lang, dpi, psm, timeout)
    sx, sy = width_pt / image.width, height_pt / image.height
    lines: dict[tuple[int, int, int], list[tuple[str, float, float, float, float]]] = {}
    order: list[tuple[int, int, int]] = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        try:
            conf = float(row["conf"])
            left, top = int(row["left"]), int(row["top"])
            right, bottom = left + int(row["width"]), top + int(row["height"])
            key = (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))
        except (KeyError, TypeError, ValueError):
            continue
        if conf < MIN_CONFIDENCE and len(text) < 2:
            continue
        if key not in lines:
            lines[key] = []
            order.append(key)
        lines[key].append((" ".join(text.split()), left * sx, top * sy, right * sx,
                           bottom * sy))
    ordered = [sorted(lines[k], key=lambda w: w[1]) for k in order]
    return build_page(number, width_pt, height_pt, True, ordered)


def ocr_page(path: str | os.PathLike, number: int, dpi: int = DEFAULT_DPI,
             password: str | None = None, lang: str = "eng",
             max_pixels: int = MAX_PIXELS) -> Page:
    """Render one page (numbered from 1) with pdfium and read it with Tesseract; a page too
    large for ``dpi`` within ``max_pixels`` is read at the resolution that fits."""
    width_pt, height_pt = page_size(path, number, password=password)
    image = render_page(path, number, dpi, password=password, grayscale=True,
                        max_pixels=max_pixels)
    used = image.info.get("dpi", (dpi, dpi))[0]
    return ocr_image(image, number, width_pt, height_pt, used, lang)
