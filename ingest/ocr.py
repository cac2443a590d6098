"""Tesseract OCR for pages without a usable text layer, giving the same Page structure.

Tesseract runs single-threaded (OMP_THREAD_LIMIT=1): its own threading measured 2x slower
here, and parallelism comes from running more workers instead.
"""

from __future__ import annotations

import os
from pathlib import Path

from PIL import Image

from ingest.pages import Page, build_page
from ingest.render import render_page

DEFAULT_DPI = 300
MIN_CONFIDENCE = 30


def ocr_image(image: Image.Image, number: int, width_pt: float, height_pt: float,
              dpi: float, lang: str = "eng") -> Page:
    """OCR an image of a page whose displayed size is width_pt x height_pt points."""
    import pytesseract

    os.environ["OMP_THREAD_LIMIT"] = "1"
    data = pytesseract.image_to_data(image.convert("L"), lang=lang, config="--psm 3",
                                     output_type=pytesseract.Output.DICT)
    scale = 72.0 / dpi
    lines: dict[tuple[int, int, int], list[tuple[str, float, float, float, float]]] = {}
    for i, text in enumerate(data["text"]):
        text = (text or "").strip()
        if not text:
            continue
        try:
            conf = float(data["conf"][i])
        except (TypeError, ValueError):
            conf = -1
        if conf < MIN_CONFIDENCE and len(text) < 2:
            continue
        left, top = data["left"][i] * scale, data["top"][i] * scale
        right = left + data["width"][i] * scale
        bottom = top + data["height"][i] * scale
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        lines.setdefault(key, []).append((text, left, top, right, bottom))
    ordered = [sorted(words, key=lambda w: w[1]) for _, words in sorted(lines.items())]
    return build_page(number, width_pt, height_pt, True, ordered)


def ocr_page(path: Path, number: int, dpi: int = DEFAULT_DPI, password: str | None = None,
             lang: str = "eng") -> Page:
    image = render_page(path, number, dpi, password=password, grayscale=True)
    width_pt, height_pt = image.width * 72.0 / dpi, image.height * 72.0 / dpi
    return ocr_image(image, number, width_pt, height_pt, dpi, lang)
