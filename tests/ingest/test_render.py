"""Page images match the displayed page, so word boxes map onto them by scaling alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.render import RenderError, page_size, page_sizes, render_page, render_page_png


@pytest.mark.parametrize(("kind", "size"), [
    ("text", (595, 842)), ("rotated90", (842, 595)), ("rotated180", (595, 842)),
    ("rotated270", (842, 595)), ("cropped", (400, 500)),
])
def test_image_is_the_displayed_page(made: dict[str, Path], kind: str,
                                     size: tuple[int, int]) -> None:
    assert render_page(made[kind], 1, dpi=36).size == pytest.approx((size[0] / 2, size[1] / 2),
                                                                    abs=1)
    assert page_size(made[kind], 1) == pytest.approx(size, abs=0.5)


def test_png_and_sizes(made: dict[str, Path], tmp_path: Path) -> None:
    assert render_page_png(made["text"], 1, dpi=20).startswith(b"\x89PNG\r\n\x1a\n")
    assert page_sizes(made["columns"]) == [pytest.approx((595.28, 841.89), abs=0.01)]
    assert render_page(made["text"], 1, dpi=20, grayscale=True).mode == "L"


def test_form_fields_are_drawn(made: dict[str, Path]) -> None:
    with_fields = render_page(made["form"], 1, dpi=36, grayscale=True)
    without = render_page(made["form"], 1, dpi=36, grayscale=True, draw_annots=False)
    assert with_fields.tobytes() != without.tobytes()


def test_errors(made: dict[str, Path]) -> None:
    with pytest.raises(RenderError, match="outside 1..1"):
        render_page(made["text"], 2)
    with pytest.raises(RenderError):
        render_page(made["encrypted"], 1)
    assert render_page(made["encrypted"], 1, dpi=20, password="s3cret").width > 100
    with pytest.raises(RenderError):
        render_page(made["corrupt"], 1)


def _picture_pdf(path: Path, rotation: int, full_page: bool = False) -> Path:
    import io

    import pikepdf
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    Image.new("RGB", (100, 60), (200, 30, 30)).save(buf, "PNG")
    buf.seek(0)
    src = path.with_suffix(".src.pdf")
    c = canvas.Canvas(str(src), pagesize=A4)
    c.drawString(72, 800, "A page with a photograph")
    if full_page:
        c.drawImage(ImageReader(buf), 0, 0, *A4)
    else:
        c.drawImage(ImageReader(buf), 100, 600, 150, 90)
    c.showPage()
    c.save()
    with pikepdf.open(src) as pdf:
        pdf.pages[0].obj.Rotate = rotation
        pdf.save(path)
    return path


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_picture_boxes_are_where_the_picture_is_drawn(tmp_path: Path, rotation: int) -> None:
    """The viewer blurs pictures by these boxes, so they must sit on the displayed page
    exactly where the picture's pixels are, whatever the page's /Rotate."""
    from ingest.render import image_boxes

    pdf = _picture_pdf(tmp_path / f"picture{rotation}.pdf", rotation)
    (box,) = image_boxes(pdf, 1)
    image = render_page(pdf, 1, dpi=72).convert("RGB")
    px = image.load()
    red = [(x, y) for x in range(image.width) for y in range(image.height)
           if px[x, y][0] > 150 and px[x, y][1] < 80]
    drawn = (min(x for x, _ in red), min(y for _, y in red),
             max(x for x, _ in red) + 1, max(y for _, y in red) + 1)
    assert box == pytest.approx(drawn, abs=1.5)


def test_a_scan_is_not_a_picture_to_blur(tmp_path: Path) -> None:
    from ingest.render import image_boxes

    assert image_boxes(_picture_pdf(tmp_path / "scan.pdf", 0, full_page=True), 1) == []


def test_pages_are_read_in_turn_across_reopenings(tmp_path: Path) -> None:
    """Long documents are read with the document reopened every few pages (pdfium keeps
    what it decoded until it is closed): every page comes once, in order, the right one."""
    from reportlab.pdfgen import canvas

    from ingest.render import iter_pdfium_pages

    path = tmp_path / "seven.pdf"
    c = canvas.Canvas(str(path), pagesize=(200 + 0, 300))
    for n in range(7):
        c.setPageSize((200 + 10 * n, 300))
        c.drawString(20, 150, f"page {n + 1}")
        c.showPage()
    c.save()
    seen = []
    for number, page, count in iter_pdfium_pages(path, reopen_every=3):
        seen.append((number, round(page.get_width()), count))
        page.close()
    assert seen == [(n + 1, 200 + 10 * n, 7) for n in range(7)]


@pytest.mark.parametrize("points", [(9200, 9200), (14400, 14400), (9200, 13001.5), (700, 90000)])
def test_the_pixel_cap_counts_whole_pixels(points: tuple[float, float]) -> None:
    """pdfium rounds each side up: the cap holds for the image it really makes."""
    import math

    from ingest.render import fit_dpi

    for cap in (50_000_000, 4_000_000, 1_000_003):
        for dpi in (110, 150, 300):
            used = fit_dpi(*points, dpi, cap)
            assert used <= dpi
            pixels = math.ceil(points[0] * used / 72) * math.ceil(points[1] * used / 72)
            assert pixels <= cap
            assert pixels > 0.99 * min(cap, points[0] * points[1] * (dpi / 72) ** 2)


def test_a_huge_page_image_is_within_the_cap(tmp_path: Path) -> None:
    from tests import crafted

    page = crafted.huge_page(tmp_path, 9200)
    for cap in (1_000_003, 2_345_678):
        image = render_page(page, 1, 110, max_pixels=cap)
        assert image.width * image.height <= cap
