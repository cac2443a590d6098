"""What a document says against a "person" the tagger or a name finder listed.

Held-out documents showed districts, estates, sites and units listed as people: a word
that is also a surname ("a house in Dalton", "Neville Street", "Barton" tagged an
organisation), a job or role letters glued to a name ("CEO Haigh's", "Nurse Adaeze Nwosu",
"Preston PDU"), a site's or body's name read as a given name and surname ("Jessop Wing",
"Royal Stoke" of "Royal Stoke University Hospital"). A facet lists a lone surname-like word
as a person only with a person's sign that nothing in the document contradicts: a title, a
form's name field, a nickname or kin cue, the word inside a full name, or a person mention
from the tagger or a name finder where the tagger does not also call the word a place or
body. The census's first-name and surname frequencies (package ``names``) tell a word that
is mainly a given name ("Kirsty", kept) from one mainly a surname ("Dalton").

Used by :mod:`redaction.entity_resolution` and :mod:`redaction.wrapped_names`. Pure: no
spaCy.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path

from . import entity_filters as ef
from . import lexicon
from . import person_filters as pf

Classified = Mapping[tuple[str, str], tuple[str, list[str]] | None]
_STRONG = frozenset({ef.FORM, ef.ALIAS, ef.NICK, ef.KIN})
_PLACE_OR_BODY = frozenset({"GPE", "LOC", "FAC", "ORG"})


@cache
def _census(kind: str) -> dict[str, float]:
    """Folded name -> percent of the 1990 US census (package ``names``) bearing it, for
    ``kind`` ``all.last``, ``male.first`` or ``female.first``."""
    import names as census

    path = Path(census.__file__).with_name(f"dist.{kind}")
    out: dict[str, float] = {}
    for line in path.read_text().splitlines():
        if line.strip():
            out.setdefault(lexicon.fold(line.split()[0]), float(line.split()[1]))
    return out


def mainly_given(word: str) -> bool:
    """A given name that is not more often a surname ("Kirsty", "Shannon", "Jordan"; not
    "Dalton" or "Barton", twice as often surnames as first names)."""
    if not ef.is_given_name(word):
        return False
    w = lexicon.fold(word)
    first = max(_census("male.first").get(w, 0.0), _census("female.first").get(w, 0.0))
    return _census("all.last").get(w, 0.0) <= 2 * first or _census("all.last").get(w, 0.0) < 0.001


def surname_first(word: str) -> bool:
    """A listed surname that the census does not record more often as a first name: "Hanif",
    "Lowe", "Barton"; not "Michelle" or "Louise"."""
    w = lexicon.fold(word)
    first = max(_census("male.first").get(w, 0.0), _census("female.first").get(w, 0.0))
    return w in lexicon.surnames() and _census("all.last").get(w, 0.0) >= first


def _site_head(text: str) -> str:
    """The word a place or body span is named by when that is all of it or it is followed
    only by a site's word ("Dalton", "Neville Street", "Barton Park"), else ""."""
    words = [lexicon.fold(w) for w in (ef.clean_token(t) for t in text.split()) if w]
    if len(words) == 1 or len(words) == 2 and words[1] in ef.SITE_WORDS:
        return words[0]
    return ""


def _lone_people(classified: Classified) -> list[tuple[tuple[str, str], str]]:
    """(mention, word) for each mention resolved to a one-word person."""
    return [(m, found[1][0]) for m, found in classified.items()
            if found and found[0] == "person" and len(found[1]) == 1]


def weak_single_words(classified: Classified, labels: Mapping[tuple[str, str], set[str]],
                      vouched: frozenset[str]) -> set[tuple[str, str]]:
    """Mentions resolved to a one-word person that is a listed surname, mainly no given name
    and no listed town, which no person mention supports ("Radford" only ever tagged an
    organisation) or which the tagger also writes as a place, a body or a street's head
    ("Dalton" as a GPE beside a name finder's "Dalton", "Neville\nStreet"). Not after a
    title, not a word the document vouches for as a surname ("Mrs Callow"), not inside a full
    name, not a form field, nickname or kin."""
    person: set[str] = set()
    against: set[str] = set()
    strong: set[str] = set(vouched)
    for m, found in classified.items():
        labs = labels.get(m, set())
        if m[0] in ("place", "agency") and labs & _PLACE_OR_BODY:
            against.add(_site_head(m[1]))  # "Neville\nStreet", "Dalton" as a GPE
        if not found or found[0] != "person":
            continue
        if len(found[1]) != 1:
            strong.update(lexicon.fold(w) for w in found[1])  # inside a full name
            continue
        word = lexicon.fold(found[1][0])
        if pf.titled(m[1]) or labs & _STRONG:
            strong.add(word)
        if m[0] == "person" and labs & {"PERSON", ef.NAME}:
            person.add(word)
    out = set()
    for m, w in _lone_people(classified):
        word = lexicon.fold(w)
        if (word in strong or mainly_given(w) or word not in lexicon.surnames()
                or ef.is_place_name(w)):
            continue  # "Shorty" tagged an organisation is a nickname, no district's name;
            # a listed town is left to resolution's own test of a lone town
        if word not in person or word in against:
            out.add(m)
    return out


#: Jobs written before a name as a title is ("Nurse Adaeze Nwosu", "Marshal McAllister",
#: "Sr Pat Salt"); stripped only when no given name and a name follows.
ROLE_LEADS = ef.ROLE_WORDS | frozenset(
    "marshal driver sister sr matron paramedic midwife porter steward warden carer "
    "receptionist escort volunteer".split())


#: Role letters that a surname list also holds.
_LISTED_ROLE_LETTERS = frozenset("ceo cfo coo md gm pa".split())


def _role_letters(word: str) -> bool:
    """Capitals of a role or unit, not a name: "CEO", "HCA", "PDU", "HQ"; not "NG", "ORD" or
    "LUMB" (surnames in capitals) or "LEE" (a given name)."""
    return (word.isupper() and word.isalpha() and 2 <= len(word) <= 4
            and (not ef.is_known_name(word) or lexicon.fold(word) in _LISTED_ROLE_LETTERS))


def role_trimmed(words: list[str], text: str) -> list[str]:
    """A person's words without a job or role letters written before the name ("CEO
    Haigh's", "HCA Niamh", "Nurse Adaeze Nwosu") or role letters after a full name ("Sarah
    Lund SW"); [] for a lone word before a unit's letters ("Preston PDU", "Hutton HQ"): a
    police unit or site named after a place, no one."""
    raw = [lexicon.strip_possessive(w) for w in (ef.clean_token(t) for t in text.split()) if w]
    if len(raw) == 2 and words == raw[:1] and _role_letters(raw[1]) and not mainly_given(
            raw[0]):
        return []  # "Wexham PPU", whose letters the person's words already left out
    if not raw or len(words) < 2:
        return words
    lead = raw[0]
    if lead in words and (_role_letters(lead) or lexicon.fold(lead) in ROLE_LEADS
                          and not ef.is_given_name(lead)):
        words = [w for w in words if w != lead]
    if len(words) > 1 and _role_letters(words[-1]) and raw[-1] == words[-1]:
        if len(words) == 2 and not mainly_given(words[0]):
            return []
        words = words[:-1]
    return words


def named_site(words: list[str], display: Mapping[tuple[str, str], str]
               ) -> tuple[str, str] | None:
    """The place or body a two- or three-word "person" names, when the document writes
    the same words as one ("Jessop Wing" tagged a building too) or as the start of one named
    in full, and only one ("Royal Stoke" of "Royal Stoke University Hospital", "Aire Valley"
    of "Aire Valley Security"): (kind, name). Not when the first word is a given name and
    no ordinary word ("Sarah Jones" beside "Sarah Jones Solicitors" is still her)."""
    folded = [lexicon.fold(w) for w in words]
    if len(words) < 2 or ef.is_given_name(words[0]) and not lexicon.is_dictionary_word(
            words[0]) and folded[-1] not in ef.SITE_WORDS:
        return None  # "Royal Stoke", "Aire Valley": a word or a site's word is no name
    for kind in ("place", "agency"):
        if (kind, " ".join(folded)) in display:
            return kind, display[(kind, " ".join(folded))]
    longer = {(kind, name) for (kind, key), name in display.items()
              if kind in ("place", "agency") and key.split()[:len(folded)] == folded
              and len(key.split()) > len(folded)}
    return next(iter(longer)) if len(longer) == 1 else None


def place_heads(classified: Classified, labels: Mapping[tuple[str, str], set[str]],
                vouched: frozenset[str], heads: frozenset[str]) -> set[tuple[str, str]]:
    """Mentions resolved to a one-word person whose word the document also writes as the
    first word of a longer place it names ("Whitley" beside "Whitley Bay", "Hyde" beside
    "Hyde Park"), with no person's sign anywhere in the document: no title, form field,
    nickname or kin cue, not vouched for as a surname, not mainly a given name. Held-out
    documents listed such districts as people; a place's head word alone is the place.
    ``heads``: folded first words of the multi-word places the document resolved."""
    signed = set(vouched) | {lexicon.fold(w) for m, w in _lone_people(classified)
                             if pf.titled(m[1]) or labels.get(m, set()) & _STRONG}
    out = set()
    for m, w in _lone_people(classified):
        word = lexicon.fold(w)
        if word in heads and word not in signed and not mainly_given(w):
            out.add(m)
    return out
