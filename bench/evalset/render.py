"""Turn annotated evaluation documents into PDFs (reportlab), plus the answer key."""

from __future__ import annotations

import io
import random
import re
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

MARK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]|\{\{([^|}]+)\|([^}]+)\}\}")
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


@dataclass(frozen=True)
class Item:
    doc: str
    must: str  # "redact" or "keep"
    category: str
    text: str


def strip_markup(text: str, doc_id: str, items: list[Item]) -> str:
    """Plain text of a marked-up string; the annotations go to ``items``."""

    def sub(m: re.Match) -> str:
        if m.group(1):
            items.append(Item(doc_id, "redact", m.group(1), m.group(2)))
            return m.group(2)
        items.append(Item(doc_id, "keep", m.group(3), m.group(4)))
        return m.group(4)

    return MARK.sub(sub, text)


def answer_key(doc: dict) -> tuple[list, list[Item]]:
    """Blocks with markup removed, and every annotated item."""
    items: list[Item] = []
    blocks: list = []
    for b in doc["blocks"]:
        if isinstance(b, dict):
            blocks.append(
                {"rows": [[strip_markup(c, doc["id"], items) for c in row] for row in b["rows"]]}
            )
        else:
            blocks.append(strip_markup(b, doc["id"], items))
    return blocks, items


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if line and stringWidth(trial, font, size) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    return lines + ([line] if line else [])


def _layout(blocks: list, font: str, size: float) -> list[list[tuple[float, str, str, float]]]:
    """Pages of (x, text, font, size) lines with y implicit by order; tables become cells."""
    pages: list[list] = [[]]
    width = A4[0] - 144
    y = 0.0
    max_lines = int((A4[1] - 144) / (size * 1.45))
    for block in blocks:
        if isinstance(block, dict):
            cols = len(block["rows"][0])
            colw = width / cols
            for r, row in enumerate(block["rows"]):
                f = "Helvetica-Bold" if r == 0 else font
                cells = [(72 + i * colw, c, f, size - 1) for i, c in enumerate(row)]
                pages[-1].append(cells)
                y += 1
        else:
            for line in _wrap(block, font, size, width):
                if len(pages[-1]) >= max_lines:
                    pages.append([])
                pages[-1].append([(72.0, line, font, size)])
            pages[-1].append([])
        if len(pages[-1]) >= max_lines:
            pages.append([])
    return [p for p in pages if any(p)]


def build_pdf(doc: dict, path: Path) -> list[Item]:
    """Write ``doc`` to ``path``; return its answer key."""
    blocks, items = answer_key(doc)
    font = doc.get("font", "Helvetica")
    size = 10.5 if doc["style"] != "transcript" else 9.5
    pages = _layout(blocks, font, size)
    if doc["style"] == "scan":
        _scan(pages, path, seed=len(doc["id"]))
        return items
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for page in pages:
        y = A4[1] - 72
        for cells in page:
            for x, text, f, s in cells:
                c.setFont(f, s)
                c.drawString(x, y, text)
            if doc["style"] == "table" and len(cells) > 1:
                c.setLineWidth(0.3)
                c.line(72, y - 3, A4[0] - 72, y - 3)
            y -= size * 1.45
        c.showPage()
    c.save()
    return items


def _scan(pages: list, path: Path, seed: int, dpi: int = 200) -> None:
    """An image-only PDF that looks photocopied: grey, slightly blurred, a little noise."""
    rnd = random.Random(seed)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for page in pages:
        w, h = int(A4[0] / 72 * dpi), int(A4[1] / 72 * dpi)
        img = Image.new("L", (w, h), 244)
        draw = ImageDraw.Draw(img)
        y = 72.0
        for cells in page:
            for x, text, _f, s in cells:
                font = ImageFont.truetype(MONO, int(s * 0.95 / 72 * dpi))
                draw.text((x / 72 * dpi, y / 72 * dpi), text, fill=30, font=font)
            y += 10.5 * 1.45
        for _ in range(1500):
            draw.point((rnd.randrange(w), rnd.randrange(h)), fill=rnd.randrange(120, 200))
        img = img.rotate(0.4, resample=Image.BICUBIC, fillcolor=244).filter(
            ImageFilter.GaussianBlur(0.6)
        )
        buf = io.BytesIO()
        img.save(buf, "PNG")
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
