"""Publication throughput and memory: apply plus verify vs rendering and OCR alone.

    .venv/bin/python bench/publish.py [--pages 40] [--big 1000] [--lines 40] [--register 200]

Builds a text PDF of ``--pages`` pages (bench.common's prose and layout, with 3-6 mentions
of people's names spliced into each page), extracts it with ingest.extract, and proposes
every mention as a redaction (PD, or VA labelled by cipher for people on the register).
Then, on the same pages, it times:

* the baseline: each page rendered with pypdfium2 at apply's dpi (redaction.apply.DEFAULT_DPI)
  and at the verifier's OCR dpi (verify_pdf's ``ocr_dpi``, greyscale), and Tesseract run once
  on the latter exactly as the verifier runs it (``image_to_data``, ``--psm 3``);
* publishing as inquiry.services.publishing does it: ``apply_redactions`` with a page loader
  that reads one page at a time, then ``verify_pdf`` with the register, a keep list,
  ``painted=result.painted`` and ``expected_pages``. This runs in a child process so that its
  memory is its own.

It prints pages/s for apply, verify and both, the ratio of apply + verify to the baseline
(target: within 1.3x), where apply's and verify's time goes, and whether verification
passed (it must: the benchmark's redactions are valid). With ``--big N`` (0 skips it) a
second N-page document is published the same way in a child process and its resident
memory is sampled page by page in each stage, to show whether memory grows with the
document (targets: memory does not grow with the document, and the whole process tree
stays under 600 MB; issue 11 asks for 5,000 pages: ``--big 5000 --lines 6
--big-without-ocr`` measures that in about ten minutes).

Tesseract runs with OMP_THREAD_LIMIT=1, as in the worker. Publishing costs about 4 s per
40-line page on the 2-core development machine (Tesseract alone 2.2 s), so the default run
takes over an hour, nearly all of it the 1,000-page document: --big 0 times the small
document alone (about 7 minutes); --lines 10 makes lighter pages.
"""

from __future__ import annotations

import argparse
import functools
import inspect
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from pathlib import Path
from typing import Any

os.environ["OMP_THREAD_LIMIT"] = "1"  # before pytesseract is imported (lazily, below)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import peak_rss_mb, sentence  # noqa: E402

TARGET_RATIO = 1.3
TARGET_PEAK_MB = 600  # the whole process tree, publishing the --big document
FLAT_KB_PER_PAGE = 16.0  # under 16 MB per 1,000 pages counts as "not growing"

# People mentioned in the benchmark documents: (full name, code, cipher or "").
PEOPLE: tuple[tuple[str, str, str], ...] = (
    ("Kayleigh Smith", "VA", "C-001"), ("Zana Rashid", "PD", ""), ("Adeel Hussain", "PD", ""),
    ("Roxana Dumitru", "VA", "C-002"), ("Chloe Barraclough", "PD", ""),
    ("Aisha Begum", "VA", "C-003"), ("Tomasz Nowak", "PD", ""), ("Leanne Whitworth", "PD", ""),
    ("Imran Akhtar", "PD", ""), ("Demi Holroyd", "VA", "C-004"), ("Jade Ackroyd", "PD", ""),
    ("Shabana Kauser", "PD", ""), ("Gemma Sutcliffe", "VA", "C-005"),
    ("Nasir Mahmood", "PD", ""), ("Courtney Haigh", "PD", ""), ("Farah Qureshi", "PD", ""),
    ("Kirsty Ramsden", "VA", "C-006"), ("Bilal Iqbal", "PD", ""), ("Stacey Dyson", "PD", ""),
    ("Mariusz Kowalski", "PD", ""), ("Hayley Wragg", "PD", ""), ("Sajid Rafiq", "PD", ""),
    ("Bethany Crossland", "PD", ""), ("Yasmin Bashir", "PD", ""),
)
KEEP = ("Alexis Jay", "Sarah Champion", "Andy Burnham", "Dan Jarvis", "Louise Casey")


# --------------------------------------------------------------------------- the document
def names_pdf(path: Path, pages: int, seed: int, lines_per_page: int = 40) -> Path:
    """bench.common.text_pdf's page (Helvetica 10, 17 pt leading, prose from
    bench.common.sentence) with 3-6 lines per page mentioning a person, by full name
    (three times in four) or by given name."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    _, height = A4
    for number in range(pages):
        c.setFont("Helvetica", 10)
        y = height - 60
        c.drawString(60, y, f"Page {number + 1}")
        mentions = set(rng.sample(range(lines_per_page), min(lines_per_page, rng.randint(3, 6))))
        for li in range(lines_per_page):
            y -= 17
            line = sentence(rng, 13)
            if li in mentions:
                name = rng.choice(PEOPLE)[0]
                name = name if rng.random() < 0.75 else name.split()[0]
                words = line.split()
                words.insert(rng.randint(1, 4), name)
                line = " ".join(words)
            c.drawString(60, y, line[:95])
        c.showPage()
    c.save()
    return path


def _mention_pattern() -> re.Pattern[str]:
    full = [p[0] for p in PEOPLE]
    given = [p[0].split()[0] for p in PEOPLE]
    alts = "|".join(re.escape(n) for n in [*full, *given])  # full names tried first
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)")


def prepare(pdf: Path, work: Path) -> tuple[int, int]:
    """Extract every page (streamed, as ingest does) to one JSON file per page, the way
    the app keeps pages in its database, and write the proposals; (pages, proposals)."""
    from ingest.extract import extract_pages
    from redaction.entities import boxes_for_span
    from redaction.propose import Proposal

    pages_dir = work / "pages"
    pages_dir.mkdir(parents=True, exist_ok=True)
    who = {full: (code, cipher) for full, code, cipher in PEOPLE}
    who |= {full.split()[0]: v for full, v in list(who.items())}
    rx = _mention_pattern()
    proposals: list[dict] = []
    sizes: list[tuple[float, float]] = []
    for page in extract_pages(pdf, ocr="never"):
        (pages_dir / f"{page.number:05}.json").write_text(json.dumps(page.to_dict(offsets=True)))
        sizes.append((page.width, page.height))
        for m in rx.finditer(page.text):
            code, cipher = who[m.group()]
            proposals.append(Proposal(
                page.number, m.start(), m.end(), m.group(),
                boxes_for_span(page, m.start(), m.end()), code, cipher or code, "bench", 1.0,
                "protected_person" if code == "VA" else "person").to_dict())
    (work / "proposals.json").write_text(json.dumps(proposals))
    (work / "sizes.json").write_text(json.dumps(sizes))
    return len(sizes), len(proposals)


def make_register(size: int) -> Any:
    """The people on the register who appear in the document, plus others drawn from the
    lexicon's given names and surnames, up to ``size`` people (the app passes the whole
    register to verify_pdf, and every name on it is searched for)."""
    from bench.common import COMMON, DOMAIN
    from redaction import lexicon
    from redaction.register import Person, Register

    people = [Person(cipher, full) for full, code, cipher in PEOPLE if code == "VA"]
    used = {lexicon.fold(w) for full, _, _ in PEOPLE for w in full.split()}
    used |= {w.casefold() for w in (*COMMON, *DOMAIN)}

    def usable(words: frozenset[str]) -> list[str]:
        return sorted(w for w in words if w.isalpha() and len(w) >= 3 and w not in used
                      and not lexicon.is_ordinary_word(w))

    rng = random.Random(7)
    given, surnames = usable(lexicon.given_names()), usable(lexicon.surnames())
    seen: set[str] = set()
    while len(people) < size:
        full = f"{rng.choice(given).title()} {rng.choice(surnames).title()}"
        if full not in seen:
            seen.add(full)
            people.append(Person(f"C-{len(people) + 1:04}", full))
    return Register(people)


# --------------------------------------------------------------------------- the baseline
def defaults() -> tuple[int, int]:
    """(apply's dpi, the verifier's OCR dpi), read from the code."""
    from redaction.apply import DEFAULT_DPI
    from redaction.verify import verify_pdf

    return DEFAULT_DPI, int(inspect.signature(verify_pdf).parameters["ocr_dpi"].default)


def baseline(pdf: Path) -> dict[str, float]:
    """Seconds spent rendering each page at apply's dpi, at the OCR dpi, and in Tesseract
    once per page (the verifier's call and settings), on the input pages."""
    import pypdfium2 as pdfium
    import pytesseract

    apply_dpi, ocr_dpi = defaults()
    out = {"render_apply": 0.0, "render_ocr": 0.0, "ocr": 0.0}
    doc = pdfium.PdfDocument(str(pdf))
    try:
        for i in range(len(doc)):
            t0 = time.perf_counter()
            page = doc[i]
            img = page.render(scale=apply_dpi / 72, draw_annots=False,
                              may_draw_forms=False).to_pil()
            img.load()
            page.close()
            t1 = time.perf_counter()
            page = doc[i]
            grey = page.render(scale=ocr_dpi / 72, grayscale=True).to_pil()
            grey.load()
            page.close()
            t2 = time.perf_counter()
            pytesseract.image_to_data(grey, config="--psm 3",
                                      output_type=pytesseract.Output.DICT)
            t3 = time.perf_counter()
            out["render_apply"] += t1 - t0
            out["render_ocr"] += t2 - t1
            out["ocr"] += t3 - t2
            del img, grey
    finally:
        doc.close()
    return out


# --------------------------------------------------------------------------- the child run
def rss_mb(pid: int | str = "self") -> float:
    """VmRSS (current resident set) of a process, in MB; 0 if it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def hwm_mb() -> float:
    return peak_rss_mb(os.getpid())


class Probe:
    """Time spent in named functions, and resident memory page by page in each stage."""

    def __init__(self) -> None:
        self.stage = "setup"
        self.seconds: dict[str, float] = {}
        self.calls: dict[str, int] = {}
        self.series: dict[str, list[tuple[int, float]]] = {}
        self.marks: dict[str, float] = {}

    def sample(self, series: str) -> None:
        points = self.series.setdefault(series, [])
        points.append((len(points) + 1, rss_mb()))

    @contextmanager
    def wrap(self, owner: Any, attr: str, name: str,
             sample: str | None = None) -> Iterator[None]:
        """Replace ``owner.attr`` by a timed (and optionally RSS-sampling) equivalent."""
        original = getattr(owner, attr)

        @functools.wraps(original)
        def timed(*args: Any, **kwargs: Any) -> Any:
            key = f"{self.stage}:{name}"
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.seconds[key] = self.seconds.get(key, 0.0) + time.perf_counter() - started
                self.calls[key] = self.calls.get(key, 0) + 1
                if sample:
                    self.sample(sample)

        setattr(owner, attr, timed)
        try:
            yield
        finally:
            setattr(owner, attr, original)


def _paged(probe: Probe, owner: Any, attr: str, name: str,
           series: str) -> AbstractContextManager[None]:
    """Replace the page iterator ``owner.attr`` by one that times each page it yields and
    samples memory after it (the readers stream page by page)."""
    original = getattr(owner, attr)

    @functools.wraps(original)
    def pages(*args: Any, **kwargs: Any) -> Iterator[Any]:
        key = f"{probe.stage}:{name}"
        it = iter(original(*args, **kwargs))
        while True:
            started = time.perf_counter()
            try:
                item = next(it)
            except StopIteration:
                return
            finally:
                probe.seconds[key] = probe.seconds.get(key, 0.0) + time.perf_counter() - started
            probe.calls[key] = probe.calls.get(key, 0) + 1
            probe.sample(series)
            yield item

    @contextmanager
    def patched() -> Iterator[None]:
        setattr(owner, attr, pages)
        try:
            yield
        finally:
            setattr(owner, attr, original)

    return patched()


def child(work: Path) -> None:
    """Publish ``work/doc.pdf`` as the app does and write ``work/result.json``."""
    import pypdfium2 as pdfium
    import pytesseract

    from ingest.pages import Page
    from redaction import apply as apply_mod
    from redaction import extractors
    from redaction import verify as verify_mod
    from redaction.apply import apply_redactions
    from redaction.propose import Proposal
    from redaction.register import KeepList
    from redaction.verify import verify_pdf

    settings = json.loads((work / "settings.json").read_text())
    probe = Probe()
    register, keep = make_register(settings["register"]), KeepList(KEEP)
    proposals = [Proposal.from_dict(d) for d in json.loads((work / "proposals.json").read_text())]
    sizes = [tuple(s) for s in json.loads((work / "sizes.json").read_text())]
    pages_dir = work / "pages"

    def load(number: int) -> Page | None:  # as publishing._page_loader: one page at a time
        started = time.perf_counter()
        path = pages_dir / f"{number:05}.json"
        page = Page.from_dict(json.loads(path.read_text())) if path.exists() else None
        probe.seconds["apply:page loader"] = probe.seconds.get("apply:page loader", 0.0) + (
            time.perf_counter() - started)
        probe.sample("apply")
        return page

    wraps = [
        (pdfium.PdfPage, "render", "render", None),
        (apply_mod, "_paint", "paint boxes", None),
        (apply_mod, "surviving_words", "surviving words", None),
        (apply_mod, "_text_layer", "text layer", None),
        (apply_mod, "_encode", "JPEG encode", None),
        (verify_mod, "structure", "structure (pikepdf)", None),
        (extractors, "tool_versions", "tool versions", None),
        (pytesseract, "image_to_data", "tesseract", None),
        (verify_mod, "_unfilled_boxes", "pixel check of boxes", None),
        (verify_mod, "_bytes_check", "bytes check", None),
    ]
    readers = [
        ("iter_pdfminer_text", "reader pdfminer.six", "verify: pdfminer.six reader"),
        ("iter_pdftotext_text", "reader pdftotext", "verify: pdftotext reader"),
        ("iter_pdfium_text", "reader pdfium", "verify: pdfium reader"),
        ("iter_ocr_pages", "reader OCR", "verify: OCR reader"),
    ]
    out = work / "out.pdf"
    with ExitStack() as stack:
        stack.enter_context(_all(probe, wraps))
        for attr, name, series in readers:
            stack.enter_context(_paged(probe, extractors, attr, name, series))
        probe.marks["rss_start"] = rss_mb()
        probe.stage = "apply"
        t0 = time.perf_counter()
        result = apply_redactions(work / "doc.pdf", out, proposals, load)
        t1 = time.perf_counter()
        probe.marks["hwm_apply"] = hwm_mb()
        probe.marks["rss_after_apply"] = rss_mb()
        probe.stage = "verify"
        report = verify_pdf(out, proposals, register=register, keep=keep,
                            painted=result.painted, expected_pages=sizes,
                            ocr=settings.get("ocr", True))
        t2 = time.perf_counter()
    probe.marks["hwm_total"] = hwm_mb()
    probe.marks["rss_end"] = rss_mb()
    (work / "result.json").write_text(json.dumps({
        "findings": [_explain(f, proposals) for f in report.findings],
        "apply": t1 - t0, "verify": t2 - t1, "pages": result.page_count,
        "output_bytes": out.stat().st_size, "passed": report.passed,
        "summary": report.summary(), "strings_checked": report.strings_checked,
        "seconds": probe.seconds, "calls": probe.calls, "series": probe.series,
        "marks": probe.marks, "proposals": len(proposals), "register": len(register),
    }))


def _explain(finding: Any, proposals: list[Any]) -> str:
    """A finding as verify reports it, plus what the benchmark redacted where it was found,
    so a false alarm can be told from a leak."""
    line = f"[{finding.check}] page {finding.page}: {finding.string!r} {finding.where}"
    at = re.search(r"\((-?[\d.]+), (-?[\d.]+), (-?[\d.]+), (-?[\d.]+)\)", finding.where)
    if finding.page and at:
        x0, y0, x1, y1 = (float(v) for v in at.groups())
        under = sorted({p.text for p in proposals if p.page == finding.page for b in p.boxes
                        if b[0] < x1 and x0 < b[2] and b[1] < y1 and y0 < b[3]})
        line += f"; redacted there: {', '.join(under) or 'nothing'}"
    return line


@contextmanager
def _all(probe: Probe, wraps: list[tuple[Any, str, str, str | None]]) -> Iterator[None]:
    if not wraps:
        yield
        return
    owner, attr, name, sample = wraps[0]
    with probe.wrap(owner, attr, name, sample), _all(probe, wraps[1:]):
        yield


def run_child(work: Path) -> dict[str, Any]:
    """Run :func:`child` in a fresh process; also poll the whole process tree's memory
    (pdftotext and tesseract run as child processes of it)."""
    from bench.common import children

    proc = subprocess.Popen([sys.executable, __file__, "--child", str(work)])
    tree_peak, helper_peak = 0.0, 0.0
    while proc.poll() is None:
        kids = children(proc.pid)
        rss = rss_mb(proc.pid) + sum(rss_mb(k) for k in kids)
        tree_peak = max(tree_peak, rss)
        helper_peak = max([helper_peak, *(peak_rss_mb(k) for k in kids)])
        time.sleep(0.2)
    if proc.returncode:
        raise SystemExit(f"the publishing child failed (exit {proc.returncode})")
    out = json.loads((work / "result.json").read_text())
    out["tree_peak"], out["helper_peak"] = tree_peak, helper_peak
    return out


def publish_run(work: Path, register: int, ocr: bool = True) -> dict[str, Any]:
    """Extract ``work/doc.pdf``, propose, then publish it in a child process."""
    pdf = work / "doc.pdf"
    t0 = time.perf_counter()
    _, n_props = prepare(pdf, work)
    extract_s = time.perf_counter() - t0
    (work / "settings.json").write_text(json.dumps({"register": register, "ocr": ocr}))
    out = run_child(work)
    out["extract"] = extract_s
    out["work"] = str(work)
    return out


# --------------------------------------------------------------------------- reporting
def _row(label: str, value: str, note: str = "") -> None:
    print(f"  {label:50} {value:>17}  {note}".rstrip())


def _growth(points: list[tuple[int, float]]) -> tuple[int, float, int, float, float]:
    """(first page, RSS there, last page, RSS there, KB per page by least squares over the
    last 90% of the pages: the first pages include one-off allocations)."""
    n = len(points)
    lo = max(1, n // 10)
    tail = points[lo - 1:]
    if len(tail) < 2:
        return points[0][0], points[0][1], points[-1][0], points[-1][1], 0.0
    mx = sum(p for p, _ in tail) / len(tail)
    my = sum(r for _, r in tail) / len(tail)
    sxx = sum((p - mx) ** 2 for p, _ in tail)
    slope = sum((p - mx) * (r - my) for p, r in tail) / sxx if sxx else 0.0
    return tail[0][0], tail[0][1], tail[-1][0], tail[-1][1], slope * 1024


def _breakdown(res: dict[str, Any], stage: str, total: float, pages: int) -> None:
    secs = {k.split(":", 1)[1]: v for k, v in res["seconds"].items() if k.startswith(stage + ":")}
    nested = {"verify": {"render", "tesseract", "pdfium text page"}}.get(stage, set())
    top = {k: v for k, v in secs.items() if k not in nested}
    rest = total - sum(top.values())
    for k, v in sorted(top.items(), key=lambda kv: -kv[1]):
        _row(f"    {k}", f"{1000 * v / pages:8.1f} ms/page", f"{v / total:6.1%}")
        if k == "reader OCR":
            for sub in ("render", "tesseract"):
                if sub in secs:
                    _row(f"      of which {sub}", f"{1000 * secs[sub] / pages:8.1f} ms/page",
                         f"{secs[sub] / total:6.1%}")
    other = {"apply": "rest (PDF writer, fsync, sha256 of output)",
             "verify": "rest (reading the file, matching targets)"}[stage]
    _row(f"    {other}", f"{1000 * rest / pages:8.1f} ms/page", f"{rest / total:6.1%}")


def _memory(res: dict[str, Any]) -> None:
    m = res["marks"]
    _row("RSS before apply", f"{m['rss_start']:8.0f} MB")
    _row("peak RSS during apply (VmHWM)", f"{m['hwm_apply']:8.0f} MB")
    _row("RSS after apply", f"{m['rss_after_apply']:8.0f} MB")
    _row("peak RSS, apply + verify (VmHWM)", f"{m['hwm_total']:8.0f} MB")
    _row("peak RSS of the process tree (sampled)", f"{res['tree_peak']:8.0f} MB",
         f"largest helper (tesseract/pdftotext) {res['helper_peak']:.0f} MB")
    for name in ("apply", "verify: pdfminer.six reader", "verify: pdftotext reader",
                 "verify: pdfium reader", "verify: OCR reader"):
        points = res["series"].get(name)
        if not points:
            continue
        p0, r0, p1, r1, kb = _growth([tuple(p) for p in points])
        _row(f"RSS in {name}", f"{r0:5.0f} -> {r1:5.0f} MB",
             f"pages {p0} -> {p1}: {kb:+.1f} KB/page")


def _check(res: dict[str, Any]) -> None:
    if res["passed"]:
        print(f"  verification passed ({res['proposals']} redactions, "
              f"{res['strings_checked']} strings checked, register of {res['register']})")
    else:
        checks: dict[str, int] = {}
        for f in res["findings"]:
            check = f[1:f.index("]")]
            checks[check] = checks.get(check, 0) + 1
        print(f"  VERIFICATION FAILED ({', '.join(f'{k} x{v}' for k, v in checks.items())}):"
              " the benchmark's redactions are meant to be valid, so each of these is either"
              " a leak or a false alarm")
        for line in res["findings"][:30]:
            print(f"    {line}")
        if len(res["findings"]) > 30:
            print(f"    ... and {len(res['findings']) - 30} more")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=40, help="pages of the timed document")
    parser.add_argument("--big", type=int, default=1000,
                        help="pages of the memory test document (0: skip)")
    parser.add_argument("--lines", type=int, default=40, help="lines of prose per page")
    parser.add_argument("--register", type=int, default=200,
                        help="people on the protected-persons register")
    parser.add_argument("--big-without-ocr", action="store_true",
                        help="verify the memory document without the OCR reader (its pages "
                             "are read one at a time like the others; it is 80%% of the time)")
    parser.add_argument("--keep", action="store_true", help="keep the working files")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    root = Path(tempfile.mkdtemp(prefix="bench-publish-"))
    try:
        report(args, root)
    finally:
        if args.keep:
            print(f"working files kept in {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)


def report(args: argparse.Namespace, root: Path) -> None:
    apply_dpi, ocr_dpi = defaults()
    n = args.pages
    print(f"document: {n} text pages x {args.lines} lines, 3-6 names per page; register of "
          f"{args.register} people; apply at {apply_dpi} dpi, verifier's OCR at {ocr_dpi} dpi")
    small = root / "small"
    small.mkdir()
    pdf = names_pdf(small / "doc.pdf", n, seed=1, lines_per_page=args.lines)
    # The baseline runs before and after publishing and the two are averaged, so that a
    # change in the machine's load during the run weighs on both sides alike.
    before = baseline(pdf)
    res = publish_run(small, args.register)
    after = baseline(pdf)
    base = {k: (before[k] + after[k]) / 2 for k in before}
    both = res["apply"] + res["verify"]
    full = base["render_apply"] + base["render_ocr"] + base["ocr"]
    strict = base["render_ocr"] + base["ocr"]
    print("\nthroughput (one process, Tesseract single-threaded)")
    _row(f"baseline: render at {apply_dpi} dpi (pypdfium2)", f"{n / base['render_apply']:8.1f} "
         "pages/s")
    _row(f"baseline: render at {ocr_dpi} dpi grey (pypdfium2)",
         f"{n / base['render_ocr']:8.1f} pages/s")
    _row("baseline: Tesseract once per page", f"{n / base['ocr']:8.2f} pages/s",
         f"(before publishing {n / before['ocr']:.2f}, after {n / after['ocr']:.2f})")
    _row("baseline: both renders + OCR", f"{n / full:8.2f} pages/s", "baseline")
    _row("apply_redactions alone", f"{n / res['apply']:8.2f} pages/s")
    _row("verify_pdf alone", f"{n / res['verify']:8.2f} pages/s")
    verdict = "holds" if both / full <= TARGET_RATIO else "MISSED"
    _row("apply + verify", f"{n / both:8.2f} pages/s",
         f"{both / full:.2f}x the baseline (target <= {TARGET_RATIO}x: {verdict})")
    _row("", "", f"{both / strict:.2f}x one render at {ocr_dpi} dpi + OCR alone")
    print(f"  (the verifier renders every output page again at {ocr_dpi} dpi for OCR, besides "
          f"apply's render at {apply_dpi} dpi; it also reads the output with pdfminer.six, "
          "pdftotext and pdfium and searches the decompressed bytes, none of which the "
          "baseline does)")
    print(f"\nwhere the time goes ({n} pages, output {res['output_bytes'] / n / 1024:.0f} KB/page)")
    _row("apply_redactions", f"{1000 * res['apply'] / n:8.1f} ms/page")
    _breakdown(res, "apply", res["apply"], n)
    _row("verify_pdf", f"{1000 * res['verify'] / n:8.1f} ms/page")
    _breakdown(res, "verify", res["verify"], n)
    _check(res)
    print(f"\nmemory, {n}-page document")
    _memory(res)
    if not args.big:
        return
    minutes = both / n * args.big / 60 + args.big / max(1.0, n / res["extract"]) / 60
    print(f"\n{args.big}-page document: building, extracting and publishing it "
          f"(about {minutes:.0f} min)", flush=True)
    (root / "big").mkdir()
    names_pdf(root / "big" / "doc.pdf", args.big, seed=99, lines_per_page=args.lines)
    big = publish_run(root / "big", args.register, ocr=not args.big_without_ocr)
    if args.big_without_ocr:
        print("  (verified without the OCR reader: --big-without-ocr)")
    nb = big["pages"]
    print(f"\nmemory, {nb}-page document (output {big['output_bytes'] / 2**20:.0f} MB)")
    _row("apply_redactions", f"{nb / big['apply']:8.2f} pages/s")
    _row("verify_pdf", f"{nb / big['verify']:8.2f} pages/s")
    _memory(big)
    _check(big)
    grow = (big["marks"]["hwm_total"] - res["marks"]["hwm_total"]) / (nb - n) * 1024
    flat = "flat" if grow < FLAT_KB_PER_PAGE else "GROWS with the document"
    _row(f"peak RSS, {nb} vs {n} pages", f"{big['marks']['hwm_total']:5.0f} vs "
         f"{res['marks']['hwm_total']:4.0f} MB",
         f"{grow:+.1f} KB/page: {flat} (target < {FLAT_KB_PER_PAGE:.0f} KB/page)")
    peak = max(big["tree_peak"], big["marks"]["hwm_total"])
    _row(f"peak memory publishing {nb} pages", f"{peak:8.0f} MB",
         f"target < {TARGET_PEAK_MB} MB: {'met' if peak < TARGET_PEAK_MB else 'MISSED'}")
    print(f"\nverify's stages on the {nb}-page document")
    _breakdown(big, "verify", big["verify"], nb)


if __name__ == "__main__":
    main()
