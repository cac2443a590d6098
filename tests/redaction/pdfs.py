"""Small PDF factories for the redaction tests: text, scanned and deliberately dirty."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pikepdf
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def text_pdf(path: Path, pages: list[list[str]], size: float = 11) -> Path:
    """One PDF page per list of lines, Helvetica, 16pt leading."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for lines in pages:
        c.setFont("Helvetica", size)
        y = A4[1] - 72
        for line in lines:
            c.drawString(72, y, line)
            y -= size * 1.5
        c.showPage()
    c.save()
    return path


def scanned_pdf(path: Path, lines: list[str], dpi: int = 200) -> Path:
    """An image-only page: the text exists only as pixels, as in a scan."""
    w, h = int(A4[0] / 72 * dpi), int(A4[1] / 72 * dpi)
    img = Image.new("L", (w, h), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, int(12 / 72 * dpi))
    y = int(72 / 72 * dpi)
    for line in lines:
        draw.text((int(72 / 72 * dpi), y), line, fill=0, font=font)
        y += int(20 / 72 * dpi)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    buf.seek(0)
    from reportlab.lib.utils import ImageReader

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    return path


def leaky_pdf(path: Path, lines: list[str], cover: str) -> Path:
    """The classic mistake: a black rectangle drawn over text that is still there."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 11)
    y = A4[1] - 72
    for line in lines:
        c.drawString(72, y, line)
        if cover in line:
            x = 72 + stringWidth(line[: line.index(cover)], "Helvetica", 11)
            c.rect(x, y - 3, stringWidth(cover, "Helvetica", 11), 14, fill=1)
        y -= 16.5
    c.showPage()
    c.save()
    return path


def dirty_pdf(path: Path, lines: list[str], secret: str) -> Path:
    """Metadata, XMP, an annotation, an attachment, JavaScript, a form, an outline and an
    incremental update, each holding ``secret``."""
    base = path.with_suffix(".base.pdf")
    text_pdf(base, [lines])
    with pikepdf.open(base) as pdf:
        pdf.docinfo["/Title"] = f"Statement of {secret}"
        pdf.docinfo["/Author"] = secret
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta["dc:creator"] = [secret]
        page = pdf.pages[0]
        annot = pdf.make_indirect(
            pikepdf.Dictionary(
                Type=pikepdf.Name.Annot,
                Subtype=pikepdf.Name.Text,
                Rect=[100, 100, 120, 120],
                Contents=pikepdf.String(f"note about {secret}"),
            )
        )
        page.obj.Annots = pdf.make_indirect(pikepdf.Array([annot]))
        pdf.attachments["notes.txt"] = pikepdf.AttachedFileSpec(
            pdf, f"{secret} lives here".encode()
        )
        js = pdf.make_indirect(
            pikepdf.Dictionary(
                S=pikepdf.Name.JavaScript, JS=pikepdf.String(f"app.alert('{secret}')")
            )
        )
        pdf.Root.OpenAction = js
        pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array())
        with pdf.open_outline() as outline:
            outline.root.append(pikepdf.OutlineItem(secret, 0))
        pdf.save(path, object_stream_mode=pikepdf.ObjectStreamMode.disable, compress_streams=False)
    base.unlink()
    _append_incremental_update(path, secret)
    return path


def _append_incremental_update(path: Path, secret: str) -> None:
    raw = path.read_bytes()
    prev = int(re.findall(rb"startxref\s+(\d+)", raw)[-1])
    size = int(re.findall(rb"/Size (\d+)", raw)[-1])
    root = re.findall(rb"/Root (\d+ \d+ R)", raw)[-1]
    obj = b"%d 0 obj\n<< /Title (%s, earlier draft) >>\nendobj\n" % (size, secret.encode())
    pos = len(raw)
    xref_pos = pos + len(obj)
    tail = b"xref\n0 1\n0000000000 65535 f \n%d 1\n%010d 00000 n \n" % (
        size,
        pos,
    ) + b"trailer\n<< /Size %d /Root %s /Info %d 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (
        size + 1,
        root,
        size,
        prev,
        xref_pos,
    )
    path.write_bytes(raw + obj + tail)
