"""Redaction quality on annotated evaluation sets, and tagging throughput.

    python bench/redaction_quality.py [--part tuning|test|original ...] [--jobs N]
                                      [--no-ocr] [--no-speed] [--rules-only] [--keep-output DIR]
                                      [--verbose]

Each document of a part (``bench/evalset/<part>/documents.py``, format in
``bench/evalset/FORMAT.md``) is rendered to PDF at run time, then, as ``inquiry redact
auto`` does: extracted (OCR for scans), proposed with the part's register and keep list,
every proposal applied, verified (and, when verification finds readable occurrences of what
was redacted elsewhere, those redacted and verified once more). Then:

* must-redact items still readable: an annotated item (or any name-like word of an
  annotated name) found in the output by pdfminer, pdftotext or Tesseract OCR, outside
  the kept items; counted over every proposal applied, whether or not verification passed.
  Target: at most 20 per 52 documents (scaled to the part's size).
* the same without the register and keep list (what the engine finds on its own).
  Target: at most 60 per 52 documents.
* must-keep items intact: still in the output text as many times as written (as many as
  the source's own text layer or OCR holds). Target 0.90.
* documents written: verification passed, as ``redact auto``. Target 48 of 52.
* throughput: redaction.entities.tag_pages against spaCy's own nlp.pipe on the same texts.

The ``test`` part is scored only at the end of a piece of work: nobody tunes on it.
Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.evalset import layout, render  # noqa: E402
from redaction import extractors, lexicon  # noqa: E402

TARGET_READABLE, TARGET_READABLE_BARE, TARGET_KEEP, TARGET_WRITTEN = 20, 60, 0.90, 48 / 52
TARGET_RATIO = 0.8
PER = 52  # the targets are per 52 documents


def _pattern(text: str, case: bool) -> re.Pattern:
    parts = [re.escape(t) for t in text.split()]
    sep = r"\s*" if re.fullmatch(r"[\d\s\-+()/]+", text) else r"\s+"
    return re.compile(r"(?<![^\W_])" + sep.join(parts) + r"(?![^\W_])", 0 if case else re.I)


def _words_of(item: layout.Item) -> list[str]:
    """The item and, for a name, each of its words that identifies on its own."""
    out = [item.text]
    if item.category.startswith("name:"):
        for tok in re.findall(r"[^\W\d_][\w'’\-]*", item.text):
            tok = lexicon.strip_possessive(tok)
            if lexicon.is_name_like(tok) and tok != item.text:
                out.append(tok)
    return out


def _texts(path: Path, ocr: bool) -> dict[str, str]:
    out = {
        "pdfminer": "\n".join(p.text for p in extractors.pdfminer_text(path)),
        "pdftotext": subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, check=True
        ).stdout.decode(),
    }
    if ocr:
        out["ocr"] = "\n".join(p.text for p in extractors.ocr_text(path, dpi=300))
    return out


def _kept_spans(text: str, keeps: set[str]) -> list[tuple[int, int]]:
    spans = []
    for k in keeps:
        spans += [(m.start(), m.end()) for m in _pattern(k, False).finditer(text)]
    return spans


def _readable(items: list[layout.Item], texts: dict[str, str]) -> dict[layout.Item, list[str]]:
    keeps = {i.text for i in items if i.must == "keep"}
    spans = {name: _kept_spans(t, keeps) for name, t in texts.items()}
    out: dict[layout.Item, list[str]] = {}
    for i in items:
        if i.must != "redact":
            continue
        found: set[str] = set()
        for word in _words_of(i):
            rx = _pattern(word, lexicon.is_dictionary_word(word))
            for name, t in texts.items():
                for m in rx.finditer(t):
                    if not any(a <= m.start() and m.end() <= b for a, b in spans[name]):
                        found.add(name)
                        break
        out[i] = sorted(found)
    return out


def _kept(items: list[layout.Item], texts: dict[str, str], source: str) -> dict:
    want: dict[str, int] = defaultdict(int)
    for i in items:
        if i.must == "keep":
            want[i.text] += 1
    out = {}
    for text, n in want.items():
        rx = _pattern(text, True)
        possible = min(n, len(rx.findall(source)))  # OCR of a scan may not read it at all
        got = max(len(rx.findall(texts[r])) for r in ("pdfminer", "pdftotext"))
        out[text] = (got >= possible, n, possible)
    return out


def score_document(args: tuple) -> dict:
    """Everything measured on one document (runs in a worker process)."""
    doc, register_path, keep_path, ocr, out_dir, learned = args
    from redaction.register import load_keep_list, load_register

    register, keep = load_register(register_path), load_keep_list(keep_path)
    work = Path(tempfile.mkdtemp(prefix="redaction-bench-"))
    try:
        return _score_in(doc, register, keep, ocr, out_dir, learned, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)  # thousands of runs filled /tmp before


def _score_in(doc: dict, register, keep, ocr: bool, out_dir: Path | None, learned: bool,
              work: Path) -> dict:
    from redaction.pipeline import apply_and_verify, load_pages
    from redaction.propose import Policy, propose

    src = work / f"{doc['id']}.pdf"
    build = layout.build_pdf if layout.is_v2(doc) else render.build_pdf
    items = build(doc, src)
    t0 = time.perf_counter()
    pages = load_pages(src)
    source_text = "\n".join(p.text for p in pages)
    result: dict = {"id": doc["id"], "pages": len(pages), "scan": bool(
        doc.get("scan") or doc.get("style") == "scan")}
    for mode, reg, kl in (("full", register, keep), ("bare", None, None)):
        props = propose(pages, register=reg, keep=kl, policy=Policy(recall_model=learned))
        out = (out_dir or work) / f"{doc['id']}.{mode}.pdf"
        out.parent.mkdir(parents=True, exist_ok=True)
        if mode == "full":
            report = apply_and_verify(src, out, pages, props, register=reg, keep=kl,
                                      verify_ocr=ocr)
            result["written"] = report.passed
            result["added"] = len(report.added)
            result["findings"] = [f"{f.check} p{f.page} {f.string!r} ({', '.join(f.readers)})"
                                  for f in report.findings][:8]
            props = props + list(report.added)
        from redaction.apply import apply_redactions

        apply_redactions(src, out, props, pages)  # every proposal, as a reviewer accepting all
        texts = _texts(out, ocr)
        result[mode] = {
            "readable": {(i.category, i.text): hits for i, hits in
                         _readable(items, texts).items()},
            "kept": _kept(items, texts, source_text) if mode == "full" else {},
            "proposals": len(props),
        }
    result["seconds"] = time.perf_counter() - t0
    return result


def run_part(part: str, ocr: bool, jobs: int, out_dir: Path | None,
             learned: bool = True) -> list[dict]:
    docs, register, keep = layout.load_part(part)
    args = [(d, register, keep, ocr, out_dir, learned) for d in docs]
    if jobs <= 1:
        return [score_document(a) for a in args]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(score_document, args))


def report(part: str, results: list[dict], verbose: bool) -> bool:
    n_docs = len(results)
    pages = sum(r["pages"] for r in results)
    scans = sum(r["scan"] for r in results)
    print(f"\n== part {part}: {n_docs} documents ({scans} scanned), {pages} pages")
    by_cat: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    bare_cat: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    leaks, bare_leaks, lost = [], [], []
    for r in results:
        for (cat, text), hits in r["full"]["readable"].items():
            by_cat[cat][1] += 1
            if hits:
                by_cat[cat][0] += 1
                leaks.append(f"  readable {r['id']}: {cat} {text!r} ({', '.join(hits)})")
        for (cat, text), hits in r["bare"]["readable"].items():
            bare_cat[cat][1] += 1
            if hits:
                bare_cat[cat][0] += 1
                bare_leaks.append(f"  readable without register {r['id']}: {cat} {text!r}")
    keep_cat: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in results:
        for text, (ok, n, _possible) in r["full"]["kept"].items():
            cat = "keep"
            keep_cat[cat][0] += n if ok else 0
            keep_cat[cat][1] += n
            if not ok:
                lost.append(f"  lost {r['id']}: {text!r}")
    readable = sum(v[0] for v in by_cat.values())
    total = sum(v[1] for v in by_cat.values())
    bare = sum(v[0] for v in bare_cat.values())
    kept_n = sum(v[0] for v in keep_cat.values())
    kept_t = sum(v[1] for v in keep_cat.values()) or 1
    written = sum(r["written"] for r in results)
    added = sum(r["added"] for r in results)
    scale = n_docs / PER
    print(f"{'must-redact category':24} {'readable':>9} {'bare':>6} {'items':>6}")
    for cat in sorted(by_cat):
        print(f"  {cat:22} {by_cat[cat][0]:9} {bare_cat[cat][0]:6} {by_cat[cat][1]:6}")
    goal = TARGET_READABLE * scale
    goal_bare = TARGET_READABLE_BARE * scale
    print(f"  {'ALL':22} {readable:9} {bare:6} {total:6}   ({readable / max(total, 1):.1%}; "
          f"targets <= {goal:.0f} with register, <= {goal_bare:.0f} without)")
    print(f"must-keep items intact: {kept_n}/{kept_t} = {kept_n / kept_t:.3f}   "
          f"(target >= {TARGET_KEEP})")
    print(f"documents written (verification passed): {written}/{n_docs}   (target >= "
          f"{TARGET_WRITTEN * n_docs:.0f}); {added} surviving occurrences added by the "
          "follow-up pass")
    for r in results:
        if not r["written"]:
            print(f"  refused {r['id']}: " + "; ".join(r["findings"]))
    if verbose:
        for line in leaks + lost + bare_leaks:
            print(line)
    return (readable <= goal and bare <= goal_bare and kept_n / kept_t >= TARGET_KEEP
            and written >= TARGET_WRITTEN * n_docs)


def _pages_for_speed(docs: list[dict], n_pages: int):
    from ingest.pages import build_page

    texts = []
    for doc in docs:
        if layout.is_v2(doc):
            texts.append(layout.plain_text(doc))
        else:
            blocks, _ = render.answer_key(doc)
            for b in blocks:
                texts.append(" | ".join(" ".join(r) for r in b["rows"])
                             if isinstance(b, dict) else b)
    lines = "\n".join(texts).splitlines()
    per = max(1, len(lines) // max(1, n_pages))
    pages = []
    for n in range(n_pages):
        chunk = lines[(n * per) % len(lines):(n * per) % len(lines) + 60]
        rows = [[(w, 0, 0, 1, 1) for w in line.split()] for line in chunk]
        pages.append(build_page(n + 1, 595, 842, False, rows))
    return pages


def throughput(docs: list[dict], n_pages: int) -> dict:
    import spacy

    from redaction.entities import DEFAULT_MODEL, tag_pages
    from redaction.propose import propose

    pages = _pages_for_speed(docs, n_pages)
    texts = [p.text for p in pages]
    stock = spacy.load(DEFAULT_MODEL)
    tag_pages(pages[:2])
    list(stock.pipe(texts[:2]))
    t0 = time.perf_counter()
    list(stock.pipe(texts, batch_size=32))
    t_stock = time.perf_counter() - t0
    t0 = time.perf_counter()
    tag_pages(pages)
    t_ours = time.perf_counter() - t0
    quarter = max(1, n_pages // 4)
    t0 = time.perf_counter()
    propose(pages[:quarter])
    t_prop = (time.perf_counter() - t0) * n_pages / quarter
    return {"pages": n_pages, "chars": sum(len(t) for t in texts),
            "stock_pps": n_pages / t_stock, "tag_pps": n_pages / t_ours,
            "propose_pps": n_pages / t_prop, "ratio": t_stock / t_ours,
            "propose_ratio": t_stock / t_prop}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", action="append", choices=layout.PARTS,
                    help="evaluation part (repeatable; default: tuning)")
    ap.add_argument("--jobs", type=int, default=2, help="documents scored in parallel")
    ap.add_argument("--no-ocr", action="store_true", help="skip OCR (faster, weaker check)")
    ap.add_argument("--no-speed", action="store_true", help="skip the throughput run")
    ap.add_argument("--rules-only", action="store_true",
                    help="leave the recall model out (to measure what it adds)")
    ap.add_argument("--pages", type=int, default=60, help="pages for the throughput run")
    ap.add_argument("--keep-output", type=Path, help="write redacted PDFs here")
    ap.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    args = ap.parse_args(argv)
    ok = True
    for part in args.part or ["tuning"]:
        t0 = time.perf_counter()
        results = run_part(part, not args.no_ocr, args.jobs, args.keep_output,
                           not args.rules_only)
        ok &= report(part, results, args.verbose)
        print(f"({time.perf_counter() - t0:.0f} s; readers: pdfminer, pdftotext"
              f"{'' if args.no_ocr else ', OCR'})")
    if not args.no_speed:
        docs, _, _ = layout.load_part((args.part or ["tuning"])[0])
        s = throughput(docs, args.pages)
        print(f"\nTagging throughput ({s['pages']} pages, {s['chars'] / s['pages']:.0f} "
              "chars/page)")
        print(f"  spaCy nlp.pipe (stock pipeline)   {s['stock_pps']:8.1f} pages/s")
        print(f"  redaction.entities.tag_pages      {s['tag_pps']:8.1f} pages/s   "
              f"ratio {s['ratio']:.2f} (target >= {TARGET_RATIO})")
        print(f"  redaction.propose (full policy)   {s['propose_pps']:8.1f} pages/s   "
              f"ratio {s['propose_ratio']:.2f}")
        ok &= s["ratio"] >= TARGET_RATIO
    print("\nRESULT:", "all targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
