"""A proposal, the candidates it is made from, and how overlapping candidates merge.

Every finder (spaCy, the identifier rules, the name heuristics, the register, the layout
of forms and tables, propagation) produces candidates: character spans of one page with a
code, a label and where they came from. Overlapping candidates become one proposal with
the strongest code, a cipher label when there is one, and every source listed.
"""

from __future__ import annotations

from dataclasses import dataclass

from ingest.pages import Page

from .codes import Codes
from .entities import boxes_for_span

Box = tuple[float, float, float, float]


@dataclass(slots=True)
class Proposal:
    """One proposed redaction on one page; ``text == page.text[start:end]``."""

    page: int
    start: int
    end: int
    text: str
    boxes: list[Box]
    code: str
    label: str
    source: str
    confidence: float
    kind: str = "person"

    def to_dict(self) -> dict:
        return {
            "page": self.page,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "boxes": [list(b) for b in self.boxes],
            "code": self.code,
            "label": self.label,
            "source": self.source,
            "confidence": round(self.confidence, 3),
            "kind": self.kind,
        }

    @classmethod
    def from_dict(cls, d: dict) -> Proposal:
        return cls(
            int(d["page"]),
            int(d["start"]),
            int(d["end"]),
            d["text"],
            [tuple(map(float, b)) for b in d["boxes"]],
            d["code"],
            d["label"],
            d.get("source", ""),
            float(d.get("confidence", 1.0)),
            d.get("kind", "person"),
        )


@dataclass(slots=True)
class Cand:
    start: int
    end: int
    code: str
    label: str
    source: str
    conf: float
    kind: str


# how much a candidate's source says about what the span is: a finder that read this very
# place, then a copy of what a finder read elsewhere, then the recall model's guess
_SAYS_WHAT = {"propagated": 1, "model:recall": 0}


def merge(page: Page, cands: list[Cand], codes: Codes) -> list[Proposal]:
    """Union overlapping candidates; the stronger code and a cipher label win."""
    cands = sorted(cands, key=lambda c: (c.start, -c.end))
    groups: list[list[Cand]] = []
    end = -1
    for c in cands:
        if groups and c.start < end:
            groups[-1].append(c)
            end = max(end, c.end)
        else:
            groups.append([c])
            end = c.end
    out = []
    for g in groups:
        s, e = g[0].start, max(c.end for c in g)
        code = g[0].code
        for c in g[1:]:
            code = codes.stronger(code, c.code)
        ciphers = [c.label for c in g if c.code == code and c.label != c.code]
        label = ciphers[0] if ciphers else code
        # what a finder read at this very place says what it is ("4.2.81" under a name is
        # a date of birth), before a copy from elsewhere ("reference"), before a guess
        best = max(g, key=lambda c: (c.code == code, _SAYS_WHAT.get(c.source, 2), c.conf))
        sources = ",".join(dict.fromkeys(c.source for c in g))
        kinds = [c.kind for c in g]
        kind = "protected_person" if "protected_person" in kinds else best.kind
        out.append(
            Proposal(
                page.number,
                s,
                e,
                page.text[s:e],
                boxes_for_span(page, s, e),
                code,
                label,
                sources,
                max(c.conf for c in g),
                kind,
            )
        )
    return out


