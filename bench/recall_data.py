"""Extracted pages and answer keys of evaluation parts, cached for training the recall model.

    python bench/recall_data.py --part tuning --part tuning2 ... [--jobs 2]

Each document is rendered to PDF and extracted as ``redact auto`` reads it (OCR for scans);
its pages and annotated items are written to ``var/recall_data/<part>/<id>.json``.
Extraction (OCR above all) is the slow part, so training reruns read the cache.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.evalset import layout, render  # noqa: E402

CACHE = ROOT / "var" / "recall_data"


def _collect(args: tuple) -> str:
    part, doc = args
    from redaction.pipeline import load_pages

    out = CACHE / part / f"{doc['id']}.json"
    if out.exists():
        return f"{part}/{doc['id']} cached"
    with tempfile.TemporaryDirectory(prefix="recall-data-") as work:
        src = Path(work) / "doc.pdf"
        build = layout.build_pdf if layout.is_v2(doc) else render.build_pdf
        items = build(doc, src)
        pages = load_pages(src, allow_empty_pages=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({
        "id": doc["id"], "part": part,
        "pages": [p.to_dict(offsets=True) for p in pages],
        "items": [{"must": i.must, "category": i.category, "text": i.text} for i in items],
    }))
    return f"{part}/{doc['id']} {len(pages)} pages"


def load(parts: list[str]) -> list[dict]:
    """Cached documents of ``parts`` (collect them first)."""
    docs = []
    for part in parts:
        files = sorted((CACHE / part).glob("*.json"))
        if not files:
            raise SystemExit(f"no cached documents for {part}: run bench/recall_data.py")
        docs += [json.loads(f.read_text()) for f in files]
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", action="append", choices=layout.PARTS, required=True)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    work = [(part, d) for part in args.part for d in layout.load_part(part)[0]]
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        for line in pool.map(_collect, work):
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
