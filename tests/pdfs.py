"""Test PDFs and archives, made on the spot: nothing is downloaded, and the same call makes
the same bytes (except encrypted files, whose AES salts and IVs are random).

Every function writes one file into ``dest`` (a directory) and returns its path. Text is laid
out by :func:`line_baselines`: left margin 72 pt, first baseline ``72 + size`` pt below the
top of the page, ``leading`` pt between baselines, so tests can say where a word was drawn.
"""

from __future__ import annotations

import io
import random
import stat
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path

import pikepdf
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
MARGIN = 72.0
FONT_SIZE = 12.0
LEADING = 18.0

DEFAULT_LINES = ("The quick brown fox jumps over the lazy dog.",
                 "Witness statement of Jane Example, 3 March 2021.")


def _register_dejavu() -> str:
    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", DEJAVU))
    return "DejaVuSans"


def _save(pdf: pikepdf.Pdf, path: Path, **options: object) -> None:
    """Save with a fixed /ID so the same call makes the same bytes (AES still salts)."""
    pdf.save(path, static_id=True, **options)  # type: ignore[arg-type]


def _canvas(path: Path, pagesize: tuple[float, float] = A4) -> canvas.Canvas:
    return canvas.Canvas(str(path), pagesize=pagesize, invariant=1)


def line_baselines(count: int, page_height: float, size: float = FONT_SIZE,
                   leading: float = LEADING, top: float = MARGIN) -> list[float]:
    """Baselines (PDF user space, origin bottom-left) of ``count`` lines from the top margin."""
    return [page_height - top - size - i * leading for i in range(count)]


def word_box(line: str, word_index: int, baseline: float, page_height: float,
             font: str = "Helvetica", size: float = FONT_SIZE,
             x: float = MARGIN) -> tuple[float, float, float, float]:
    """Where a word of a line drawn by these helpers sits, in top-left page coordinates.

    Vertical extent is approximate (0.75 em above the baseline, 0.2 em below).
    """
    if font == "DejaVuSans":
        _register_dejavu()
    words = line.split(" ")
    x0 = x + pdfmetrics.stringWidth(" ".join(words[:word_index]) + (" " if word_index else ""),
                                    font, size)
    x1 = x0 + pdfmetrics.stringWidth(words[word_index], font, size)
    return x0, page_height - baseline - 0.75 * size, x1, page_height - baseline + 0.2 * size


def _draw_lines(c: canvas.Canvas, lines: Sequence[str], height: float, font: str,
                size: float = FONT_SIZE, x: float = MARGIN) -> None:
    c.setFont(font, size)
    for line, y in zip(lines, line_baselines(len(lines), height, size), strict=True):
        c.drawString(x, y, line)


def text_pdf(dest: Path, lines: Sequence[str] = DEFAULT_LINES, name: str = "text.pdf",
             font: str = "Helvetica", pagesize: tuple[float, float] = A4) -> Path:
    """One page of plain lines."""
    if font == "DejaVuSans":
        _register_dejavu()
    path = Path(dest) / name
    c = _canvas(path, pagesize)
    _draw_lines(c, lines, pagesize[1], font)
    c.showPage()
    c.save()
    return path


def pages_pdf(dest: Path, pages: Sequence[Sequence[str]], name: str = "pages.pdf") -> Path:
    """One page per entry, each with its own lines."""
    path = Path(dest) / name
    c = _canvas(path)
    for lines in pages:
        _draw_lines(c, lines, A4[1], "Helvetica")
        c.showPage()
    c.save()
    return path


def many_page_pdf(dest: Path, count: int = 1000, name: str = "many.pdf") -> Path:
    """``count`` pages, each saying "Page N of the bundle" (fast: one short line a page)."""
    path = Path(dest) / name
    c = _canvas(path)
    for n in range(1, count + 1):
        c.setFont("Helvetica", FONT_SIZE)
        c.drawString(MARGIN, A4[1] - 100, f"Page {n} of the bundle, paragraph {n * 7}.")
        c.showPage()
    c.save()
    return path


def two_column_pdf(dest: Path, left: Sequence[str], right: Sequence[str],
                   name: str = "columns.pdf") -> Path:
    """Two columns of lines; the right column starts at the page's middle."""
    path = Path(dest) / name
    c = _canvas(path)
    c.setFont("Helvetica", 11)
    # Interleave the drawing order so that only layout, not stream order, gives reading order.
    for i in range(max(len(left), len(right))):
        y = A4[1] - MARGIN - 11 - i * 15
        if i < len(right):
            c.drawString(A4[0] / 2 + 10, y, right[i])
        if i < len(left):
            c.drawString(MARGIN, y, left[i])
    c.showPage()
    c.save()
    return path


def rotated_pdf(dest: Path, rotation: int, lines: Sequence[str] = DEFAULT_LINES,
                name: str | None = None) -> Path:
    """A portrait A4 MediaBox with ``/Rotate rotation`` (set with pikepdf: reportlab's own
    rotation swaps the MediaBox); text drawn in user space exactly as on :func:`text_pdf`."""
    path = Path(dest) / (name or f"rotated{rotation}.pdf")
    src = text_pdf(dest, lines, name=f"unrotated-{path.name}")
    with pikepdf.open(src) as pdf:
        pdf.pages[0].obj.Rotate = rotation
        _save(pdf, path)
    src.unlink()
    return path


def table_pdf(dest: Path, rows: Sequence[Sequence[str]], name: str = "table.pdf",
              col_width: float = 140.0, row_height: float = 24.0) -> Path:
    """A ruled table; cell (r, c) spans x = 72 + c*col_width, top = 72 + r*row_height."""
    path = Path(dest) / name
    c = _canvas(path)
    c.setFont("Helvetica", 10)
    h = A4[1]
    ncols = max(len(r) for r in rows)
    for r, row in enumerate(rows):
        for col, cell in enumerate(row):
            x = MARGIN + col * col_width
            top = h - MARGIN - r * row_height
            c.rect(x, top - row_height, col_width, row_height)
            c.drawString(x + 4, top - row_height + 8, cell)
    c.line(MARGIN, h - MARGIN, MARGIN + ncols * col_width, h - MARGIN)
    c.showPage()
    c.save()
    return path


def scan_image(lines: Sequence[str], dpi: int = 200, size: float = 14.0,
               pagesize: tuple[float, float] = A4) -> Image.Image:
    """A white greyscale page image with DejaVu text laid out as :func:`line_baselines`."""
    scale = dpi / 72.0
    image = Image.new("L", (round(pagesize[0] * scale), round(pagesize[1] * scale)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(DEJAVU, round(size * scale))
    for line, base in zip(lines, line_baselines(len(lines), pagesize[1], size), strict=True):
        draw.text((MARGIN * scale, (pagesize[1] - base) * scale), line, fill=0, font=font,
                  anchor="ls")
    return image


def scan_pdf(dest: Path, lines: Sequence[str] = DEFAULT_LINES, name: str = "scan.pdf",
             dpi: int = 200, size: float = 14.0) -> Path:
    """An image-only page (no text layer), like a scanner makes."""
    path = Path(dest) / name
    buf = io.BytesIO()
    scan_image(lines, dpi, size).save(buf, format="PNG")
    c = _canvas(path)
    from reportlab.lib.utils import ImageReader

    c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    return path


def photo_pdf(dest: Path, lines: Sequence[str] = DEFAULT_LINES, name: str = "photo.pdf",
              box: tuple[float, float, float, float] = (300, 420, 500, 560)) -> Path:
    """Text lines above a colour photograph at ``box`` (x0, top, x1, bottom in points from
    the top left): a page with a picture, as statements with exhibits have."""
    path = Path(dest) / name
    photo = Image.new("RGB", (400, 280), (90, 140, 200))
    draw = ImageDraw.Draw(photo)
    for i in range(12):
        draw.ellipse([20 * i, 10 * i, 20 * i + 120, 10 * i + 90],
                     fill=(40 + 15 * i, 200 - 10 * i, 90 + 12 * i))
    buf = io.BytesIO()
    photo.save(buf, "JPEG", quality=85)
    c = _canvas(path)
    _draw_lines(c, lines, A4[1], "Helvetica", FONT_SIZE)
    from reportlab.lib.utils import ImageReader

    x0, top, x1, bottom = box
    c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), x0, A4[1] - bottom, width=x1 - x0,
                height=bottom - top)
    c.showPage()
    c.save()
    return path


def encrypted_pdf(dest: Path, user_password: str = "s3cret", owner_password: str = "owner",  # noqa: S107
                  lines: Sequence[str] = DEFAULT_LINES, name: str = "encrypted.pdf") -> Path:
    """AES-256 encrypted; an empty user password makes an owner-only (permissions) file."""
    plain = text_pdf(dest, lines, name=f"plain-{name}")
    path = Path(dest) / name
    with pikepdf.open(plain) as pdf:
        _save(pdf, path, encryption=pikepdf.Encryption(user=user_password,
                                                       owner=owner_password, R=6))
    plain.unlink()
    return path


def truncated_pdf(dest: Path, keep: float = 0.6, name: str = "truncated.pdf") -> Path:
    """A valid PDF cut short, as an interrupted upload leaves it."""
    src = pages_pdf(dest, [DEFAULT_LINES] * 3, name=f"whole-{name}")
    data = src.read_bytes()
    src.unlink()
    path = Path(dest) / name
    path.write_bytes(data[: int(len(data) * keep)])
    return path


def corrupt_pdf(dest: Path, size: int = 4096, seed: int = 7, name: str = "corrupt.pdf") -> Path:
    """A PDF header followed by random bytes."""
    rng = random.Random(seed)
    path = Path(dest) / name
    path.write_bytes(b"%PDF-1.7\n" + bytes(rng.getrandbits(8) for _ in range(size)))
    return path


def zero_page_pdf(dest: Path, name: str = "empty.pdf") -> Path:
    """A well-formed PDF whose page tree is empty."""
    path = Path(dest) / name
    _save(pikepdf.new(), path)
    return path


def non_latin_pdf(dest: Path, lines: Sequence[str] = ("Привет, мир: свидетель Иванов.",
                                                      "Καλημέρα κόσμε, μάρτυρας."),
                  name: str = "nonlatin.pdf") -> Path:
    """Cyrillic and Greek set in embedded DejaVu Sans."""
    return text_pdf(dest, lines, name=name, font="DejaVuSans")


def form_pdf(dest: Path, fields: Mapping[str, str] | None = None,
             name: str = "form.pdf") -> Path:
    """AcroForm text fields (with appearance streams) stacked down the page, plus a label."""
    fields = fields or {"claimant": "Jane Example", "reference": "AB123456C"}
    path = Path(dest) / name
    c = _canvas(path)
    c.setFont("Helvetica", FONT_SIZE)
    c.drawString(MARGIN, A4[1] - MARGIN - 12, "Application form")
    for i, (field, value) in enumerate(fields.items()):
        c.acroForm.textfield(name=field, value=value, x=MARGIN, y=A4[1] - 150 - i * 40,
                             width=250, height=22, fontName="Helvetica", fontSize=11,
                             borderWidth=1, forceBorder=True)
    c.showPage()
    c.save()
    return path


def annotated_pdf(dest: Path, note: str = "Reviewer note: call Mr Smith",
                  stamp: str = "Confidential remark", name: str = "annotated.pdf") -> Path:
    """A text page plus a sticky note (Contents only) and a FreeText annotation that shows
    ``stamp`` through its appearance stream at rect (300, 500, 500, 530)."""
    path = Path(dest) / name
    src = text_pdf(dest, DEFAULT_LINES, name=f"base-{name}")
    with pikepdf.open(src) as pdf:
        page = pdf.pages[0]
        font = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font,
                                                    Subtype=pikepdf.Name.Type1,
                                                    BaseFont=pikepdf.Name.Helvetica,
                                                    Encoding=pikepdf.Name.WinAnsiEncoding))
        escaped = stamp.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ap = pikepdf.Stream(pdf, f"BT /Helv 12 Tf 4 10 Td ({escaped}) Tj ET".encode())
        ap.Type = pikepdf.Name.XObject
        ap.Subtype = pikepdf.Name.Form
        ap.BBox = [0, 0, 200, 30]
        ap.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=font))
        free = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.FreeText,
                                  Rect=[300, 500, 500, 530], Contents=pikepdf.String(stamp),
                                  DA=pikepdf.String("/Helv 12 Tf 0 g"), F=4,
                                  AP=pikepdf.Dictionary(N=ap))
        sticky = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                    Rect=[72, 600, 92, 620], Contents=pikepdf.String(note),
                                    F=4)
        page.obj.Annots = pdf.make_indirect(pikepdf.Array([pdf.make_indirect(free),
                                                           pdf.make_indirect(sticky)]))
        _save(pdf, path)
    src.unlink()
    return path


def cropped_pdf(dest: Path, crop: tuple[float, float, float, float] = (50, 300, 450, 800),
                inside: str = "Inside the crop box", outside: str = "Outside the crop box",
                name: str = "cropped.pdf") -> Path:
    """A4 MediaBox with a CropBox ``crop``; ``inside`` drawn at user (100, 700), ``outside``
    at user (100, 100), which the crop box hides."""
    path = Path(dest) / name
    src = dest / f"uncropped-{name}"
    c = _canvas(src)
    c.setFont("Helvetica", FONT_SIZE)
    c.drawString(100, 700, inside)
    c.drawString(100, 100, outside)
    c.showPage()
    c.save()
    with pikepdf.open(src) as pdf:
        pdf.pages[0].obj.CropBox = list(crop)
        _save(pdf, path)
    src.unlink()
    return path


def unmapped_glyphs_pdf(dest: Path, name: str = "unmapped.pdf", glyphs: int = 400) -> Path:
    """Text shown with a CID font that has no ToUnicode map: the text layer is unusable."""
    path = Path(dest) / name
    pdf = pikepdf.new()
    descendant = pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.CIDFontType2,
        BaseFont=pikepdf.Name("/NoMapSans"), CIDToGIDMap=pikepdf.Name.Identity,
        CIDSystemInfo=pikepdf.Dictionary(Registry=pikepdf.String("Adobe"),
                                         Ordering=pikepdf.String("Identity"), Supplement=0),
        FontDescriptor=pikepdf.Dictionary(Type=pikepdf.Name.FontDescriptor,
                                          FontName=pikepdf.Name("/NoMapSans"), Flags=4,
                                          FontBBox=[0, -200, 1000, 800], ItalicAngle=0,
                                          Ascent=800, Descent=-200, CapHeight=700, StemV=80),
        DW=500)
    font = pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type0,
                              BaseFont=pikepdf.Name("/NoMapSans"),
                              Encoding=pikepdf.Name("/Identity-H"),
                              DescendantFonts=[pdf.make_indirect(descendant)])
    rows = []
    per_line = 40
    for i in range(0, glyphs, per_line):
        hexes = "".join(f"{(j % 90) + 3:04X}" for j in range(i, min(i + per_line, glyphs)))
        rows.append(f"BT /F1 12 Tf 72 {760 - (i // per_line) * 16} Td <{hexes}> Tj ET")
    content = pikepdf.Stream(pdf, "\n".join(rows).encode())
    page = pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=[0, 0, A4[0], A4[1]],
                              Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font)),
                              Contents=pdf.make_indirect(content))
    pdf.pages.append(pikepdf.Page(page))
    _save(pdf, path)
    return path


def type3_pdf(dest: Path, name: str = "type3.pdf") -> Path:
    """A line in a Type 3 font (glyphs drawn as boxes by content streams, mapped to text by
    its encoding: "abc cab" at user (72, 700)) above a line of Helvetica at (72, 650)."""
    path = Path(dest) / name
    pdf = pikepdf.new()
    glyph = pdf.make_stream(b"500 0 0 0 400 600 d1 0 0 400 600 re f")
    procs = pikepdf.Dictionary(a=glyph, b=glyph, c=glyph,
                               space=pdf.make_stream(b"250 0 0 0 0 0 d1"))
    differences = [97, pikepdf.Name.a, pikepdf.Name.b, pikepdf.Name.c, 32, pikepdf.Name.space]
    type3 = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type3, FontBBox=[0, -200, 500, 800],
        FontMatrix=[0.001, 0, 0, 0.001, 0, 0], CharProcs=procs,
        Encoding=pikepdf.Dictionary(Type=pikepdf.Name.Encoding, Differences=differences),
        FirstChar=32, LastChar=99, Widths=[250] + [0] * 64 + [500, 500, 500],
        Resources=pikepdf.Dictionary()))
    helvetica = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica))
    content = (b"BT /T3 12 Tf 72 700 Td (abc cab) Tj ET "
               b"BT /F1 12 Tf 72 650 Td (Plain words on the same page) Tj ET")
    pdf.pages.append(pikepdf.Page(pikepdf.Dictionary(
        Type=pikepdf.Name.Page, MediaBox=[0, 0, A4[0], A4[1]],
        Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(T3=type3, F1=helvetica)),
        Contents=pdf.make_stream(content))))
    _save(pdf, path)
    return path


# -- archives ---------------------------------------------------------------------------

def zip_of(dest: Path, members: Mapping[str, bytes | Path], name: str = "bundle.zip",
           compression: int = zipfile.ZIP_DEFLATED) -> Path:
    """A zip archive holding ``members`` (name -> bytes, or a file whose bytes are taken)."""
    path = Path(dest) / name
    with zipfile.ZipFile(path, "w", compression=compression) as zf:
        for member, content in members.items():
            data = content.read_bytes() if isinstance(content, Path) else content
            info = zipfile.ZipInfo(member, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = compression
            zf.writestr(info, data)
    return path


def zip_with_symlink(dest: Path, target: str = "/etc/passwd", link_name: str = "link.pdf",
                     extra: Mapping[str, bytes] | None = None,
                     name: str = "symlink.zip") -> Path:
    """An archive with a Unix symlink member (plus ``extra`` ordinary members)."""
    path = Path(dest) / name
    with zipfile.ZipFile(path, "w") as zf:
        info = zipfile.ZipInfo(link_name, date_time=(2024, 1, 1, 0, 0, 0))
        info.create_system = 3
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, target)
        for member, data in (extra or {}).items():
            zf.writestr(zipfile.ZipInfo(member, date_time=(2024, 1, 1, 0, 0, 0)), data)
    return path


def zip_bomb(dest: Path, member_bytes: int = 50 * 1024 * 1024, members: int = 1,
             extra: Mapping[str, bytes] | None = None, name: str = "bomb.zip") -> Path:
    """Members of ``member_bytes`` zeros behind a PDF header: tiny compressed, huge expanded."""
    path = Path(dest) / name
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for member, data in (extra or {}).items():
            info = zipfile.ZipInfo(member, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
        chunk = bytes(1024 * 1024)
        for i in range(members):
            info = zipfile.ZipInfo(f"bomb{i}.pdf", date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            with zf.open(info, "w", force_zip64=True) as out:
                out.write(b"%PDF-1.7\n")
                left = member_bytes
                while left > 0:
                    out.write(chunk[: min(left, len(chunk))])
                    left -= len(chunk)
    return path


def lying_zip(dest: Path, real: bytes, declared_size: int, name: str = "lying.zip") -> Path:
    """A stored (uncompressed) member whose headers under-declare its size: the central
    directory says ``declared_size`` but ``real`` bytes follow."""
    path = zip_of(dest, {"liar.pdf": real}, name=name, compression=zipfile.ZIP_STORED)
    data = bytearray(path.read_bytes())
    size = len(real).to_bytes(4, "little")
    lie = declared_size.to_bytes(4, "little")
    # Patch the uncompressed-size fields (local header offset 22, central directory 24).
    local = data.index(b"PK\x03\x04")
    assert data[local + 22: local + 26] == size
    data[local + 22: local + 26] = lie
    central = data.index(b"PK\x01\x02")
    assert data[central + 24: central + 28] == size
    data[central + 24: central + 28] = lie
    path.write_bytes(bytes(data))
    return path


def all_kinds(dest: Path) -> dict[str, Path]:
    """One of each PDF kind, by name: handy for batch tests."""
    dest = Path(dest)
    return {
        "text": text_pdf(dest),
        "columns": two_column_pdf(dest, ["Left one", "Left two"], ["Right one", "Right two"]),
        "rotated90": rotated_pdf(dest, 90),
        "table": table_pdf(dest, [["Name", "Role"], ["Jane Example", "Witness"]]),
        "scan": scan_pdf(dest),
        "encrypted": encrypted_pdf(dest),
        "truncated": truncated_pdf(dest),
        "corrupt": corrupt_pdf(dest),
        "zero": zero_page_pdf(dest),
        "nonlatin": non_latin_pdf(dest),
        "form": form_pdf(dest),
        "annotated": annotated_pdf(dest),
        "cropped": cropped_pdf(dest),
    }



def zip_with_encrypted_member(dest: Path, extra: Mapping[str, bytes] | None = None,
                              name: str = "locked-member.zip") -> Path:
    """First member "locked.pdf" flagged as encrypted (ZipCrypto flag bit set in both
    headers), followed by ``extra`` ordinary members."""
    members = {"locked.pdf": b"%PDF-1.4\n" + bytes(64), **(extra or {})}
    path = zip_of(dest, members, name=name, compression=zipfile.ZIP_STORED)
    data = bytearray(path.read_bytes())
    local = data.index(b"PK\x03\x04")
    data[local + 6] |= 0x1
    central = data.index(b"PK\x01\x02")
    data[central + 8] |= 0x1
    path.write_bytes(bytes(data))
    return path


def broken_page_pdf(dest: Path, name: str = "broken-page.pdf") -> Path:
    """Three pages of text; the second draws a Form XObject whose font is broken, so reading
    it fails midway through a nested drawing (the case that can poison later pages)."""
    src = pages_pdf(dest, [[f"Page {n} is fine and has plenty of words on it."]
                           for n in (1, 2, 3)], name=f"whole-{name}")
    path = Path(dest) / name
    with pikepdf.open(src) as pdf:
        page = pdf.pages[1].obj
        form = pikepdf.Stream(pdf, b"BT /F1 12 Tf 72 500 Td (inside) Tj ET")
        form.Type, form.Subtype = pikepdf.Name.XObject, pikepdf.Name.Form
        form.BBox = [0, 0, A4[0], A4[1]]
        form.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type0, DescendantFonts=42)))
        page.Resources.XObject = pikepdf.Dictionary(Fm1=pdf.make_indirect(form))
        page.Contents = pdf.make_indirect(pikepdf.Stream(pdf, b"q /Fm1 Do Q"))
        _save(pdf, path)
    src.unlink()
    return path
