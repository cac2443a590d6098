"""Verification findings that a proposal can fix, turned into proposals.

A name or identifier redacted in one place and still readable in another is the commonest
reason verification refuses a file. Refusing is right, but the fix is mechanical: redact
that occurrence too, with the code and label of the redaction it repeats. The reviewer sees
these as ordinary proposals (source ``verification``); ``redact auto`` applies them and
verifies once more.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ingest.pages import Page

from .entities import boxes_for_span
from .pdfcheck import Finding
from .propose import Proposal
from .register import KeepList

SOURCE = "verification"


def _pattern(s: str) -> re.Pattern:
    tokens = [re.escape(t) for t in s.split()]
    sep = r"\s*" if re.fullmatch(r"[\d\s\-+()]+", s) else r"\s+"
    return re.compile(r"(?i)(?<![^\W_])" + sep.join(tokens) + r"(?![^\W_])")


def proposals_for_findings(
    findings: Iterable[Finding],
    pages: Sequence[Page],
    existing: Sequence[Proposal],
    keep: KeepList | None = None,
) -> list[Proposal]:
    """One proposal for each readable occurrence behind a fixable finding.

    The finding's page is searched (every page when it has none) for the string, outside
    the existing proposals and kept names; what the readers saw but the page's own text does
    not hold (text inside a picture, say) stays a finding for a person to resolve.
    """
    taken: dict[int, list[tuple[int, int]]] = {}
    for p in existing:
        taken.setdefault(p.page, []).append((p.start, p.end))
    by_number = {p.number: p for p in pages}
    out: list[Proposal] = []
    # the whole name before its parts: "Kayleigh Smith", not "Kayleigh" and a stray "Smith"
    for f in sorted(findings, key=lambda f: -len(f.string)):
        if not f.fixable:
            continue
        rx = _pattern(f.string)
        numbers = [f.page] if f.page in by_number else list(by_number)
        for n in numbers:
            page = by_number[n]
            kept = keep.spans(page.text) if keep else []
            for m in rx.finditer(page.text):
                s, e = m.start(), m.end()
                if any(a < e and s < b for a, b in taken.get(n, [])):
                    continue
                if any(a <= s and e <= b for a, b in kept):
                    continue
                boxes = boxes_for_span(page, s, e)
                if not boxes:
                    continue
                code = f.code or "PD"
                kind = ("protected_person" if code == "VA" else
                        "identifier" if re.search(r"[\d@]", m.group()) else "person")
                out.append(Proposal(n, s, e, page.text[s:e], boxes, code, f.label or code,
                                    SOURCE, 1.0, kind))
                taken.setdefault(n, []).append((s, e))
    return out
