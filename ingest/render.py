"""Page images with pdfium: the displayed page (crop box and /Rotate applied), origin top-left,
so that word boxes in PDF points map onto the image by scaling alone (``px = pt * dpi / 72``).

Form fields and annotations are drawn as a viewer shows them, because extraction reads the
text of their appearance streams too.
"""

from __future__ import annotations

import io
import math
import os
from collections.abc import Iterator
from contextlib import contextmanager

from PIL import Image

# No page is ever rendered larger than this: a bigger page (or DPI) is scaled down to fit,
# so a 14,400-point page costs what an ordinary poster does. Callers pass the setting
# ``INQUIRY_MAX_PIXELS``; this is its default.
MAX_PIXELS = 50_000_000


class RenderError(RuntimeError):
    """The page cannot be rendered (bad page number, unreadable file, absurd size)."""


@contextmanager
def _document(path: str | os.PathLike, password: str | None) -> Iterator[object]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError as exc:
        raise RenderError(f"pdfium cannot open {os.fspath(path)}: {exc}") from exc
    try:
        yield pdf
    finally:
        pdf.close()


REOPEN_EVERY = 200  # pages


def iter_pdfium_pages(path: str | os.PathLike, password: str | None = None,
                      reopen_every: int = REOPEN_EVERY) -> Iterator[tuple[int, object, int]]:
    """(number, page, page count) for each page in turn; the caller closes each page.

    pdfium keeps what it has decoded (images, fonts, objects) for as long as the document
    is open, about the size of each page's picture: a 5,000-page bundle read in one go
    holds gigabytes. Reopening the document every ``reopen_every`` pages keeps memory flat.
    """
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path), password=password)
    try:
        count = len(doc)
        for i in range(count):
            if i and i % reopen_every == 0:
                doc.close()
                doc = pdfium.PdfDocument(str(path), password=password)
            yield i + 1, doc[i], count
    finally:
        doc.close()


def fit_dpi(width_pt: float, height_pt: float, dpi: float,
            max_pixels: int = MAX_PIXELS) -> float:
    """``dpi``, or less if the page at ``dpi`` would have more than ``max_pixels`` pixels.

    Pixels are counted whole, as pdfium makes them (each side rounded up): at the exact
    square-root scale a 9,200-point page came out 7,072 pixels square, over the cap."""
    width, height = max(1.0, abs(width_pt)), max(1.0, abs(height_pt))

    def pixels(at: float) -> int:
        return math.ceil(width * at / 72) * math.ceil(height * at / 72)

    if pixels(dpi) <= max_pixels:
        return dpi
    fit = min(dpi, 72 * (max_pixels / (width * height)) ** 0.5)
    step = 72 / max(width, height)  # one pixel off the longer side
    while pixels(fit) > max_pixels and fit > step:
        fit -= step
    return fit


def render_page(path: str | os.PathLike, number: int, dpi: float = 150,
                password: str | None = None, grayscale: bool = False,
                draw_annots: bool = True, max_pixels: int = MAX_PIXELS) -> Image.Image:
    """One page (numbered from 1) as a PIL image of the displayed page at ``dpi``, or at
    the lower resolution that keeps it within ``max_pixels`` (``image.info["dpi"]`` says
    which), so an oversize page is still readable rather than refused."""
    with _document(path, password) as pdf:
        if not 1 <= number <= len(pdf):
            raise RenderError(f"page {number} is outside 1..{len(pdf)}")
        if draw_annots:
            pdf.init_forms()
        page = pdf[number - 1]
        try:
            width, height = page.get_size()
            dpi = fit_dpi(width, height, dpi, max_pixels)
            bitmap = page.render(scale=dpi / 72, grayscale=grayscale, draw_annots=draw_annots,
                                 may_draw_forms=draw_annots)
            try:
                image = bitmap.to_pil()
                image.load()
                image = image.copy()
                image.info["dpi"] = (dpi, dpi)
                return image
            finally:
                bitmap.close()
        finally:
            page.close()


def render_page_png(path: str | os.PathLike, number: int, dpi: float = 110,
                    password: str | None = None, max_pixels: int = MAX_PIXELS) -> bytes:
    """PNG bytes of one page, for the viewer."""
    image = render_page(path, number, dpi, password=password, max_pixels=max_pixels)
    out = io.BytesIO()
    image.convert("RGB").save(out, "PNG", optimize=False, compress_level=6)
    return out.getvalue()


def page_sizes(path: str | os.PathLike, password: str | None = None) -> list[tuple[float, float]]:
    """Displayed (rotated, cropped) width and height of every page, in points."""
    with _document(path, password) as pdf:
        return [pdf.get_page_size(i) for i in range(len(pdf))]


def page_size(path: str | os.PathLike, number: int,
              password: str | None = None) -> tuple[float, float]:
    """Displayed width and height of one page (numbered from 1), in points."""
    with _document(path, password) as pdf:
        if not 1 <= number <= len(pdf):
            raise RenderError(f"page {number} is outside 1..{len(pdf)}")
        return pdf.get_page_size(number - 1)


def image_boxes(path: str | os.PathLike, number: int, password: str | None = None,
                max_share: float = 0.85) -> list[tuple[float, float, float, float]]:
    """Where pictures sit on a page, as (x0, top, x1, bottom) in points from the top left of
    the displayed page (crop box and /Rotate applied, like the page image), so a viewer can
    blur photographs until a reader chooses to see them. An image covering more than
    ``max_share`` of the page is the page itself (a scan) and is left out."""
    import pypdfium2.raw as pdfium_c

    with _document(path, password) as pdf:
        if not 1 <= number <= len(pdf):
            raise RenderError(f"page {number} is outside 1..{len(pdf)}")
        page = pdf[number - 1]
        try:
            width, height = page.get_size()
            crop = page.get_cropbox()
            rotation = page.get_rotation() % 360
            boxes = []
            for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3):
                left, bottom, right, top = obj.get_bounds()
                corners = [_displayed(x, y, crop, rotation) for x in (left, right)
                           for y in (bottom, top)]
                x0 = max(0.0, min(c[0] for c in corners))
                x1 = min(width, max(c[0] for c in corners))
                y0 = max(0.0, min(c[1] for c in corners))
                y1 = min(height, max(c[1] for c in corners))
                area = (x1 - x0) * (y1 - y0)
                if x1 - x0 > 4 and y1 - y0 > 4 and area < max_share * width * height:
                    boxes.append((x0, y0, x1, y1))
            return boxes
        finally:
            page.close()


def _displayed(x: float, y: float, crop: tuple[float, float, float, float],
               rotation: int) -> tuple[float, float]:
    """A point in PDF user space as (x, y) from the top left of the displayed page."""
    cx0, cy0, cx1, cy1 = crop
    u, v = x - cx0, cy1 - y  # unrotated, from the top left
    w, h = cx1 - cx0, cy1 - cy0
    if rotation == 90:
        return h - v, u
    if rotation == 180:
        return w - u, h - v
    if rotation == 270:
        return v, w - u
    return u, v
