"""The policy that turns entities, identifier hits and register matches into proposals.

Default policy, tuned for recall because a missed complainant name is a crime to
publish and a false alarm costs one click:

* every person not on the keep list -> PD; registered persons -> VA, labelled by cipher;
* every personal identifier (phone, email, address, NI/NHS number, ...) -> PD;
* a school or care placement where a child studies or lives -> PD;
* values that a form or table labels as a name, date of birth, address... -> PD;
* agencies, places, kept public figures, ciphers, operation names, vehicles, descriptions
  and form labels are tagged or left alone, never proposed;
* every other occurrence in the document of a proposed name is proposed too
  (``redaction.propagation``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ingest.pages import Page

from . import fields, lexicon, names, places, rules
from .codes import Codes
from .entities import DEFAULT_MODEL, Mention, tag_pages
from .keepnames import document_keep_spans
from .propagation import propagate, propagate_names, propagation_forms
from .proposal import Cand, Proposal, merge
from .register import KeepList, Register

__all__ = ["Policy", "Proposal", "propagate", "propagation_forms", "propose"]


@dataclass(frozen=True)
class Policy:
    """Which code each kind of finding gets; agencies and places are never proposed."""

    person_code: str = "PD"
    victim_code: str = "VA"
    identifier_code: str = "PD"
    propagate_names: bool = True
    name_heuristics: bool = True
    codes: Codes = field(default_factory=Codes)


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
    kept = document_keep_spans(pages, keep)
    cands: dict[int, list[Cand]] = {}
    for page in pages:
        cands[page.number] = _page_candidates(
            page, by_page.get(page.number, []), register, keep, kept.get(page.number, []),
            policy)
    if policy.propagate_names:
        propagate_names(pages, cands, keep)
    out: list[Proposal] = []
    for page in pages:
        out.extend(merge(page, cands[page.number], policy.codes))
    return out


_OPERATION_BEFORE = re.compile(r"(?i)\b(?:operation|op\.?|project)\s+$")
_INSTRUMENT_AFTER = re.compile(r"^['’]s\s+(?:Law|Act|Order|Scheme|Rule)\b")


def _not_a_person(text: str, start: int, end: int) -> bool:
    """Spans that name no one: "Operation Clover", "Child A", "Clare's Law", "Astra"."""
    span = text[start:end]
    if lexicon.is_not_a_name(span) or fields.is_cipher(span):
        return True
    if _OPERATION_BEFORE.search(text[max(0, start - 12):start]):
        return True
    if _INSTRUMENT_AFTER.match(text[end:end + 12]):
        return True
    nxt = re.match(r"[ \t]+([A-Z0-9]{1,3})\b", text[end:end + 6])
    return bool(nxt and fields.is_cipher(f"{span} {nxt.group(1)}"))


def _trim_title(text: str, start: int, end: int) -> tuple[int, int]:
    """Leave "Mr"/"DC"/"Mother" and stray times or numbers visible: only the name itself
    is personal data."""
    while True:
        m = re.match(r"([A-Za-z]+\.?|[\d:.\[\]()]+)\s+", text[start:end])
        if not m:
            break
        word = lexicon.fold(m.group(1)).rstrip(".")
        if not (word in lexicon.titles() or word in lexicon.relation_words()
                or not any(c.isalpha() for c in word)):
            break
        start += m.end()
    while True:
        m = re.search(r"\s+([\d:.\[\]()]+)$", text[start:end])
        if not m:
            break
        end = start + m.start()
    return start, end


def _page_candidates(
    page: Page, mentions: list[Mention], register: Register | None, keep: KeepList,
    kept: list[tuple[int, int]], policy: Policy
) -> list[Cand]:
    text = page.text
    # only exact gazetteer names shield a name-list word; spaCy's ORG spans often swallow
    # people ("Hodan Warsame (Youth Offending Team)")
    bodies = [(m.start, m.end) for m in mentions if m.kind != "person"
              and m.source == "gazetteer"]
    out: list[Cand] = []

    def inside_kept(s: int, e: int) -> bool:
        return any(a <= s and e <= b for a, b in kept)

    def person(s: int, e: int, source: str, conf: float) -> None:
        s, e = _trim_title(text, s, e)
        if s < e and not inside_kept(s, e) and not keep.is_kept(text[s:e]) \
                and not _not_a_person(text, s, e):
            out.append(Cand(s, e, policy.person_code, policy.person_code, source, conf,
                            "person"))

    areas = names.area_names()
    for m in mentions:
        if m.kind == "person" and m.canonical not in areas:
            person(m.start, m.end, "spacy", 0.8)
    for h in rules.find_identifiers(text):
        out.append(Cand(h.start, h.end, policy.identifier_code, policy.identifier_code,
                        f"rule:{h.rule}", h.confidence, h.kind))
    for p in places.find_child_places(text):
        if not inside_kept(p.start, p.end) and not any(a <= p.start and p.end <= b
                                                       for a, b in bodies):
            out.append(Cand(p.start, p.end, policy.identifier_code, policy.identifier_code,
                            f"place:{p.rule}", p.confidence, p.kind))
    if policy.name_heuristics:
        for n in names.find_name_like(text, exclude=bodies):
            person(n.start, n.end, f"heuristic:{n.rule}", n.confidence)
    for fv in fields.find_fields(page):
        out += _field_candidates(text, fv, policy, person, inside_kept)
    if register is not None:
        out += _register_candidates(text, register, policy, inside_kept)
    return out


_NAME_TOKEN = re.compile(
    r"(?:[A-Z][\w'’\-]*\.?|[A-Z]\.|(?:O['’]|Mc|Mac)[A-Z][\w'’\-]*)(?:,(?=[ \t]))?"
)
_EMPTY_VALUE = re.compile(r"(?i)^\W*(?:n/?a|none|nil|unknown|not\s+known|nfa|no\s+fixed\s+"
                          r"abode|tbc|tbd|redacted|withheld|see\s+above|as\s+above|-+|—)\W*$")


def _field_candidates(text: str, fv: fields.FieldValue, policy: Policy, person,  # noqa: ANN001
                      inside_kept) -> list[Cand]:  # noqa: ANN001
    """What a labelled value holds, by its label: names only up to the first word that is
    not part of a name; dates of birth only as dates; nothing for empty values."""
    if _EMPTY_VALUE.match(fv.text) or inside_kept(fv.start, fv.end):
        return []
    code = policy.identifier_code
    if fv.kind == "name":
        run = re.match(r"(?:" + _NAME_TOKEN.pattern + r")(?:[ \t]+(?:"
                       + _NAME_TOKEN.pattern + r"))*", fv.text)
        if run and run.group().strip(" ,"):
            s = fv.start
            person(s, s + len(run.group().rstrip(" ,")), f"field:{fv.label}", 0.75)
        return []
    if fv.kind == "dob":
        m = rules.DATE_RE.search(fv.text)
        if not m:
            return []
        return [Cand(fv.start + m.start(), fv.start + m.end(), code, code, "field:dob", 0.9,
                     "date_of_birth")]
    if fv.kind in ("phone", "ni", "nhs", "vrm") and not re.search(r"\d", fv.text):
        return []
    if fv.kind == "address":
        end = fv.end
        parts = fv.text.rsplit(",", 1)
        if len(parts) == 2 and lexicon.fold(parts[1].strip()) in names.area_names():
            end = fv.start + len(parts[0])  # "2 Mill Lane, Oldham": the town is no address
        return [Cand(fv.start, end, code, code, "field:address", 0.8, "address")]
    kind = {"phone": "phone", "ni": "ni_number", "nhs": "nhs_number", "vrm": "vehicle_reg",
            "handle": "social_handle", "school": "school",
            "placement": "care_placement"}[fv.kind]
    return [Cand(fv.start, fv.end, code, code, f"field:{fv.label}", 0.8, kind)]


def _register_candidates(text: str, register: Register, policy: Policy,
                         inside_kept) -> list[Cand]:  # noqa: ANN001
    out = []
    for r in register.match_text(text):
        strong = r.form in ("full", "alias", "dob", "full~", "full~ocr") or r.form.endswith(
            "~ocr")
        if not strong and inside_kept(r.start, r.end):
            continue
        slip = r.form.endswith("~")  # one letter away: maybe someone else entirely
        if slip or not strong and _namesake(text, r.start, r.end,
                                            register.name_tokens(r.cipher)):
            # "Elena Dumitru" is not C-104 "Roxana Dumitru": redact, but do not label her
            # with the cipher, which would tell readers she is related to C-104
            out.append(Cand(r.start, r.end, policy.person_code, policy.person_code,
                            f"register:{r.form}:namesake", r.confidence, "person"))
            continue
        out.append(Cand(r.start, r.end, policy.victim_code, r.cipher, f"register:{r.form}",
                        r.confidence, "protected_person"))
    return out


_NEIGHBOUR_BEFORE = re.compile(r"([A-Z][\w'’\-]+)[ \t]+$")
_NEIGHBOUR_AFTER = re.compile(r"^(?:['’]s)?[ \t]+([A-Z][\w'’\-]+)")


def _namesake(text: str, start: int, end: int, own: frozenset[str]) -> bool:
    """A single registered name part written next to a different capitalised name."""
    before = _NEIGHBOUR_BEFORE.search(text, max(0, start - 40), start)
    after = _NEIGHBOUR_AFTER.search(text[end: end + 40])
    for m in (before, after):
        if not m:
            continue
        word = lexicon.fold(lexicon.strip_possessive(m.group(1)))
        if (word in own or word in lexicon.titles() or word in lexicon.stop_words()
                or word in lexicon.relation_words()):
            continue
        if word in lexicon.given_names() or word in lexicon.surnames():
            return True
    return False
