"""One entity per real person, place or agency in a document, under one canonical name.

Counsel filter and facet on the people, places and agencies tagged on each page. The tagger
writes down what the page says: "Kayleigh", "KAYLEIGH BRAMMER", "Ms Brammer's" and
"K. Brammer" are four mentions of one woman, and "09:14 dc Hepworth", "YP4" or "Vauxhall
Corsa" are no one. This module turns a document's mentions into canonical entities:

* noise is dropped or re-kinded first (:mod:`redaction.entity_filters`): dates, times,
  codes, ciphers, vehicles, headings and labels are never people or agencies, postcode
  districts never places; a title in front ("DC Farrar" tagged as an agency) or a lone
  given name makes a person, a town tagged as an agency is a place;
* the page's own words decide a kind where the model guessed: a mention labelled by a
  context finder (:mod:`redaction.name_mentions`: an address line, a street, "in" before a
  town, "a takeaway called", "aka", a form's Surname:/Forename(s): fields) is a *cue*, and
  every mention of the same words takes the cue's kind ("Maltby" after "I live in Maltby" is
  a place, "Mr Maltby" still a person); a tagged span lying only inside a cue's name
  ("Bradford" of "Bradford MASH") is nothing of its own;
* people are keyed by first and last name with case, titles, middle names and possessives
  folded; a shorter form ("Kayleigh", "Ms Brammer", "K. Brammer", "Kayleigh Dawn") takes
  the full name it can only mean in this document, and is dropped when it could mean two;
* names are shown in proper case, the same in every document ("Kayleigh Brammer", "O'Neill",
  "McKenzie"), so a ``person:"Kayleigh Brammer"`` filter is one term match everywhere;
  places and agencies keep the gazetteer's spelling or the mixed-case form the document
  writes most.

Resolution is per document, because "Kayleigh" means Kayleigh Brammer only where she is
named in full. Pure: no Flask, no database, no spaCy.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from . import entity_filters as ef
from . import lexicon

KINDS = ("person", "place", "agency")
PLACE = "\0place"  # a one-word "person" that is only a town
NOBODY = "\0nobody"  # a surname two people in the document share
_DIMINUTIVE = ("o", "y", "ie", "ey", "z", "za", "zy", "ers", "na")
_INVERTED = re.compile(r"^\s*(?P<s>[A-Z][A-Z'’\-]+|[A-Z][a-z]+),\s*(?P<g>[A-Z][\w'’\-]*\.?)")


@dataclass(frozen=True, slots=True)
class Resolved:
    """The entity a mention stands for."""

    kind: str
    name: str


@dataclass(slots=True)
class _Person:
    words: tuple[str, ...]  # folded

    @property
    def first(self) -> str:
        return self.words[0]

    @property
    def last(self) -> str:
        for i, w in enumerate(self.words[1:-1], 1):
            if w in ef.PARTICLES:
                return " ".join(self.words[i:])
        return self.words[-1]

    @property
    def key(self) -> tuple[str, str]:
        return (self.first, self.last)

    @property
    def is_full(self) -> bool:
        return len(self.words) >= 2 and len(self.first) > 1

    @property
    def is_initialled(self) -> bool:
        return len(self.words) >= 2 and len(self.first) == 1


def proper_case(word: str) -> str:
    """A name word in proper case whatever case it was written in: "o'neill" -> "O'Neill",
    "MCKENZIE" -> "McKenzie", "smith-jones" -> "Smith-Jones"."""
    if "-" in word:
        return "-".join(proper_case(p) for p in word.split("-"))
    low = word.lower().replace("’", "'")
    if "'" in low:
        head, _, rest = low.partition("'")
        if len(head) == 1 and rest:
            return head.upper() + "'" + proper_case(rest)
    if low.startswith("mc") and len(low) > 3:
        return "Mc" + low[2].upper() + low[3:]
    return low[:1].upper() + low[1:]


def person_display(words: Iterable[str]) -> str:
    """Proper case, particles after the first word in lower case ("Ahmed al Rashid")."""
    out = []
    for i, w in enumerate(words):
        out.append(w if i and w in ef.PARTICLES else proper_case(w))
    return " ".join(out)


def _title_case(words: list[str]) -> str:
    out = []
    for i, w in enumerate(words):
        f = lexicon.fold(w)
        if i and f in ef.SMALL_WORDS:
            out.append(f)
        elif w.isupper() and len(w) <= 4 and not lexicon.is_dictionary_word(w):
            out.append(w)  # NHS, CPS, YOT
        else:
            out.append(proper_case(w))
    return " ".join(out)


@cache
def _gazetteer() -> dict[str, str]:
    """Folded name -> spelling of every listed public body."""
    from .entities import gazetteer_patterns

    out: dict[str, str] = {}
    for p in gazetteer_patterns():  # sorted: "Barnardo's" before "Barnardo’s"
        out.setdefault(lexicon.fold(p["pattern"]), p["pattern"])
    return out


def _starts_with_title(text: str) -> bool:
    words = [ef.clean_token(w) for w in text.split()]
    words = [w for w in words if w and not ef.has_digit(w)]
    return len(words) >= 2 and lexicon.fold(words[0]).rstrip(".") in lexicon.titles()


def _looks_like_person(words: list[str]) -> bool:
    """An agency or place span that is really a name: "Nicola Hirst", "Leanne", "IQBAL"."""
    if not words or len(words) > 3 or ef.has_agency_word(words):
        return False
    if ef.is_place_name(" ".join(words)) or lexicon.fold(" ".join(words)) in _gazetteer():
        return False
    if len(words) == 1:
        w = words[0]
        return (ef.is_known_name(w) and not lexicon.is_dictionary_word(w)
                and not ef.is_product(w))
    if len(words) == 2 and len(words[0].rstrip(".")) == 1:
        return not lexicon.is_dictionary_word(words[1]) and words[1][:1].isupper()  # "R. Pilbeam"
    return ef.is_given_name(words[0]) and not any(
        lexicon.is_dictionary_word(w) and not ef.is_known_name(w) for w in words)


def _uninverted(text: str) -> str:
    """ "MUNIR, Sohail" -> "Sohail MUNIR"; "Smith, J." -> "J. Smith"."""
    m = _INVERTED.match(text)
    if not m or not (m["s"].isupper() or len(m["g"].rstrip(".")) == 1
                     or ef.is_given_name(m["g"]) and not ef.is_given_name(m["s"])):
        return text
    return f"{m['g']} {m['s']}{text[m.end():]}"


def _classify(kind: str, text: str, moved: bool = False) -> tuple[str, list[str]] | None:
    """The kind a mention really is and its clean words, or None when it is no entity.
    ``moved``: already re-kinded once (a mention is moved at most once)."""
    if kind == "person":
        raw = [w for seg in ef.segments(text) for w in seg]
        last = lexicon.fold(raw[-1]) if raw else ""
        if len(raw) > 1 and last in ef.AGENCY_TAILS and not moved:
            return _classify("agency", text, True)  # "Streetlife Project", "Unity College"
        if len(raw) > 1 and not moved and (last in ef.STREET_WORDS or last in ef.LOCALITY_WORDS
                                           and not ef.is_given_name(raw[0])):
            return _classify("place", text, True)  # "Lister Lane", "Savile Town"
        if any(ef.has_digit(w) and ef.POSTCODE.match(w) for w in raw) and not moved:
            return _classify("place", text, True)  # an address line: "Halifax HX3"
        words = ef.person_words(_uninverted(text))
        if len(words) == 1 and ef.is_place_name(words[0]) and not ef.is_known_name(words[0]):
            return ("place", words)  # "Cleckheaton", "Halifax HX3\nReferrer"
        return None if ef.rejects_person(words, text) else ("person", words)
    if moved:
        pass
    elif _starts_with_title(text):
        return _classify("person", text, True)
    if kind == "agency":
        words = ef.agency_words(text)
        listed = lexicon.fold(" ".join(words)) in _gazetteer()
        if not listed and words and ef.is_place_name(" ".join(words)):
            return ("place", words)
        if (not listed and len(words) > 1 and not ef.has_agency_word(words)
                and lexicon.fold(words[-1]) in ef.LOCALITY_WORDS | ef.STREET_WORDS):
            return ("place", words)  # "Dewsbury Moor", "Dunstable Road"
        if (not listed and not moved and not ef.has_agency_word(ef.segments(text)[0])
                and _looks_like_person(ef.person_words(text))):
            return _classify("person", text, True)
        return None if ef.rejects_agency(words, text, listed) else ("agency", words)
    if kind == "place":
        words = ef.place_words(text)
        if (not moved and _looks_like_person(words)
                and not ef.is_place_name(" ".join(words))):
            return _classify("person", text, True)
        return None if ef.rejects_place(words, text) else ("place", words)
    return None


def _contains(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    n = len(short)
    return any(long[i:i + n] == short for i in range(len(long) - n + 1))


class _People:
    """A document's people, keyed by first and last name, and what each shorter form means."""

    def __init__(self, people: dict[str, _Person], aliases: dict[str, str] | None = None,
                 kin: set[str] | None = None) -> None:
        self.people = people
        self.aliases = aliases or {}  # folded alias -> the surface of the name it stands for
        self.kin = kin or set()  # surfaces of a named person's relative ("Mrs Worsnop")
        full = [p for p in people.values() if p.is_full]
        # a full name inside a longer one ("Kayleigh Dawn" in "Kayleigh Dawn Brammer") is it
        self.target: dict[tuple[str, ...], _Person] = {}
        for p in sorted(full, key=lambda p: -len(p.words)):
            if p.words in self.target:
                continue
            longer = {self.target[q.words].key: self.target[q.words] for q in full
                      if len(q.words) > len(p.words) and _contains(q.words, p.words)}
            self.target[p.words] = next(iter(longer.values())) if len(longer) == 1 else p
        self.keys = {self.target[p.words].key for p in full}

    def candidates(self, p: _Person) -> set[tuple[str, str]]:
        """Full names a short form can stand for: "K Brammer", "Brammer", "Kayleigh",
        a nickname ("Mikey" for Michael) or a short form of the first name ("Zak")."""
        keys = self.keys
        if p.is_initialled:
            found = {k for k in keys if k[1] == p.last and k[0].startswith(p.first)}
            # "A. Rhiannon" (a cipher's letter before a first name): Rhiannon's full name
            return found or {k for k in keys if len(p.words) == 2 and k[0] == p.words[1]}
        w = p.words[0]
        found = {k for k in keys if w in (k[0], k[1]) or k[1].endswith(" " + w)}
        if not found:
            nick = lexicon.nicknames().get(w, frozenset())
            found = {k for k in keys if k[0] in nick}
        if not found and len(w) >= 3:
            found = {k for k in keys if k[0].startswith(w)}
        if not found and len(w) >= 4 and w.endswith(_DIMINUTIVE):
            # "Jonno" for Jonathan, "Shady" for Shahid: the first name's start and a pet ending
            found = {k for k in keys if k[0][:3] == w[:3] and len(k[0]) >= len(w) - 1}
        return found

    def name(self, surface: str) -> str | None:
        """Display name of the person a written form resolves to; None when it could be
        two people; :data:`PLACE` for a lone town name."""
        p = self.people[surface]
        if surface in self.kin:
            return person_display(p.words)
        if len(p.words) == 1 and p.words[0] in self.aliases:
            target = self.aliases[p.words[0]]
            if target in self.people and target != surface:
                return self.name(target)
        if p.is_full:
            first, last = self.target[p.words].key
            return person_display([first, *last.split()])
        found = self.candidates(p)
        if len(found) == 1:
            first, last = next(iter(found))
            return person_display([first, *last.split()])
        if found:
            return None  # "Smith" with John and Jane Smith in the document
        if len(p.words) == 1 and ef.is_place_name(p.words[0]) and not ef.is_known_name(
                p.words[0]):
            return PLACE  # "Nelson", and no Nelson named in full: the town
        return person_display(p.words)

    def one_word(self, word: str, town: bool = False) -> str | None:
        """The one person a single word tagged as a place or agency stands for, if any;
        ``town``: the word is also a town's name, so only a surname counts ("HOLLOWAY" in a
        form naming Kayden Holloway)."""
        w = lexicon.fold(word)
        if w in self.aliases and self.aliases[w] in self.people:
            return self.name(self.aliases[w])
        found = self.candidates(_Person((w,)))
        if town:
            found = {k for k in found if k[1] == w}
        if len(found) != 1:
            return NOBODY if town and found else None
        first, last = next(iter(found))
        return person_display([first, *last.split()])


def _display(kind: str, forms: list[list[str]]) -> str:
    """Gazetteer spelling, else the mixed-case form written most, else title case."""
    folded = lexicon.fold(" ".join(forms[0]))
    if kind == "agency" and folded in _gazetteer():
        return _gazetteer()[folded]
    written = Counter(" ".join(f) for f in forms)
    mixed = [(n, t) for t, n in written.items() if not t.isupper() and not t.islower()]
    if mixed:
        return max(mixed, key=lambda nt: nt[0])[1]
    return _title_case(forms[0])


Mentions = Iterable[tuple[str, str] | tuple[str, str, str]]


def _cue_kind(labels: set[str]) -> str | None:
    """The kind the page's own words give a mention, if a finder labelled it."""
    if labels & ef.PLACE_CUES:
        return "place"
    if labels & ef.AGENCY_CUES:
        return "agency"
    if labels & ef.PERSON_CUES:
        return "person"
    return None


def _cue_rank(labels: set[str]) -> int:
    """How sure a cue is: an address or street line, then a named business or town, then
    a name finder's person."""
    if labels & {ef.ADDRESS, ef.STREET}:
        return 3
    return 2 if labels & (ef.PLACE_CUES | ef.AGENCY_CUES) else 1


def _norm(text: str) -> str:
    """A mention's words folded, for matching it against a cue's: "the Pizza\nPalace's"
    -> "pizza palace"."""
    words = [ef.clean_token(w) for w in text.split()]
    out = lexicon.fold(" ".join(w for w in words if w))
    return out[4:] if out.startswith("the ") else out


def _classify_cue(kind: str, text: str, labels: set[str]) -> tuple[str, list[str]] | None:
    """A cue mention keeps the kind its finder gave it."""
    if kind == "place":  # in lower case too: "on huddersfield road"
        text = " ".join(text.split())  # a cue's name may wrap: "Pizza\nPalace"
        words = ef.place_words(text)
        return None if not words or ef.rejects_place(words, text) and any(
            c.isupper() for c in text) else ("place", words)
    if kind == "agency":
        text = " ".join(text.split())
        words = ef.agency_words(text)
        listed = lexicon.fold(" ".join(words)) in _gazetteer()
        return None if ef.rejects_agency(words, text, listed) else ("agency", words)
    if ef.ALIAS in labels and " aka " in text:
        return _classify("person", text.split(" aka ")[0], True)
    return _classify("person", text)


def resolve(mentions: Mentions) -> dict[tuple[str, str], Resolved | None]:
    """Map each (kind, text) mention of one document to its entity, or None for noise.

    ``kind`` is the tagger's: person, place or agency; an optional third item is the
    mention's label (spaCy's PERSON, GPE, ORG... or a finder's, see
    :mod:`redaction.entity_filters`). The result's kind may differ (a name tagged as an
    agency is a person; a word a cue calls a town is a place wherever it is written bare).
    Every mention of one real entity maps to the same :class:`Resolved`.
    """
    labels: dict[tuple[str, str], set[str]] = {}
    for m in mentions:
        kind, text = m[0], m[1]
        if kind in KINDS and text.strip():
            labels.setdefault((kind, text), set()).add(m[2] if len(m) > 2 else "")  # type: ignore[misc]
    classified: dict[tuple[str, str], tuple[str, list[str]] | None] = {}
    forced: dict[str, tuple[int, str]] = {}  # folded words -> (rank, kind) a cue gives them
    aliases: dict[str, str] = {}
    kin: set[str] = set()
    for (kind, text), labs in labels.items():
        cue = _cue_kind(labs)
        if cue is None:
            continue
        found = _classify_cue(cue, text, labs)
        classified[(kind, text)] = found
        if found is None:
            continue
        rank = _cue_rank(labs)
        for key in {lexicon.fold(" ".join(found[1])), _norm(text)}:
            if forced.get(key, (0, ""))[0] < rank:
                forced[key] = (rank, found[0])
        if ef.ALIAS in labs and " aka " in text and found[0] == "person":
            alias = lexicon.fold(ef.clean_token(text.split(" aka ")[-1]))
            aliases.setdefault(alias, " ".join(found[1]))
            forced.setdefault(alias, (1, "person"))
        if ef.KIN in labs and found[0] == "person":
            kin.add(" ".join(found[1]))
    for (kind, text), found in list(classified.items()):  # "Arndale Centre, Luton": a place
        if found is None:
            continue
        keys = {lexicon.fold(" ".join(found[1])), _norm(text)}
        cue = max((forced[k] for k in keys if k in forced), default=(0, ""))[1]
        if cue and cue != found[0] and not (found[0] == "person" and _starts_with_title(text)):
            classified[(kind, text)] = _classify_cue(cue, text, set())
    for (kind, text), labs in labels.items():
        if (kind, text) in classified:
            continue
        found = _classify(kind, text)
        keys = [_norm(text)] + ([lexicon.fold(" ".join(found[1]))] if found else [])
        cue = next((forced[k][1] for k in keys if k in forced), None)
        titled = kind == "person" and _starts_with_title(text)
        if cue and not titled and (found is None or found[0] != cue):
            found = _classify_cue(cue, text, set())  # "Maltby" where "in Maltby" is written
        elif ef.INSIDE in labs and cue is None:
            found = None  # only ever part of a cue's name: "Bradford" of "Bradford MASH"
        classified[(kind, text)] = found
    people: dict[str, _Person] = {}
    groups: dict[tuple[str, str], list[list[str]]] = {}
    for found in classified.values():
        if found is None:
            continue
        kind, words = found
        surface = " ".join(words)
        if kind == "person":
            people.setdefault(surface, _Person(tuple(
                lexicon.fold(w).rstrip(".") for w in words)))
        else:
            groups.setdefault((kind, lexicon.fold(surface)), []).append(words)
    named = _People(people, {a: t for a, t in aliases.items() if t in people}, kin)
    display = {key: _display(key[0], forms) for key, forms in groups.items()}
    out: dict[tuple[str, str], Resolved | None] = {}
    for m, found in classified.items():
        if found is None:
            out[m] = None
            continue
        kind, words = found
        surface = " ".join(words)
        if kind == "person":
            name = named.name(surface)
            if name == PLACE:
                out[m] = Resolved("place", _title_case(words))
            else:
                out[m] = Resolved("person", name) if name else None
            continue
        person = None
        if len(words) == 1 and _cue_kind(labels[m]) is None and lexicon.fold(
                surface) not in forced and lexicon.fold(words[0]) not in _gazetteer():
            # "Mikey" tagged as a place in a document naming Michael Doran is him
            person = named.one_word(words[0], town=ef.is_place_name(words[0]))
            if person == NOBODY:  # "HOLLOWAY" of a form naming Kayden and Stacey Holloway
                out[m] = None
                continue
        out[m] = Resolved("person", person) if person else Resolved(
            kind, display[(kind, lexicon.fold(surface))])
    return out


def document_entities(mentions: Mentions) -> dict[str, list[str]]:
    """The distinct entities of a document by kind, sorted: what its facets should list."""
    found: dict[str, set[str]] = {k: set() for k in KINDS}
    for r in resolve(mentions).values():
        if r is not None:
            found[r.kind].add(r.name)
    return {k: sorted(v) for k, v in found.items()}
