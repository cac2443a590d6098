"""Render annotated evaluation documents (``FORMAT.md``) to PDF, with their answer key.

Layout runs once into a display list of positioned operations per page (text, lines,
boxes, pictures, in points from the top-left of the displayed page); two back ends draw
that list: reportlab for text PDFs, Pillow for image-only "photocopies". Everything is
deterministic: the same document gives the same file.

    python -m bench.evalset.layout --check tuning [--out DIR]

builds every document of a part and checks that each annotated item is readable in the
source PDF (pdftotext for text PDFs, OCR for scans), so a layout mistake (a clipped cell, a
lost line) is caught before the item is scored.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import io
import math
import random
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

EVALSET = Path(__file__).resolve().parent
MARK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]|\{\{([^|}]+)\|([^}]+)\}\}")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
_TTF = {
    "DejaVuSans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "DejaVuSerif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "DejaVuSansCondensed": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
    "DejaVuSerifCondensed": ("DejaVuSerifCondensed.ttf", "DejaVuSerifCondensed-Bold.ttf"),
    "DejaVuSansMono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"),
}
_BOLD = {
    "Helvetica": "Helvetica-Bold",
    "Helvetica-Bold": "Helvetica-Bold",
    "Times-Roman": "Times-Bold",
    "Times-Italic": "Times-BoldItalic",
    "Courier": "Courier-Bold",
}
_SCAN_FACE = {"mono": "DejaVuSansMono", "sans": "DejaVuSans", "serif": "DejaVuSerif"}
_PAGESIZES = {"A4": A4, "letter": letter, "A4-landscape": landscape(A4)}


@dataclass(frozen=True)
class Item:
    doc: str
    must: str  # "redact" or "keep"
    category: str
    text: str


# ----------------------------------------------------------------------- answer key
def _strip(value, doc_id: str, items: list[Item]):  # noqa: ANN001, ANN202 - any JSON-like value
    if isinstance(value, str):

        def sub(m: re.Match) -> str:
            if m.group(1):
                items.append(Item(doc_id, "redact", m.group(1).strip(), m.group(2)))
                return m.group(2)
            items.append(Item(doc_id, "keep", m.group(3).strip(), m.group(4)))
            return m.group(4)

        return MARK.sub(sub, value)
    if isinstance(value, list):
        return [_strip(v, doc_id, items) for v in value]
    if isinstance(value, dict):
        return {k: _strip(v, doc_id, items) for k, v in value.items()}
    return value


def answer_key(doc: dict) -> tuple[dict, list[Item]]:
    """The document with its markup removed, and every annotated item in order."""
    items: list[Item] = []
    plain = {k: _strip(v, doc["id"], items) for k, v in doc.items() if k in (
        "blocks", "header", "footer")}
    return {**doc, **plain}, items


def plain_text(doc: dict) -> str:
    """All the document's text without markup, for throughput runs."""
    plain, _ = answer_key(doc)
    out: list[str] = [plain.get("header", ""), plain.get("footer", "")]

    def walk(v) -> None:  # noqa: ANN001
        if isinstance(v, str):
            out.append(v)
        elif isinstance(v, list):
            for x in v:
                walk(x)
        elif isinstance(v, dict):
            for k, x in v.items():
                if k not in ("level", "boxed", "header", "widths", "w", "h", "image"):
                    walk(x)

    walk(plain["blocks"])
    return "\n".join(s for s in out if s and isinstance(s, str))


# --------------------------------------------------------------------------- fonts
def _font_names(font: str) -> tuple[str, str]:
    if font in _TTF:
        regular, bold = _TTF[font]
        for name, file in ((font, regular), (font + "-Bold", bold)):
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, str(DEJAVU / file)))
        return font, font + "-Bold"
    if font not in _BOLD:
        raise ValueError(f"unknown font {font!r}: use one of {sorted(_BOLD) + sorted(_TTF)}")
    return font, _BOLD[font]


def _width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for para in text.split("\n"):
        line = ""
        for word in para.split():
            trial = f"{line} {word}" if line else word
            if line and _width(trial, font, size) > width:
                lines.append(line)
                line = word
            else:
                line = trial
        lines.append(line)
    return lines


# ---------------------------------------------------------------------- layout
@dataclass
class Op:
    kind: str  # text, line, rect, image
    args: tuple


@dataclass
class _Flow:
    width: float
    height: float
    font: str
    bold: str
    size: float
    columns: int = 1
    margin: float = 64.0
    pages: list[list[Op]] = field(default_factory=lambda: [[]])
    col: int = 0
    y: float = 0.0

    def __post_init__(self) -> None:
        self.leading = self.size * 1.38
        self.gutter = 18.0
        inner = self.width - 2 * self.margin - (self.columns - 1) * self.gutter
        self.col_w = inner / self.columns
        self.y = self.top

    @property
    def top(self) -> float:
        return self.margin + 8

    @property
    def bottom(self) -> float:
        return self.height - self.margin

    @property
    def x(self) -> float:
        return self.margin + self.col * (self.col_w + self.gutter)

    def new_page(self) -> None:
        self.pages.append([])
        self.col = 0
        self.y = self.top

    def ensure(self, h: float) -> None:
        if self.y + h <= self.bottom or self.y == self.top:
            return
        if self.col + 1 < self.columns:
            self.col += 1
            self.y = self.top
        else:
            self.new_page()

    def op(self, kind: str, *args) -> None:  # noqa: ANN002
        self.pages[-1].append(Op(kind, args))

    def text(self, x: float, text: str, font: str | None = None, size: float | None = None) -> None:
        self.op("text", x, self.y, text, font or self.font, size or self.size)

    def lines(self, lines: list[str], indent: float = 0.0, font: str | None = None) -> None:
        """Lines at ``indent`` from the current column, which may change as they flow."""
        for line in lines:
            self.ensure(self.leading)
            self.text(self.x + indent, line, font)
            self.y += self.leading

    # blocks --------------------------------------------------------------------
    def paragraph(self, text: str) -> None:
        self.lines(_wrap(text, self.font, self.size, self.col_w))
        self.y += self.leading * 0.5

    def heading(self, text: str, level: int) -> None:
        size = self.size * (1.3 if level == 1 else 1.1)
        self.ensure(size * 2.2)
        self.y += size * 0.4
        for line in _wrap(text, self.bold, size, self.col_w):
            w = _width(line, self.bold, size)
            x = self.x + (self.col_w - w) / 2 if level == 1 else self.x
            self.text(x, line, self.bold, size)
            self.y += size * 1.35
        self.y += size * 0.4

    def fields(self, pairs: list[list[str]], boxed: bool) -> None:
        label_w = min(150.0, self.col_w * 0.32)
        for label, value in pairs:
            vl = _wrap(value, self.font, self.size, self.col_w - label_w - 8)
            ll = _wrap(label, self.bold, self.size, label_w - 6)
            n = max(len(vl), len(ll))
            h = n * self.leading + (6 if boxed else 2)
            self.ensure(h)
            top = self.y
            if boxed:
                self.op("rect", self.x, top - self.size - 2, self.col_w, h)
                self.op("line", self.x + label_w, top - self.size - 2, self.x + label_w,
                        top - self.size - 2 + h)
                self.y += 2
            for i, line in enumerate(ll):
                self.op("text", self.x + 3, self.y + i * self.leading, line, self.bold, self.size)
            for i, line in enumerate(vl):
                self.op("text", self.x + label_w + 5, self.y + i * self.leading, line, self.font,
                        self.size)
            self.y = top + h
        self.y += self.leading * 0.4

    def table(self, rows: list[list[str]], header: bool, widths: list[float] | None) -> None:
        ncol = max(len(r) for r in rows)
        widths = widths or [1.0 / ncol] * ncol
        total = sum(widths)
        cols = [self.col_w * w / total for w in widths]
        size = self.size - 1
        lead = size * 1.3
        for r, row in enumerate(rows):
            font = self.bold if header and r == 0 else self.font
            cells = [_wrap(c, font, size, cols[i] - 6) for i, c in enumerate(row)]
            h = max(len(c) for c in cells) * lead + 5
            self.ensure(h)
            top = self.y - size - 1
            self.op("line", self.x, top, self.x + self.col_w, top)
            x = self.x
            for i, cell in enumerate(cells):
                for k, line in enumerate(cell):
                    self.op("text", x + 3, self.y + 1 + k * lead, line, font, size)
                self.op("line", x, top, x, top + h)
                x += cols[i]
            self.op("line", x, top, x, top + h)
            self.op("line", self.x, top + h, self.x + self.col_w, top + h)
            self.y += h
        self.y += self.leading * 0.6

    def turn(self, speaker: str, speech: str) -> None:
        indent = max(70.0, min(130.0, _width(speaker, self.bold, self.size) + 12))
        lines = _wrap(speech, self.font, self.size, self.col_w - indent)
        self.ensure(self.leading)
        self.text(self.x, speaker, self.bold)
        for i, line in enumerate(lines):
            if i:
                self.ensure(self.leading)
            self.text(self.x + indent, line)
            self.y += self.leading
        self.y += self.leading * 0.3

    def numbered(self, lines: list[str]) -> None:
        for line in lines:
            self.ensure(self.leading)
            n = getattr(self, "_line_no", {}).get(len(self.pages), 0) + 1
            self._line_no = {**getattr(self, "_line_no", {}), len(self.pages): n}
            self.text(self.x - 26, f"{n:>2}", self.font, self.size - 1)
            self.text(self.x, line)
            self.y += self.leading

    def aligned(self, text: str, how: str) -> None:
        self.ensure(self.leading)
        w = _width(text, self.font, self.size)
        x = self.x + self.col_w - w if how == "right" else self.x + (self.col_w - w) / 2
        self.text(x, text)
        self.y += self.leading

    def ticks(self, pairs: list) -> None:
        for label, ticked in pairs:
            lines = _wrap(label, self.font, self.size, self.col_w - 20)
            self.ensure(self.leading * len(lines))
            s = self.size * 0.8
            self.op("rect", self.x, self.y - s, s, s)
            if ticked:
                self.op("line", self.x, self.y - s, self.x + s, self.y)
                self.op("line", self.x + s, self.y - s, self.x, self.y)
            self.lines(lines, 16)
        self.y += self.leading * 0.3

    def image(self, kind: str, w: float, h: float, caption: str | None) -> None:
        w = min(w, self.col_w)
        self.ensure(h + (self.leading if caption else 0) + 6)
        self.op("image", kind, self.x, self.y - self.size, w, h)
        self.y += h + 4
        if caption:
            self.lines(_wrap(caption, self.font, self.size - 1, self.col_w))
        self.y += 4

    def rule(self) -> None:
        self.ensure(8)
        self.op("line", self.x, self.y - self.size / 2, self.x + self.col_w, self.y - self.size / 2)
        self.y += 8


def layout(doc: dict) -> tuple[tuple[float, float], list[list[Op]]]:
    """Pages of drawing operations for a document without markup."""
    size = (842.0, 595.0) if doc.get("rotate") == 90 else _PAGESIZES[doc.get("pagesize", "A4")]
    face = doc.get("font", "Helvetica")
    if doc.get("scan"):
        face = _SCAN_FACE[doc["scan"].get("face", "mono")]
    font, bold = _font_names(face)
    flow = _Flow(size[0], size[1], font, bold, float(doc.get("size", 10.5)),
                 columns=int(doc.get("columns", 1)))
    for b in doc["blocks"]:
        if isinstance(b, str):
            flow.paragraph(b)
        elif "image" in b:
            flow.image(b["image"], float(b.get("w", 180)), float(b.get("h", 120)), b.get("caption"))
        elif "h" in b:
            flow.heading(b["h"], int(b.get("level", 2)))
        elif "kv" in b:
            flow.fields(b["kv"], bool(b.get("boxed")))
        elif "table" in b:
            flow.table(b["table"], bool(b.get("header", True)), b.get("widths"))
        elif "turn" in b:
            flow.turn(*b["turn"])
        elif "numbered" in b:
            flow.numbered(b["numbered"])
        elif "pre" in b:
            flow.lines(b["pre"])
            flow.y += flow.leading * 0.4
        elif "right" in b or "center" in b:
            flow.aligned(b.get("right") or b["center"], "right" if "right" in b else "center")
        elif "ticks" in b:
            flow.ticks(b["ticks"])
        elif "rule" in b:
            flow.rule()
        elif "space" in b:
            flow.y += float(b["space"])
        elif "pagebreak" in b:
            flow.new_page()
        else:
            raise ValueError(f"{doc['id']}: unknown block {sorted(b)}")
    pages = [p for p in flow.pages if p]
    for n, page in enumerate(pages, start=1):
        for key, y in (("header", 36.0), ("footer", size[1] - 30)):
            if doc.get(key):
                text = doc[key].replace("{page}", str(n)).replace("{pages}", str(len(pages)))
                w = _width(text, font, flow.size - 1.5)
                page.append(Op("text", ((size[0] - w) / 2, y, text, font, flow.size - 1.5)))
    return size, pages


# ------------------------------------------------------------------------ pictures
def _picture(kind: str, w: int, h: int, seed: int) -> Image.Image:
    rnd = random.Random(seed)
    if kind == "photo":
        img = Image.new("RGB", (w, h))
        px = img.load()
        c0 = [rnd.randrange(60, 200) for _ in range(3)]
        c1 = [rnd.randrange(30, 230) for _ in range(3)]
        for y in range(h):
            t = y / max(1, h - 1)
            row = tuple(int(a + (b - a) * t) for a, b in zip(c0, c1, strict=True))
            for x in range(w):
                px[x, y] = row
        d = ImageDraw.Draw(img)
        for _ in range(14):
            x0, y0 = rnd.randrange(w), rnd.randrange(h)
            r = rnd.randrange(max(4, min(w, h) // 10), max(5, min(w, h) // 3))
            d.ellipse([x0 - r, y0 - r, x0 + r, y0 + r],
                      fill=tuple(rnd.randrange(256) for _ in range(3)))
        return img.filter(ImageFilter.GaussianBlur(2))
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    if kind == "logo":
        d.ellipse([w * 0.05, h * 0.1, w * 0.45, h * 0.9], fill=(20, 60, 140))
        d.rectangle([w * 0.5, h * 0.3, w * 0.95, h * 0.45], fill=(20, 60, 140))
        d.rectangle([w * 0.5, h * 0.55, w * 0.8, h * 0.7], fill=(160, 20, 40))
    elif kind == "signature":
        pts = [(w * 0.05, h * 0.6)]
        for i in range(1, 40):
            pts.append((w * (0.05 + 0.9 * i / 39), h * (0.5 + 0.3 * math.sin(i * 1.3 + seed))))
        d.line(pts, fill=(10, 10, 60), width=max(2, h // 30))
    elif kind == "map":
        for _ in range(25):
            d.line([(rnd.randrange(w), rnd.randrange(h)), (rnd.randrange(w), rnd.randrange(h))],
                   fill=(120, 120, 120), width=rnd.choice((1, 2, 4)))
        d.rectangle([w * 0.45, h * 0.45, w * 0.55, h * 0.55], outline=(200, 0, 0), width=3)
    else:
        raise ValueError(f"unknown picture {kind!r}: use photo, logo, signature or map")
    return img


def _seed(doc: dict, extra: str = "") -> int:
    return int(hashlib.sha256((doc["id"] + extra).encode()).hexdigest()[:8], 16)


# ------------------------------------------------------------------------ back ends
def _draw_pdf(doc: dict, size: tuple[float, float], pages: list[list[Op]], path: Path) -> None:
    rotate = doc.get("rotate") == 90
    # reportlab takes the displayed size and writes a portrait MediaBox under /Rotate 90
    c = canvas.Canvas(str(path), pagesize=size, invariant=1)
    for n, page in enumerate(pages):
        if rotate:
            # landscape content on a portrait MediaBox shown turned by /Rotate 90
            c.setPageRotation(90)
            c.transform(0, 1, -1, 0, size[1], 0)
        H = size[1]
        for op in page:
            if op.kind == "text":
                x, y, text, font, fsize = op.args
                c.setFont(font, fsize)
                c.drawString(x, H - y, text)
            elif op.kind == "line":
                x0, y0, x1, y1 = op.args
                c.setLineWidth(0.4)
                c.line(x0, H - y0, x1, H - y1)
            elif op.kind == "rect":
                x, y, w, h = op.args
                c.setLineWidth(0.5)
                c.rect(x, H - y - h, w, h)
            elif op.kind == "image":
                kind, x, y, w, h = op.args
                img = _picture(kind, int(w * 2), int(h * 2), _seed(doc, f"{n}{x}{y}"))
                buf = io.BytesIO()
                img.save(buf, "JPEG" if kind == "photo" else "PNG", quality=85)
                buf.seek(0)
                c.drawImage(ImageReader(buf), x, H - y - h, w, h)
        c.showPage()
    c.save()


def _draw_scan(doc: dict, size: tuple[float, float], pages: list[list[Op]], path: Path) -> None:
    scan = doc["scan"]
    dpi = int(scan.get("dpi", 200))
    k = dpi / 72
    rnd = random.Random(_seed(doc))
    rotate = doc.get("rotate") == 90
    c = canvas.Canvas(str(path), pagesize=size, invariant=1)
    for n, page in enumerate(pages):
        img = Image.new("L", (int(size[0] * k), int(size[1] * k)), 242)
        d = ImageDraw.Draw(img)
        for op in page:
            if op.kind == "text":
                x, y, text, font, fsize = op.args
                face = next((f for name, (r, b) in _TTF.items() for f, nm in (
                    (r, name), (b, name + "-Bold")) if nm == font), "DejaVuSansMono.ttf")
                pil = ImageFont.truetype(str(DEJAVU / face), max(6, round(fsize * k)))
                d.text((x * k, y * k), text, fill=28, font=pil, anchor="ls")
            elif op.kind == "line":
                x0, y0, x1, y1 = op.args
                d.line([(x0 * k, y0 * k), (x1 * k, y1 * k)], fill=40, width=max(1, int(k / 2)))
            elif op.kind == "rect":
                x, y, w, h = op.args
                d.rectangle([x * k, y * k, (x + w) * k, (y + h) * k], outline=40,
                            width=max(1, int(k / 2)))
            elif op.kind == "image":
                kind, x, y, w, h = op.args
                pic = _picture(kind, int(w * k), int(h * k), _seed(doc, f"{n}{x}{y}")).convert("L")
                img.paste(pic, (int(x * k), int(y * k)))
        for _ in range(int(scan.get("noise", 1500))):
            d.point((rnd.randrange(img.width), rnd.randrange(img.height)),
                    fill=rnd.randrange(110, 210))
        img = img.rotate(float(scan.get("skew", 0.4)), resample=Image.BICUBIC, fillcolor=242)
        img = img.filter(ImageFilter.GaussianBlur(float(scan.get("blur", 0.6))))
        buf = io.BytesIO()
        img.save(buf, "PNG")
        buf.seek(0)
        if rotate:
            c.setPageRotation(90)
            c.transform(0, 1, -1, 0, size[1], 0)
        c.drawImage(ImageReader(buf), 0, 0, width=size[0], height=size[1])
        c.showPage()
    c.save()


def build_pdf(doc: dict, path: Path) -> list[Item]:
    """Write ``doc`` to ``path``; return its answer key."""
    plain, items = answer_key(doc)
    size, pages = layout(plain)
    (_draw_scan if doc.get("scan") else _draw_pdf)(plain, size, pages, Path(path))
    return items


# ---------------------------------------------------------------------------- parts
PARTS = ("original", "tuning", "test", "tuning2", "test2", "tuning3", "test3", "test4",
         "tuning4", "tuning5", "tuning6", "tuning7", "tuning8", "test5", "test6", "test7",
         "test8", "test9", "test10", "test11", "test12", "test13")


def load_part(part: str) -> tuple[list[dict], Path, Path]:
    """(documents, register CSV, keep list) of an evaluation part."""
    if part == "original":
        from bench.evalset.documents import DOCUMENTS

        return DOCUMENTS, EVALSET / "register.csv", EVALSET / "keep.txt"
    if part not in PARTS:
        raise SystemExit(f"unknown part {part!r}: use one of {', '.join(PARTS)}")
    module = importlib.import_module(f"bench.evalset.{part}.documents")
    return module.DOCUMENTS, EVALSET / part / "register.csv", EVALSET / part / "keep.txt"


def is_v2(doc: dict) -> bool:
    return "layout" in doc


def check_part(part: str, out: Path | None = None) -> int:
    """Build every document; report items not readable in the source PDF. Exit status."""
    docs, register, keep = load_part(part)
    problems: list[str] = []
    ids = [d["id"] for d in docs]
    for dup in sorted({i for i in ids if ids.count(i) > 1}):
        problems.append(f"duplicate id {dup}")
    work = out or Path(tempfile.mkdtemp(prefix=f"evalset-{part}-"))
    work.mkdir(parents=True, exist_ok=True)
    totals = {"redact": 0, "keep": 0, "pages": 0}
    for doc in docs:
        path = work / f"{doc['id']}.pdf"
        try:
            items = build_pdf(doc, path)
        except Exception as exc:  # noqa: BLE001 - report every broken document at once
            problems.append(f"{doc['id']}: cannot build: {type(exc).__name__}: {exc}")
            continue
        # A scan's items are checked by the scorer's OCR of every page; here only text
        # PDFs are searched (OCR of a whole part would cost minutes and prove nothing new).
        text = "" if doc.get("scan") else subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, check=True).stdout.decode()
        flat = " ".join(text.split())
        pages = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True)
        totals["pages"] += int(re.search(rb"Pages:\s+(\d+)", pages.stdout).group(1))
        for i in items:
            totals[i.must] += 1
            words = [re.escape(w) for w in i.text.split()]
            rx = re.compile(r"(?<![^\W_])" + r"\s+".join(words) + r"(?![^\W_])")
            if not doc.get("scan") and not rx.search(flat):
                problems.append(f"{doc['id']}: {i.must} {i.category} {i.text!r} not found as "
                                "whole words in the source PDF's text (clipped, glued to a "
                                "neighbouring cell, or broken by the layout?)")
    print(f"{part}: {len(docs)} documents, {totals['pages']} pages, {totals['redact']} "
          f"must-redact and {totals['keep']} must-keep items; PDFs in {work}")
    for p in problems:
        print("  PROBLEM", p)
    for f in (register, keep):
        if not f.exists():
            print("  PROBLEM missing", f)
            problems.append(str(f))
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", choices=PARTS, required=True)
    ap.add_argument("--out", type=Path, help="keep the PDFs here")
    args = ap.parse_args(argv)
    return check_part(args.check, args.out)


if __name__ == "__main__":
    sys.path.insert(0, str(EVALSET.parent.parent))
    sys.exit(main())
