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
