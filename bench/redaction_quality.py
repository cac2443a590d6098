"""Redaction quality and tagging throughput on an annotated evaluation set.

    python bench/redaction_quality.py [--docs FILE.json] [--register CSV] [--keep TXT]
                                      [--no-ocr] [--pages N] [--keep-output DIR]

For every document (built as a PDF at run time from bench/evalset/documents.py, or from
a JSON list in the same format) the auto pipeline proposes, applies and verifies.  Then:

* must-redact: share of annotated items (and every word of >= 3 letters of an annotated
  name) with no readable trace in the output: not in pdfminer's text, not in pdftotext's,
  not in Tesseract's OCR of the output pages.  Target 0.99.
* must-keep: share of agencies, places, kept public figures and ordinary words still
  readable in the output text as many times as they were written.  Target 0.90.
* throughput: pages per second of redaction.entities.tag_pages against spaCy's own
  nlp.pipe with the stock pipeline on the same texts.  Target: within 20% (ratio >= 0.8).

Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.evalset.documents import DOCUMENTS  # noqa: E402
from bench.evalset.render import Item, build_pdf  # noqa: E402
from redaction import extractors, lexicon  # noqa: E402
from redaction.apply import apply_redactions  # noqa: E402
from redaction.entities import DEFAULT_MODEL, tag_pages  # noqa: E402
from redaction.pipeline import load_pages  # noqa: E402
from redaction.propose import _RELATIONS as RELATIONS  # noqa: E402
from redaction.propose import propose  # noqa: E402
from redaction.register import load_keep_list, load_register  # noqa: E402
from redaction.verify import verify_pdf  # noqa: E402

EVALSET = ROOT / "bench" / "evalset"
TARGET_REDACT, TARGET_KEEP, TARGET_RATIO = 0.99, 0.90, 0.8


def _pattern(text: str, case: bool) -> re.Pattern:
    parts = [re.escape(t) for t in text.split()]
    sep = r"\s*" if re.fullmatch(r"[\d\s\-+()/]+", text) else r"\s+"
    return re.compile(r"(?<![^\W_])" + sep.join(parts) + r"(?![^\W_])", 0 if case else re.I)


def _expand(items: list[Item]) -> list[Item]:
    """Every word of an annotated name must go too ("Roxana" of "Roxana Dumitru")."""
    out = list(items)
    seen = {(i.doc, i.must, i.text) for i in items}
    for i in items:
        if i.must == "redact" and i.category.startswith("name:") and " " in i.text.strip():
            for tok in re.findall(r"[^\W\d_][\w'’\-]*", i.text):
                tok = lexicon.strip_possessive(tok)
                if lexicon.fold(tok) in lexicon.titles() or lexicon.fold(tok) in RELATIONS:
                    continue  # "Auntie" of "Auntie Jo" is not the name
                if len(tok) >= 3 and (i.doc, "redact", tok) not in seen:
                    seen.add((i.doc, "redact", tok))
                    out.append(Item(i.doc, "redact", i.category, tok))
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


def run_quality(
    docs: list[dict], register_path: Path, keep_path: Path, ocr: bool, keep_output: Path | None
) -> dict:
    register = load_register(register_path)
    keep = load_keep_list(keep_path)
    redact_ok: dict[str, list[bool]] = defaultdict(list)
    keep_ok: dict[str, list[bool]] = defaultdict(list)
    misses: list[str] = []
    verified = 0
    work = Path(tempfile.mkdtemp(prefix="redaction-bench-"))
    for doc in docs:
        src, out = work / f"{doc['id']}.pdf", (keep_output or work) / f"{doc['id']}.redacted.pdf"
        out.parent.mkdir(parents=True, exist_ok=True)
        items = _expand(build_pdf(doc, src))
        pages = load_pages(src)
        props = propose(pages, register=register, keep=keep)
        result = apply_redactions(src, out, props, pages)
        report = verify_pdf(
            out, props, register=register, keep=keep, painted=result.painted, ocr=ocr
        )
        verified += report.passed
        if not report.passed:
            misses.append(f"  verification failed: {doc['id']}: {report.findings[:3]}")
        texts = _texts(out, ocr)
        counts: dict[tuple[str, str], int] = defaultdict(int)
        for i in items:
            if i.must == "keep":
                counts[(i.doc, i.text)] += 1
        for i in items:
            if i.must == "redact":
                case = i.category == "name:word" or lexicon.is_ordinary_word(i.text)
                rx = _pattern(i.text, case)
                hits = [name for name, t in texts.items() if rx.search(t)]
                redact_ok[i.category].append(not hits)
                if hits:
                    misses.append(f"  LEAK {doc['id']}: {i.category} {i.text!r} found by {hits}")
            else:
                rx = _pattern(i.text, True)
                ok = (
                    max(len(rx.findall(texts[r])) for r in ("pdfminer", "pdftotext"))
                    >= counts[(i.doc, i.text)]
                )
                keep_ok[i.category].append(ok)
                if not ok:
                    misses.append(f"  lost {doc['id']}: {i.category} {i.text!r}")
    return {
        "redact": redact_ok,
        "keep": keep_ok,
        "misses": misses,
        "verified": verified,
        "docs": len(docs),
    }


def _pages_for_speed(docs: list[dict], n_pages: int):
    from bench.evalset.render import answer_key
    from ingest.pages import build_page

    texts = []
    for doc in docs:
        blocks, _ = answer_key(doc)
        for b in blocks:
            texts.append(" | ".join(" ".join(r) for r in b["rows"]) if isinstance(b, dict) else b)
    body = "\n".join(texts)
    pages = []
    for n in range(n_pages):
        lines = [[(w, 0, 0, 1, 1) for w in line.split()] for line in body.splitlines()]
        pages.append(build_page(n + 1, 595, 842, False, lines))
    return pages


def throughput(docs: list[dict], n_pages: int, model: str) -> dict:
    import spacy

    pages = _pages_for_speed(docs, n_pages)
    texts = [p.text for p in pages]
    stock = spacy.load(model)
    tag_pages(pages[:2], model=model)
    list(stock.pipe(texts[:2]))
    t0 = time.perf_counter()
    list(stock.pipe(texts, batch_size=32))
    t_stock = time.perf_counter() - t0
    t0 = time.perf_counter()
    tag_pages(pages, model=model)
    t_ours = time.perf_counter() - t0
    t0 = time.perf_counter()
    propose(pages[: max(1, n_pages // 4)], model=model)
    t_prop = (time.perf_counter() - t0) * n_pages / max(1, n_pages // 4)
    chars = sum(len(t) for t in texts)
    return {
        "pages": n_pages,
        "chars": chars,
        "stock_pps": n_pages / t_stock,
        "tag_pps": n_pages / t_ours,
        "propose_pps": n_pages / t_prop,
        "ratio": t_stock / t_ours,
        "propose_ratio": t_stock / t_prop,
    }


def _share(results: dict[str, list[bool]]) -> tuple[float, int, int]:
    flat = [v for vs in results.values() for v in vs]
    return (sum(flat) / len(flat) if flat else 1.0), sum(flat), len(flat)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--docs", type=Path, help="JSON list of documents in the evalset format")
    ap.add_argument("--register", type=Path, default=EVALSET / "register.csv")
    ap.add_argument("--keep", type=Path, default=EVALSET / "keep.txt")
    ap.add_argument("--no-ocr", action="store_true", help="skip OCR (faster, weaker check)")
    ap.add_argument("--pages", type=int, default=60, help="pages for the throughput run")
    ap.add_argument("--model", default=DEFAULT_MODEL)
    ap.add_argument("--keep-output", type=Path, help="write redacted PDFs here")
    args = ap.parse_args(argv)
    docs = json.loads(args.docs.read_text()) if args.docs else DOCUMENTS

    t0 = time.perf_counter()
    q = run_quality(docs, args.register, args.keep, not args.no_ocr, args.keep_output)
    print(
        f"Redaction quality on {q['docs']} documents ({time.perf_counter() - t0:.0f} s; "
        f"readers: pdfminer, pdftotext{'' if args.no_ocr else ', OCR'})"
    )
    print(f"{'must-redact category':32} {'removed':>8} {'items':>6}")
    for cat in sorted(q["redact"]):
        vs = q["redact"][cat]
        print(f"  {cat:30} {sum(vs) / len(vs):8.3f} {len(vs):6}")
    red, red_n, red_t = _share(q["redact"])
    print(f"  {'ALL':30} {red:8.3f} {red_t:6}   target >= {TARGET_REDACT}")
    print(f"{'must-keep category':32} {'intact':>8} {'items':>6}")
    for cat in sorted(q["keep"]):
        vs = q["keep"][cat]
        print(f"  {cat:30} {sum(vs) / len(vs):8.3f} {len(vs):6}")
    kept, _, kept_t = _share(q["keep"])
    print(f"  {'ALL':30} {kept:8.3f} {kept_t:6}   target >= {TARGET_KEEP}")
    print(f"verification passed: {q['verified']}/{q['docs']} documents")
    for line in q["misses"]:
        print(line)

    s = throughput(docs, args.pages, args.model)
    print(f"\nTagging throughput ({s['pages']} pages, {s['chars'] / s['pages']:.0f} chars/page)")
    print(f"  spaCy nlp.pipe (stock pipeline)   {s['stock_pps']:8.1f} pages/s")
    print(
        f"  redaction.entities.tag_pages      {s['tag_pps']:8.1f} pages/s   "
        f"ratio {s['ratio']:.2f} (target >= {TARGET_RATIO})"
    )
    print(
        f"  redaction.propose (full policy)   {s['propose_pps']:8.1f} pages/s   "
        f"ratio {s['propose_ratio']:.2f}"
    )
    ok = red >= TARGET_REDACT and kept >= TARGET_KEEP and s["ratio"] >= TARGET_RATIO
    print("\nRESULT:", "all targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
