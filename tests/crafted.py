"""Hostile and odd files, made in code: each one exhausted something before containment.

No binary blobs: every file is written here with pikepdf (or zipfile) from a few lines.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path

import pikepdf

from tests import pdfs


def _one_page(content: bytes, width: float = 612, height: float = 792,
              resources: dict | None = None) -> pikepdf.Pdf:
    pdf = pikepdf.new()
    font = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica))
    res = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font))
    for key, value in (resources or {}).items():
        res[key] = value
    page = pikepdf.Page(pikepdf.Dictionary(
        Type=pikepdf.Name.Page, MediaBox=[0, 0, width, height], Resources=res,
        Contents=pdf.make_stream(content)))
    pdf.pages.append(page)
    return pdf


def recursive_xobjects(dest: Path, name: str = "recursive.pdf") -> Path:
    """Two form XObjects that draw each other, many times each: pdfium recurses and grows."""
    pdf = pikepdf.new()
    draw = b"q 0.5 0 0 0.5 0 0 cm /A Do Q " * 8 + b"q 0.5 0 0 0.5 10 10 cm /B Do Q " * 8
    a = pdf.make_stream(draw, Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form,
                        BBox=[0, 0, 612, 792])
    b = pdf.make_stream(draw, Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form,
                        BBox=[0, 0, 612, 792])
    both = pikepdf.Dictionary(A=a, B=b)
    a.Resources = pikepdf.Dictionary(XObject=both)
    b.Resources = pikepdf.Dictionary(XObject=both)
    page = pikepdf.Page(pikepdf.Dictionary(
        Type=pikepdf.Name.Page, MediaBox=[0, 0, 612, 792],
        Resources=pikepdf.Dictionary(XObject=both),
        Contents=pdf.make_stream(b"/A Do /B Do")))
    pdf.pages.append(page)
    out = dest / name
    pdf.save(out)
    return out


def huge_page(dest: Path, points: float, name: str | None = None,
              text: str = "Statement of Jane Doe about the large plan.") -> Path:
    """One square page ``points`` wide with a line of text (9,200 and 14,400 in the issue)."""
    size = 12 * points / 612
    content = (f"BT /F1 {size:.1f} Tf {points * 0.1:.1f} {points * 0.8:.1f} Td ({text}) Tj ET"
               .encode())
    pdf = _one_page(content, points, points)
    out = dest / (name or f"page-{int(points)}pt.pdf")
    pdf.save(out)
    return out


def slow_text_page(dest: Path, name: str = "slow-text.pdf", target_bytes: int = 31_000) -> Path:
    """A small page of repeated text operators: pdfminer's layout analysis goes quadratic."""
    one = b"BT /F1 1 Tf 3 Tr 10 10 Td (x) Tj ET "
    unit = b"(x) Tj 0.001 0 Td "
    body = b"BT /F1 1 Tf 3 Tr 10 10 Td " + unit * ((target_bytes * 40) // len(unit)) + b"ET"
    pdf = _one_page(one + body)
    pdf.pages[0].Contents = pdf.make_stream(zlib.compress(one + body, 9),
                                            Filter=pikepdf.Name.FlateDecode)
    out = dest / name
    pdf.save(out, compress_streams=False)
    return out


def many_pages(dest: Path, count: int = 100_000, name: str = "many-pages.pdf") -> Path:
    """``count`` pages that share one content stream and one resources dictionary (~1 MB).

    Written as raw PDF text: building 100,000 pages through a PDF library takes minutes."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               b"<< /Length 33 >>\nstream\nBT /F1 12 Tf 72 720 Td (Page) Tj ET\nendstream"]
    first = len(objects) + 1
    kids = b" ".join(b"%d 0 R" % (first + i) for i in range(count))
    objects[1] = b"<< /Type /Pages /Count %d /Kids [%s] >>" % (count, kids)
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>")
    objects += [page] * count
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    raw = dest / f"raw-{name}"
    raw.write_bytes(bytes(out))
    path = dest / name
    with pikepdf.open(raw) as pdf:  # object streams: about 1 MB, as in the issue
        pdf.save(path, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    raw.unlink()
    return path


def overlapping_zip(dest: Path, member: bytes, entries: int = 40,
                    name: str = "overlap.zip") -> Path:
    """A zip whose central directory lists ``entries`` files that all point at one member."""
    plain = Path(dest / "plain.zip")
    with zipfile.ZipFile(plain, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.pdf", member)
    raw = plain.read_bytes()
    plain.unlink()
    end = raw.rindex(b"PK\x05\x06")
    cd_offset = struct.unpack("<I", raw[end + 16:end + 20])[0]
    central = raw[cd_offset:end]
    name_len = struct.unpack("<H", central[28:30])[0]
    records = b""
    for i in range(entries):
        new_name = f"copy{i:04d}.pdf".encode()
        record = bytearray(central[:46]) + new_name + central[46 + name_len:]
        struct.pack_into("<H", record, 28, len(new_name))
        records += bytes(record)
    local = raw[:cd_offset]
    eocd = bytearray(raw[end:end + 22])
    struct.pack_into("<HHII", eocd, 8, entries, entries, len(records), len(local))
    out = dest / name
    out.write_bytes(local + records + bytes(eocd))
    return out


def form_fields(dest: Path, values: dict[str, str], name: str = "form.pdf") -> Path:
    """A page with AcroForm text fields whose values have no appearance stream."""
    pdf = _one_page(b"BT /F1 12 Tf 72 740 Td (Witness details) Tj ET")
    page = pdf.pages[0]
    fields = []
    y = 700
    for field_name, value in values.items():
        widget = pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Tx,
            T=pikepdf.String(field_name), V=pikepdf.String(value), Rect=[72, y, 400, y + 20],
            F=4, DA=pikepdf.String("/Helv 11 Tf 0 g"), P=page.obj))
        fields.append(widget)
        y -= 40
    page.Annots = pdf.make_indirect(pikepdf.Array(fields))
    pdf.Root.AcroForm = pdf.make_indirect(pikepdf.Dictionary(
        Fields=pikepdf.Array(fields), DA=pikepdf.String("/Helv 11 Tf 0 g")))
    out = dest / name
    pdf.save(out)
    return out


def large_scan(dest: Path, points: float = 3400.0, name: str = "large-scan.pdf") -> Path:
    """A scan of one large page (A0-ish): no text layer, an image the size of the page."""
    image_path = pdfs.scan_pdf(dest, ["Plan of the site prepared for the inquiry"],
                               name="small-scan.pdf")
    src = pikepdf.open(image_path)
    page = src.pages[0]
    scale = points / float(page.mediabox[2])
    height = float(page.mediabox[3]) * scale
    content = f"q {scale:.4f} 0 0 {scale:.4f} 0 0 cm ".encode() + page.Contents.read_bytes() \
        + b" Q"
    page.Contents = src.make_stream(content)
    page.MediaBox = [0, 0, points, height]
    out = dest / name
    src.save(out)
    return out
