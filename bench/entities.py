"""Precision and recall of the people, places and agencies that search facets and
``person:`` filters are built from.

    python bench/entities.py [--part tuning|test ...] [--verbose]

Each document of a part (``bench/entity_evalset/<part>/*.txt``, format in
``bench/entity_evalset/FORMAT.md``) goes through what the app does to a document: spaCy
tagging (``redaction.entities.tag_pages``) and the model-free name finders
(``redaction.name_mentions``), wrapped and joined names, as the tagging stage stores them
(each with the words either side), then per-document resolution
(``redaction.entity_resolution``) and its learned check on listed people
(``redaction.person_model``, trained on the tuning part: its figures there are fit, the
held-out part's are evidence), as indexing does. The document's set of
canonical entities per kind is compared with its gold set (case-insensitively; how many
predicted names are also in the gold's exact proper case is printed beside), micro-averaged
over the part's documents.

The ``test`` part is scored only at the end of a piece of work: nobody tunes on it.
Target: precision and recall >= 0.9 for people. Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.pages import Page, build_page  # noqa: E402
from redaction import lexicon  # noqa: E402

EVALSET = ROOT / "bench" / "entity_evalset"
KINDS = ("person", "place", "agency")
TARGET = 0.9


@dataclass
class Document:
    name: str
    pages: list[str]
    gold: dict[str, set[str]] = field(default_factory=dict)


def load_part(part: str) -> list[Document]:
    """Documents of one part: text pages split by ``=== page``, then ``=== gold`` lines
    ``kind: Canonical Name``."""
    docs = []
    for path in sorted((EVALSET / part).glob("*.txt")):
        body, _, gold_text = path.read_text(encoding="utf-8").partition("=== gold\n")
        gold: dict[str, set[str]] = {k: set() for k in KINDS}
        for line in gold_text.splitlines():
            kind, _, name = line.partition(":")
            if name.strip():
                gold[kind.strip()].add(name.strip())
        docs.append(Document(path.stem, body.split("=== page\n"), gold))
    return docs


def page_of(text: str, number: int) -> Page:
    """A page with one word box per word, as extraction would give: a word space is 3 pt,
    and each further space of the text's layout (a table's column gap, a signature block's
    two names) widens the gap by a character's width, as the printed page would."""
    lines = []
    for li, line in enumerate(text.split("\n")):
        x, words = 72.0, []
        for m in re.finditer(r"(\s*)(\S+)", line):
            if words:
                x += 3 + 5.5 * (len(m.group(1)) - 1)
            w = m.group(2)
            width = 5.5 * len(w)
            words.append((w, x, 72 + li * 16, x + width, 83 + li * 16))
            x += width
        lines.append(words)
    return build_page(number, 595.0, 842.0, False, lines)


def predict(doc: Document, check: bool = True) -> dict[str, set[str]]:
    from redaction.entities import tag_pages
    from redaction.entity_resolution import document_entities
    from redaction.facet_mentions import facet_mentions, stored_forms

    pages = [page_of(text.strip("\n"), n) for n, text in enumerate(doc.pages, 1)]
    mentions = facet_mentions(pages, tag_pages(pages))
    found = document_entities(stored_forms(pages, mentions), check)
    return {k: set(v) for k, v in found.items()}


def score(docs: list[Document], verbose: bool, check: bool = True) -> dict[str, dict[str, float]]:
    totals = {k: {"tp": 0, "fp": 0, "fn": 0, "exact": 0} for k in KINDS}
    by_kind: dict[str, dict[str, list[str]]] = {k: {"extra": [], "missed": []} for k in KINDS}
    for doc in docs:
        predicted = predict(doc, check)
        for kind in KINDS:
            gold = {lexicon.fold(g): g for g in doc.gold[kind]}
            got = {lexicon.fold(p): p for p in predicted[kind]}
            t = totals[kind]
            t["tp"] += len(gold.keys() & got.keys())
            t["fp"] += len(got.keys() - gold.keys())
            t["fn"] += len(gold.keys() - got.keys())
            t["exact"] += sum(1 for k in gold.keys() & got.keys() if gold[k] == got[k])
            if verbose and (got.keys() ^ gold.keys()):
                extra = sorted(got[k] for k in got.keys() - gold.keys())
                missed = sorted(gold[k] for k in gold.keys() - got.keys())
                print(f"  {doc.name} {kind}: extra {extra} missed {missed}")
                number = doc.name.split("-")[0]
                by_kind[kind]["extra"] += [f"{p} ({number})" for p in extra]
                by_kind[kind]["missed"] += [f"{g} ({number})" for g in missed]
    if verbose:
        for kind in KINDS:
            for what, names in by_kind[kind].items():
                print(f"  {kind} {what} ({len(names)}): {', '.join(names) or '-'}")
    out = {}
    for kind, t in totals.items():
        p = t["tp"] / (t["tp"] + t["fp"]) if t["tp"] + t["fp"] else 1.0
        r = t["tp"] / (t["tp"] + t["fn"]) if t["tp"] + t["fn"] else 1.0
        out[kind] = {"precision": p, "recall": r, "gold": t["tp"] + t["fn"],
                     "found": t["tp"] + t["fp"], "exact": t["exact"], "tp": t["tp"]}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", action="append", choices=["tuning", "test"],
                        help="parts to score (default: both)")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="list each document's misses, then every miss by kind")
    parser.add_argument("--docs", metavar="FIRST-LAST",
                        help="score only documents numbered FIRST to LAST (e.g. 65-74)")
    parser.add_argument("--no-check", action="store_true",
                        help="resolution's rules alone, without the learned check on listed "
                             "people (redaction.person_model)")
    args = parser.parse_args(argv)
    first, _, last = (args.docs or "0-9999").partition("-")
    wanted = range(int(first), int(last or first) + 1)
    ok = True
    for part in args.part or ["tuning", "test"]:
        docs = [d for d in load_part(part) if int(d.name.split("-")[0]) in wanted]
        if not docs:
            # An empty part scores nothing: saying "1.000, met" would be a false figure.
            print(f"{part}: no documents (a held-out part is written apart; see FORMAT.md)")
            ok = ok and not args.part  # asked for by name and empty: no figure, a failure
            continue
        started = time.perf_counter()
        result = score(docs, args.verbose, not args.no_check)
        took = time.perf_counter() - started
        print(f"{part}: {len(docs)} documents, {took:.1f} s")
        print(f"  {'kind':8} {'precision':>9} {'recall':>7} {'gold':>5} {'found':>6}"
              f"  exact proper case")
        for kind in KINDS:
            r = result[kind]
            print(f"  {kind:8} {r['precision']:9.3f} {r['recall']:7.3f} {r['gold']:5d} "
                  f"{r['found']:6d}  {r['exact']}/{r['tp']}")
        people = result["person"]
        met = people["precision"] >= TARGET and people["recall"] >= TARGET
        ok = ok and met
        print(f"  people target >= {TARGET} precision and recall: {'met' if met else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
