"""Page images with pdfium: the displayed page (crop box, /Rotate applied), origin top-left,
so that word boxes in PDF points map onto the image by scaling alone."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image


def render_page(path: Path, number: int, dpi: int = 150, password: str | None = None,
                grayscale: bool = False) -> Image.Image:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path), password=password)
    try:
        if not 1 <= number <= len(pdf):
            raise IndexError(f"page {number} is outside 1..{len(pdf)}")
        page = pdf[number - 1]
        try:
            bitmap = page.render(scale=dpi / 72, grayscale=grayscale, may_draw_forms=True)
            image = bitmap.to_pil()
            image.load()
            return image.copy()
        finally:
            page.close()
    finally:
        pdf.close()


def render_page_png(path: Path, number: int, dpi: int = 110) -> bytes:
    image = render_page(path, number, dpi)
    out = io.BytesIO()
    image.convert("RGB").save(out, "PNG", optimize=False, compress_level=6)
    return out.getvalue()


def page_sizes(path: Path, password: str | None = None) -> list[tuple[float, float]]:
    """Displayed (rotated, cropped) width and height of every page, in points."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path), password=password)
    try:
        return [pdf.get_page_size(i) for i in range(len(pdf))]
    finally:
        pdf.close()
