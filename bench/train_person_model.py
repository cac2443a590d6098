"""Train the learned check on listed people (``redaction/person_model.py``) and choose its
threshold by validation on parts it was not trained on.

    python bench/train_person_model.py --validate          # leave-one-part-out figures
    python bench/train_person_model.py --threshold 0.3 --write

Training examples are the people resolution's rules list for each document of the entity
evaluation set's tuning part (``bench/entity_evalset/tuning``), labelled by the document's
gold (a listed person is right when the gold names them). The held-out ``test`` and ``next``
parts are never read. ``--validate`` trains without each retired held-out part (and each
part written to be scored once before tuning) in turn, scores that part, and prints people
precision and recall with the rules alone and with the check at each threshold, per part
and pooled: the pooled figures are what the threshold is chosen on. Needs scikit-learn
(``bench/requirements-train.txt``); the shipped model is plain JSON weights.

Mentions are computed as the tagging stage does (spaCy, the name finders, wrapped and
joined names) and cached in ``var/person_model_mentions.json``, keyed by each document's
text and the redaction package's code, so a second run takes seconds.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.entities import Document, load_part, page_of  # noqa: E402
from redaction import lexicon, linear_model, person_model  # noqa: E402
from redaction.entity_resolution import listed_people  # noqa: E402

CACHE = ROOT / "var" / "person_model_mentions.json"
THRESHOLDS = (0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8)
#: tuning documents by the part they were written as (FORMAT.md): retired held-out parts
#: and the parts scored once before tuning; the original 1-20 is only ever trained on
PARTS = {
    "test1 21-32": (21, 32), "test2 33-46": (33, 46), "test3 47-64": (47, 64),
    "dev 65-74": (65, 74), "test4 75-92": (75, 92), "test5 93-110": (93, 110),
    "dev 111-118": (111, 118), "test6 119-136": (119, 136), "dev 137-142": (137, 142),
    "test7 143-160": (143, 160), "test8 161-178": (161, 178), "test9 179-196": (179, 196),
    "test10 197-214": (197, 214), "dev 215-222": (215, 222), "test11 223-240": (223, 240),
    "test12 241-258": (241, 258), "dev 259-268": (259, 268), "test13 269-286": (269, 286),
}


def _code_key() -> str:
    """What the cached mentions depend on: the redaction package's code and word lists
    (not the models' weights)."""
    h = hashlib.sha256()
    pkg = ROOT / "redaction"
    for path in sorted([*pkg.glob("*.py"), *(pkg / "data").glob("*.txt")]):
        h.update(path.name.encode() + path.read_bytes())
    return h.hexdigest()[:16]


def mentions_of(docs: list[Document]) -> dict[str, list[list[str]]]:
    """Each document's stored mentions (kind, text, label), from the cache when current."""
    from redaction.entities import tag_pages
    from redaction.facet_mentions import facet_mentions, stored_forms

    code = _code_key()
    cache = json.loads(CACHE.read_text()) if CACHE.exists() else {}
    out, changed = {}, False
    for doc in docs:
        key = code + hashlib.sha256("\f".join(doc.pages).encode()).hexdigest()[:16]
        hit = cache.get(doc.name)
        if hit and hit["key"] == key:
            out[doc.name] = hit["mentions"]
            continue
        pages = [page_of(text.strip("\n"), n) for n, text in enumerate(doc.pages, 1)]
        out[doc.name] = [list(form) for form in stored_forms(
            pages, facet_mentions(pages, tag_pages(pages)))]
        cache[doc.name] = {"key": key, "mentions": out[doc.name]}
        changed = True
    if changed:
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        CACHE.write_text(json.dumps(cache))
    return out


def examples(docs: list[Document]) -> list[tuple[str, list[str], bool, int]]:
    """(document, features, right, gold people in the document) per listed person; a
    document listing no one still counts its gold (for recall) through a dummy row."""
    rows = []
    found = mentions_of(docs)
    for doc in docs:
        gold = {lexicon.fold(g) for g in doc.gold["person"]}
        people, sites = listed_people(tuple(m) for m in found[doc.name])
        for name, forms in people.items():
            rows.append((doc.name, person_model.features(name, forms, people, sites),
                         lexicon.fold(name) in gold, len(gold)))
        if not people:
            rows.append((doc.name, [], False, len(gold)))
    return rows


def _number(name: str) -> int:
    return int(name.split("-")[0])


def _fit(rows: list[tuple[str, list[str], bool, int]], c: float) -> linear_model.Model:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [r for r in rows if r[1] and person_model.checked(r[1])]
    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(f, 1) for _, f, _, _ in rows])
    y = [right for _, _, right, _ in rows]
    clf = LogisticRegression(C=c, max_iter=5000)
    clf.fit(x, y)
    weights = {n: round(float(w), 4) for n, w in
               zip(vec.get_feature_names_out(), clf.coef_[0], strict=True) if abs(w) >= 0.005}
    return linear_model.Model(weights, float(clf.intercept_[0]), 0.0)


def _figures(rows: list[tuple[str, list[str], bool, int]], model: linear_model.Model | None,
             threshold: float) -> tuple[int, int, int]:
    """(right, listed, gold) over the rows' documents with people below ``threshold``
    dropped (none dropped without a model)."""
    right = listed = 0
    gold = {doc: n for doc, _, _, n in rows}
    for _, feats, ok, _ in rows:
        if not feats or model is not None and person_model.checked(feats) and model.score(
                feats) < threshold:
            continue
        listed += 1
        right += ok
    return right, listed, sum(gold.values())


def _pr(right: int, listed: int, gold: int) -> str:
    return f"{right / listed if listed else 1:.3f} / {right / gold if gold else 1:.3f}"


def validate(rows: list[tuple[str, list[str], bool, int]], c: float) -> None:
    pooled = {t: [0, 0, 0] for t in (None, *THRESHOLDS)}
    print(f"{'part':16} {'rules':>13}  " + "  ".join(f"{t:>13}" for t in THRESHOLDS))
    for part, (lo, hi) in PARTS.items():
        inside = [r for r in rows if lo <= _number(r[0]) <= hi]
        model = _fit([r for r in rows if not lo <= _number(r[0]) <= hi], c)
        cells = []
        for t in (None, *THRESHOLDS):
            figs = _figures(inside, None if t is None else model, t or 0.0)
            pooled[t] = [a + b for a, b in zip(pooled[t], figs, strict=True)]
            cells.append(_pr(*figs))
        print(f"{part:16} " + "  ".join(f"{c:>13}" for c in cells))
    print(f"{'pooled':16} " + "  ".join(f"{_pr(*pooled[t]):>13}" for t in (None, *THRESHOLDS)))
    print("(each cell: people precision / recall; 'rules' without the check)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--validate", action="store_true")
    ap.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args(argv)
    rows = examples(load_part("tuning"))
    print(f"{len(rows)} listed people in {len({r[0] for r in rows})} tuning documents, "
          f"{sum(r[2] for r in rows)} of them right")
    if args.validate:
        validate(rows, args.c)
    if args.write:
        model = _fit(rows, args.c)
        person_model.MODEL_PATH.write_text(json.dumps({
            "trained_on": "entity_evalset/tuning", "documents": len({r[0] for r in rows}),
            "c": args.c, "threshold": args.threshold, "bias": round(model.bias, 4),
            "weights": dict(sorted(model.weights.items())),
        }, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {person_model.MODEL_PATH} ({len(model.weights)} weights, threshold "
              f"{args.threshold})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
