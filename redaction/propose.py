"""The policy that turns entities, identifier hits and register matches into proposals.

Default policy, tuned for recall because a missed complainant name is a crime to
publish and a false alarm costs one click:

* every person not on the keep list -> PD; registered persons -> VA, labelled by cipher;
* every personal identifier (phone, email, address, NI/NHS number, ...) -> PD;
* agencies, places and kept public figures are tagged but never proposed;
* every other occurrence in the document of a proposed name is proposed too, as are
  name-like words after titles and relationship words ("her friend Zana").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ingest.pages import Page

from . import lexicon, names, rules
from .codes import Codes
from .entities import DEFAULT_MODEL, Mention, boxes_for_span, tag_pages
from .register import KeepList, Register

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


@dataclass(frozen=True)
class Policy:
    """Which code each kind of finding gets; agencies and places are never proposed."""

    person_code: str = "PD"
    victim_code: str = "VA"
    identifier_code: str = "PD"
    propagate_names: bool = True
    name_heuristics: bool = True
    codes: Codes = field(default_factory=Codes)


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    code: str
    label: str
    source: str
    conf: float
    kind: str


def propose(
    pages: Sequence[Page],
    *,
    register: Register | None = None,
    keep: KeepList | None = None,
    mentions: Sequence[Mention] | None = None,
    policy: Policy | None = None,
    model: str = DEFAULT_MODEL,
) -> list[Proposal]:
    """Proposals for a whole document (names propagate across its pages)."""
    policy = policy or Policy()
    pages = list(pages)
    if mentions is None:
        mentions = tag_pages(pages, model=model)
    by_page: dict[int, list[Mention]] = {}
    for m in mentions:
        by_page.setdefault(m.page, []).append(m)
    keep = keep or KeepList()
    cands: dict[int, list[_Cand]] = {}
    for page in pages:
        cands[page.number] = _page_candidates(
            page, by_page.get(page.number, []), register, keep, policy
        )
    if policy.propagate_names:
        _propagate_names(pages, cands, keep)
    out: list[Proposal] = []
    for page in pages:
        out.extend(_merge(page, cands[page.number], policy.codes))
    return out


def _page_candidates(
    page: Page, mentions: list[Mention], register: Register | None, keep: KeepList, policy: Policy
) -> list[_Cand]:
    text = page.text
    kept = keep.spans(text)
    # only exact gazetteer names shield a name-list word; spaCy's ORG spans often swallow
    # people ("Hodan Warsame (Youth Offending Team)")
    not_person = [
        (m.start, m.end) for m in mentions if m.kind != "person" and m.source == "gazetteer"
    ]
    out: list[_Cand] = []

    def inside_kept(s: int, e: int) -> bool:
        return any(a <= s and e <= b for a, b in kept)

    areas = names.area_names()
    for m in mentions:
        if m.kind == "person" and m.canonical in areas:
            continue  # spaCy often calls a bare town ("Rotherham") a person
        if m.kind == "person" and not inside_kept(m.start, m.end) and not keep.is_kept(m.text):
            s, e = _trim_title(text, m.start, m.end)
            if s < e:
                out.append(
                    _Cand(s, e, policy.person_code, policy.person_code, "spacy", 0.8, "person")
                )
    for h in rules.find_identifiers(text):
        out.append(
            _Cand(
                h.start,
                h.end,
                policy.identifier_code,
                policy.identifier_code,
                f"rule:{h.rule}",
                h.confidence,
                h.kind,
            )
        )
    if policy.name_heuristics:
        for n in names.find_name_like(text, exclude=not_person):
            if not inside_kept(n.start, n.end) and not keep.is_kept(n.text):
                out.append(
                    _Cand(
                        n.start,
                        n.end,
                        policy.person_code,
                        policy.person_code,
                        f"heuristic:{n.rule}",
                        n.confidence,
                        "person",
                    )
                )
    if register is not None:
        for r in register.match_text(text):
            strong = r.form in ("full", "alias", "dob", "full~")
            if not strong and inside_kept(r.start, r.end):
                continue
            if not strong and _namesake(text, r.start, r.end, register.name_tokens(r.cipher)):
                # "Elena Dumitru" is not C-104 "Roxana Dumitru": redact, but do not label
                # her with the cipher, which would tell readers she is related to C-104
                out.append(
                    _Cand(
                        r.start,
                        r.end,
                        policy.person_code,
                        policy.person_code,
                        f"register:{r.form}:namesake",
                        r.confidence,
                        "person",
                    )
                )
                continue
            out.append(
                _Cand(
                    r.start,
                    r.end,
                    policy.victim_code,
                    r.cipher,
                    f"register:{r.form}",
                    r.confidence,
                    "protected_person",
                )
            )
    return out


_RELATIONS = frozenset(
    "mum mother mam father dad brother sister uncle aunt auntie aunty nan nana "
    "gran grandma grandad cousin son daughter wife husband partner".split()
)


_NEIGHBOUR_BEFORE = re.compile(r"([A-Z][\w'’\-]+)[ \t]+$")
_NEIGHBOUR_AFTER = re.compile(r"^(?:['’]s)?[ \t]+([A-Z][\w'’\-]+)")


def _namesake(text: str, start: int, end: int, own: frozenset[str]) -> bool:
    """A single registered name part written next to a different capitalised name."""
    before = _NEIGHBOUR_BEFORE.search(text, max(0, start - 40), start)
    after = _NEIGHBOUR_AFTER.search(text[end : end + 40])
    for m in (before, after):
        if not m:
            continue
        word = lexicon.fold(lexicon.strip_possessive(m.group(1)))
        if (
            word in own
            or word in lexicon.titles()
            or word in lexicon.stop_words()
            or word in _RELATIONS
        ):
            continue
        if word in lexicon.given_names() or word in lexicon.surnames():
            return True
    return False


def _trim_title(text: str, start: int, end: int) -> tuple[int, int]:
    """Leave "Mr"/"DC"/"Mother" visible: only the name itself is personal data."""
    while True:
        m = re.match(r"([A-Za-z]+)\.?\s+", text[start:end])
        if not m or (
            lexicon.fold(m.group(1)) not in lexicon.titles()
            and lexicon.fold(m.group(1)) not in _RELATIONS
        ):
            break
        start += m.end()
    return start, end


_WORD = re.compile(r"[^\W_](?:[\w'’\-]*[^\W_])?", re.UNICODE)


def _propagate_names(pages: list[Page], cands: dict[int, list[_Cand]], keep: KeepList) -> None:
    """Propose every other occurrence of a proposed name, whole-word.

    Parts of multi-word names propagate too ("Kayleigh Smith" -> "Kayleigh"), except
    words that appear in lower case somewhere in the document (so "Social" from a
    mis-tagged "Social Services" does not spread) and ordinary words, which must be
    capitalised to count.
    """
    known = lexicon.given_names() | lexicon.surnames()
    lower_seen = {
        m.group()
        for p in pages
        for m in _WORD.finditer(p.text)
        if m.group().islower() and m.group() not in known
    }
    areas = names.area_names()
    targets: dict[str, tuple[str, str, str]] = {}
    for page in pages:
        for c in cands[page.number]:
            if c.kind not in ("person", "protected_person"):
                continue
            span = page.text[c.start : c.end]
            whole = lexicon.canonical_name(span)
            forms = [whole] if whole else []
            parts = whole.split()
            if len(parts) > 1:
                forms += [
                    p
                    for p in parts
                    if len(p) >= 3
                    and p not in lexicon.stop_words()
                    and p not in lexicon.titles()
                    and p not in lower_seen
                    and p not in lexicon.name_words()
                ]
            for f in forms:
                if len(f) < 2 or (c.code != "VA" and (f in targets or f in areas)):
                    continue
                targets[f] = (c.code, c.label, "propagated")
    if not targets:
        return
    alts = sorted(targets, key=len, reverse=True)
    rx = re.compile(
        r"(?i)(?<![\w@.])(?:"
        + "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in alts)
        + r")(?:['’]s?)?(?![\w@])"
    )
    for page in pages:
        text, kept = page.text, keep.spans(page.text)
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            key = lexicon.canonical_name(m.group())
            if key not in targets:
                continue
            needs_cap = key in lower_seen or lexicon.is_ordinary_word(key)
            if needs_cap and not m.group()[:1].isupper():
                continue
            if any(a <= s and e <= b for a, b in kept):
                continue
            code, label, src = targets[key]
            cands[page.number].append(
                _Cand(s, e, code, label, src, 0.7, "protected_person" if code == "VA" else "person")
            )


def _merge(page: Page, cands: list[_Cand], codes: Codes) -> list[Proposal]:
    """Union overlapping candidates; the stronger code and a cipher label win."""
    cands = sorted(cands, key=lambda c: (c.start, -c.end))
    groups: list[list[_Cand]] = []
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
        best = max(g, key=lambda c: (c.code == code, c.conf))
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


def propagate(
    pages: Iterable[Page], strings: Iterable[str], code: str, label: str | None = None
) -> list[Proposal]:
    """Propose every whole-word, case-insensitive occurrence of reviewer-redacted strings."""
    strings = sorted(
        {" ".join(s.split()) for s in strings if s and s.strip()}, key=len, reverse=True
    )
    if not strings:
        return []
    rx = re.compile(
        r"(?i)(?<![\w])(?:"
        + "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in strings)
        + r")(?![\w])"
    )
    out: list[Proposal] = []
    for page in pages:
        cands = [
            _Cand(m.start(), m.end(), code, label or code, "propagated", 1.0, "reviewer")
            for m in rx.finditer(page.text)
        ]
        out.extend(_merge(page, cands, Codes({code: code}, (code,))))
    return out


def propagation_forms(name: str) -> list[str]:
    """The forms of a proposed name worth proposing elsewhere in the same document: the
    whole name and its distinctive parts ("Dwayne Okonkwo" -> also "Dwayne", "Okonkwo").
    Used when a long document is tagged in windows, for names found in another window."""
    whole = lexicon.canonical_name(name)
    forms = [whole] if len(whole) >= 2 else []
    parts = whole.split()
    if len(parts) > 1:
        forms += [p for p in parts
                  if len(p) >= 3 and p not in lexicon.stop_words() and p not in lexicon.titles()
                  and p not in lexicon.name_words() and not lexicon.is_ordinary_word(p)]
    return forms
