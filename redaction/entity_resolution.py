"""One entity per real person, place or agency in a document, under one canonical name.

Counsel filter and facet on the people, places and agencies tagged on each page. The tagger
writes down what the page says: "Kayleigh", "KAYLEIGH BRAMMER", "Ms Brammer's" and
"K. Brammer" are four mentions of one woman, and "09:14 dc Hepworth", "YP4" or "Vauxhall
Corsa" are no one. This module turns a document's mentions into canonical entities:

* noise is dropped or re-kinded first (:mod:`redaction.entity_filters`,
  :mod:`redaction.person_filters`): dates, times, codes, ciphers, vehicles, headings
  ("THE QUEEN", "DRIVERS ROTA") and labels are never people or agencies, postcode
  districts never places; a title in front ("DC Farrar" tagged as an agency, "Ms Bolton")
  or a lone given name makes a person, a town tagged as an agency is a place; a court
  list's "SHIPLEY Kieran Michael" is Kieran Michael Shipley;
* the page's own words decide a kind where the model guessed: a mention labelled by a
  context finder (:mod:`redaction.context_cues`, :mod:`redaction.place_cues`,
  :mod:`redaction.entity_cues`: an address line or field, a street, "in" before a town,
  "a takeaway called", "X, a children's home", "aka", a nickname in quotes, a form's
  Surname:/Forename(s): fields) is a *cue*, and every mention of the same words takes the
  cue's kind ("Maltby" after "I live in Maltby" is a place, "Mr Maltby" still a person); a
  tagged span lying only inside a cue's name ("Bradford" of "Bradford MASH") is nothing of
  its own;
* people are keyed by first and last name with case, titles, middle names and possessives
  folded (:mod:`redaction.person_resolution`); a shorter form ("Kayleigh", "Ms Brammer",
  "K. Brammer", "Kayleigh Dawn", "Kayleigh B", a nickname the document ties to her) takes
  the full name it can only mean in this document, and is dropped when it could mean two; a
  lone town's name with no one so named is the town;
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

from . import entity_filters as ef
from . import lexicon, person_model
from . import person_filters as pf
from .person_evidence import (
    ROLE_LEADS,
    named_site,
    place_heads,
    role_trimmed,
    weak_single_words,
)
from .person_resolution import NOBODY, PLACE, People, Person, proper_case

KINDS = ("person", "place", "agency")
_INVERTED = re.compile(r"^\s*(?P<s>[A-Z][A-Z'’\-]+|[A-Z][a-z]+),\s*(?P<g>[A-Z][\w'’\-]*\.?"
                       r"(?:[ \t]+[A-Z][a-z][\w'’\-]*)*)")


@dataclass(frozen=True, slots=True)
class Resolved:
    """The entity a mention stands for."""

    kind: str
    name: str


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


_gazetteer = ef.gazetteer
_SITE_TAILS = ef.SITE_WORDS | ef.AGENCY_TAILS | ef.SITE_ENDS


def _starts_with_title(text: str) -> bool:
    return pf.titled(text)


def _looks_like_person(words: list[str], place: bool = False) -> bool:
    """An agency or place span that is really a name: "Nicola Hirst", "Leanne", "IQBAL"."""
    if not words or len(words) > 3 or ef.has_agency_word(words):
        return False
    if ef.is_place_name(" ".join(words)) or lexicon.fold(" ".join(words)) in _gazetteer():
        return False
    if len(words) == 1:  # ``place``: a surname alone tagged as a place is a person only
        w = words[0]       # where the document names someone so (resolve's one_word)
        return ((ef.is_given_name(w) if place else ef.is_known_name(w))
                and not lexicon.is_dictionary_word(w) and not ef.is_product(w))
    if len(words) >= 2 and all(len(w.rstrip(".")) == 1 for w in words[:-1]):
        return not lexicon.is_dictionary_word(words[-1]) and words[-1][:1].isupper()  # "R. Pilbeam"
        # and "W A Buxton"
    if len(words) == 2 and len(words[1]) == 1 and words[1].isupper():
        return ef.is_given_name(words[0])  # "Chantelle M": a first name and an initial
    return ef.is_given_name(words[0]) and not any(
        lexicon.is_dictionary_word(w) and not ef.is_known_name(w) or pf.is_plain_word(w)
        for w in words)  # "Royal Spice": a word that is at most a rare surname is no name


def _site_name(words: list[str]) -> bool:
    """A name that begins with a compass point or ends in a site's word ("North Ormesby",
    "West Yorkshire", "Alexandra Park", "Martin House"): a place, never a given name and
    surname."""
    return len(words) > 1 and (lexicon.fold(words[0]) in ef.COMPASS_WORDS
                               or lexicon.fold(words[-1]) in ef.SITE_WORDS)


def _worded_site(raw: list[str]) -> bool:
    """Three or more words ending in a site's word with an ordinary word between ("Milton
    Creek Country Park", "Torre Abbey Sands Beach"): a place, though its first word is also
    a given name; a name's middle words are names ("Mary Anne Hall")."""
    return len(raw) > 2 and any(
        lexicon.is_dictionary_word(w) and (not ef.is_known_name(w) or pf.is_plain_word(w)
                                           or lexicon.fold(w) in ef.SITE_WORDS)
        for w in raw[1:-1])


def _town_first(words: list[str], text: str) -> bool:
    """Two words whose first is a county or town and no one's given name ("Derbyshire
    Royal", "Doncaster Top-ups"): the start of a hospital's, shop's or heading's name, not a
    person; a surname-first list writes the surname in capitals and the given name after."""
    return (len(words) == 2 and ef.is_place_name(words[0]) and not ef.is_given_name(words[0])
            and not pf.titled(text))


def _uninverted(text: str) -> str:
    """ "MUNIR, Sohail" -> "Sohail MUNIR"; "Smith, J." -> "J. Smith"."""
    m = _INVERTED.match(text)
    first = m["g"].split()[0] if m else ""
    if m and m["s"].isupper() and len(m["s"]) <= 3 and lexicon.fold(
            m["s"]) not in lexicon.surnames():
        return text  # "my SPO, Marcus Beadle", "Liverpool County FA, Barry": letters of a
        # role or body before a comma, not a surname
    if not m or not (m["s"].isupper() or len(first.rstrip(".")) == 1
                     or ef.is_given_name(first) and not ef.is_given_name(m["s"])):
        return text
    return f"{m['g']} {m['s']}{text[m.end():]}"


def _classify(kind: str, text: str, moved: bool = False,
              vouched: frozenset[str] = frozenset()) -> tuple[str, list[str]] | None:
    """The kind a mention really is and its clean words, or None when it is no entity.
    ``moved``: already re-kinded once (a mention is moved at most once); ``vouched``: folded
    words the document writes after a title ("Mrs Callow"), surnames though also words."""
    if kind == "person":
        raw = [w for seg in ef.segments(text) for w in seg]
        last = lexicon.fold(raw[-1]) if raw else ""
        line = (ef.segments(text) or [[]])[0]
        if (len(line) > 2 and lexicon.fold(line[-1]) in ef.BUILDING_WORDS and not moved
                and not pf.titled(text)):
            return _classify("place", " ".join(line), True)  # "Grimsby Town Hall\nReport"
        if len(raw) > 1 and last in ef.SITE_ENDS and not moved and not pf.titled(text):
            return _classify("place", text, True)  # "Bigg Market", "Shakespeare Towers"
        if len(raw) > 1 and (last in ef.AGENCY_TAILS or lexicon.fold(raw[0]) in ef.AGENCY_HEADS
                             ) and not moved:
            return _classify("agency", text, True)  # "Streetlife Project", "Unity College",
            # "Masjid Al-Falah"
        street = last in ef.STREET_WORDS or last in ef.COMPASS_WORDS and len(raw) > 2 and (
            lexicon.fold(raw[-2]) in ef.STREET_WORDS)  # "park lane west"
        if len(raw) > 1 and not moved and (street or (
                last in ef.LOCALITY_WORDS or last in ef.BUILDING_WORDS)
                and not pf.titled(text) and all(len(w.rstrip(".")) > 1 for w in raw[:-1])
                # "DS M. Wood", "N. Cross": a title or an initial makes it a person
                and (not ef.is_given_name(raw[0]) or ef.is_place_name(" ".join(raw))
                     or _worded_site(raw) or last in ef.UNNAMED_BUILDING_WORDS)):
            return _classify("place", text, True)  # "Lister Lane", "Savile Town", "Rosewood
            # House"; not "Jessica Hall"
        if (1 < len(raw) < 4 and ef.is_place_name(raw[0]) and not moved
                and all(lexicon.fold(w) in ef.COMPASS_WORDS for w in raw[1:])
                and not pf.titled(text)):
            return _classify("place", text, True)  # "Bradford West", "Leeds North East": a
            # town's constituency or district, not Mr West
        if raw and all(lexicon.fold(w) in ef.COMPASS_WORDS for w in raw):
            return None  # "NORTH EAST": a region of a body's name, no one and nowhere named
        if (len(raw) > 1 and not moved and lexicon.fold(raw[0]) in ef.COMPASS_WORDS
                and not pf.titled(text) and raw[1][:1].isupper()):
            return _classify("place", text, True)  # "North Ormesby", "NORTH EAST"
        if any(ef.has_digit(w) and ef.POSTCODE.match(w) for w in raw) and not moved:
            return _classify("place", text, True)  # an address line: "Halifax HX3"
        words = role_trimmed(pf.person_words(_uninverted(text), vouched), text)
        if words and all(lexicon.fold(w) in ef.COMPASS_WORDS for w in words):
            return None  # "North West" of "North West Division": a region, no one
        if len(words) > 1 and ef.is_place_name(" ".join(words)) and not pf.titled(text):
            return ("place", words)  # "Melton Mowbray", "Ashton Keynes": a town of two names,
            # whatever each word may be alone
        if _town_first(words, text):
            return None
        if (len(words) == 1 and ef.is_place_name(words[0]) and not ef.is_known_name(words[0])
                and not pf.titled(text)):
            return ("place", words)  # "Cleckheaton", "Halifax HX3\nReferrer"; not "PC Keighley"
        return None if pf.rejects_person(words, text, vouched) else ("person", words)
    if moved:
        pass
    elif _starts_with_title(text):
        return _classify("person", text, True, vouched)
    if kind == "agency":
        words = ef.agency_words(text)
        listed = lexicon.fold(" ".join(words)) in _gazetteer()
        if not listed and words and ef.is_place_name(" ".join(words)):
            return ("place", words)
        if (not listed and len(words) > 1 and not ef.has_agency_word(words)
                and lexicon.fold(words[-1]) in ef.LOCALITY_WORDS | ef.STREET_WORDS
                and len(words[0].rstrip(".")) > 1):  # not an initial's "N. Cross (YJS)"
            return ("place", words)  # "Dewsbury Moor", "Dunstable Road"
        first_line = (ef.segments(text.split("(")[0]) or ef.segments(text) or [[]])[0]
        # a span of punctuation has no words; a bracket after a name opens her role ("Gail
        # Hirst (Club Welfare Officer"), whose body's word is not the name's
        if (not listed and not moved and first_line and not ef.has_agency_word(first_line)
                and lexicon.fold(first_line[0]).rstrip(".") not in ("st", "saint")
                and not _site_name(first_line)  # "Shelton Lodge": a home, not Mr Lodge
                and _looks_like_person(pf.person_words(text))):  # not "ST AIDAN'S"
            return _classify("person", text, True, vouched)
        return None if ef.rejects_agency(words, text, listed) else ("agency", words)
    if kind == "place":
        words = ef.place_words(text)
        if not moved and len(words) in (3, 4) and lexicon.fold(words[0]) in ROLE_LEADS and (
                not ef.has_agency_word(words) and not any(
                    lexicon.is_dictionary_word(w) or lexicon.fold(w) in ef.SITE_WORDS
                    or not w[:1].isupper() for w in words[1:])):
            return _classify("person", text, True, vouched)  # "Nurse Adaeze Nwosu": a job
            # before two names the word lists need not hold
        if (not moved and _looks_like_person(words, True) and not _site_name(words)
                and not ef.is_place_name(" ".join(words))):
            return _classify("person", text, True, vouched)
        return None if ef.rejects_place(words, text) else ("place", words)
    return None


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


def _acronyms(display: dict[tuple[str, str], str]) -> dict[tuple[str, str], str]:
    """An agency written as capitals that are the initials of another agency the document
    names in full ("NPS", "National Probation Service"): that agency."""
    full = {}
    for (kind, _folded), name in display.items():
        words = [w for w in name.split() if lexicon.fold(w) not in ef.SMALL_WORDS]
        if kind == "agency" and len(words) > 1:
            full.setdefault("".join(w[0] for w in words).upper(), []).append(name)
    return {key: full[name][0] for key, name in display.items()
            if key[0] == "agency" and name.isupper() and len(full.get(name, [])) == 1}


Mentions = Iterable[tuple[str, ...]]  # kind, text[, label[, context]]


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


def _classify_cue(kind: str, text: str, labels: set[str],
                  vouched: frozenset[str] = frozenset()) -> tuple[str, list[str]] | None:
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
        cue = bool(labels & ef.AGENCY_CUES)
        return None if ef.rejects_agency(words, text, listed, cue) else ("agency", words)
    if ef.ALIAS in labels and " aka " in text:
        return _classify("person", text.split(" aka ")[0], True, vouched)
    if ef.NICK in labels:  # "Bear", "Smiley": a word, but the page says it is what she is called
        words = [w for w in (ef.clean_token(t) for t in text.split()) if w]
        return None if not words or ef.is_cipher(" ".join(words)) or ef.is_label(
            words[-1]) else ("person", words)
    return _classify("person", text, vouched=vouched)


def _untown_titled(classified: dict[tuple[str, str], tuple[str, list[str]] | None],
                   forced: dict[str, tuple[int, str]]) -> None:
    """A name the tagger wrote bare that the document also writes after a title ("Ossett"
    beside "Ms Ossett") is her, though it is a town's name too; unless the page's own words
    made it a place ("lives in Ossett")."""
    titled = {lexicon.fold(found[1][0]) for (kind, text), found in classified.items()
              if found and found[0] == "person" and len(found[1]) == 1 and pf.titled(text)}
    for (kind, text), found in classified.items():
        if (found and found[0] == "place" and len(found[1]) == 1
                and lexicon.fold(found[1][0]) in titled
                and forced.get(lexicon.fold(found[1][0]), (0, ""))[0] < 2):
            classified[(kind, text)] = ("person", found[1])


def _stray_lower_words(classified: dict[tuple[str, str], tuple[str, list[str]] | None]
                       ) -> set[tuple[str, str]]:
    """One-word people written in lower case in a document that writes its people's names
    with capitals, where the word is never written capitalised: a name finder's guess at a
    word ("rota", "leaver"); not a given name ("is shakeel there") or a name after a title
    ("dc hepworth"). A chat or notes written all in lower case keep them."""
    people = [(m, found[1]) for m, found in classified.items()
              if found and found[0] == "person"]
    lower = [m for m, words in people if m[1].strip().islower()]
    if not people or len(lower) * 3 > len(people):
        return set()
    capital = {lexicon.fold(w) for m, words in people if not m[1].strip().islower()
               for w in words}
    return {m for m, words in people if m in lower and len(words) == 1
            and lexicon.fold(words[0]) not in capital and not pf.titled(m[1])
            and (not ef.is_given_name(words[0]) or lexicon.is_dictionary_word(words[0]))}


def _unvouched_words(classified: dict[tuple[str, str], tuple[str, list[str]] | None],
                     labels: dict[tuple[str, str], set[str]], vouched: frozenset[str]
                     ) -> set[tuple[str, str]]:
    """One-word people with no evidence of a person: only the statistical tagger calls the
    word a name, it is in no given-name or surname list, and the document never writes it
    after a title, in a name field or as a nickname ("Ferham", "Healthwatch", "Veritext":
    a district, a service or a firm the tagger guessed). A one-word person needs a list, a
    title or a name finder to vouch for it, as a full name needs a known given name."""
    out = set()
    for m, found in classified.items():
        if not found or found[0] != "person" or len(found[1]) != 1 or m[0] != "person":
            continue
        word = found[1][0]
        if pf.titled(m[1]) or lexicon.fold(word) in vouched or labels[m] & {
                ef.FORM, ef.ALIAS, ef.NICK, ef.KIN}:
            continue
        if labels[m] <= {"PERSON", ""} and not ef.is_known_name(word):
            out.add(m)
        elif (word.isupper() and not ef.is_given_name(word) or word.islower()
              ) and lexicon.is_dictionary_word(word):
            out.add(m)  # "LADDER", "grey": a word written as words are, not as a name; a
            # given name in capitals ("HAZEL") may be a record's name field
    return out


_RECORD_SURNAME = re.compile(r"\b(?P<s>[A-Z][A-Z'’\-]{2,}),[ \t]*(?P<g>[A-Z][a-z][\w'’\-]*)")


#: an initial with its full stop and one capitalised word: a signature's "M. Onions"
_INITIAL_SURNAME = re.compile(r"[ \t]*[A-Z]\.[ \t]*(?P<s>[A-Z][a-z][\w'’\-]{2,})[ \t]*")


def _record_surnames(texts: Iterable[str]) -> frozenset[str]:
    """Folded surnames a record writes in capitals before a comma and a given name
    ("DC 5518 PILLING, Stuart") or after an initial and its full stop ("Signed M. Onions"):
    a surname, though also a word, wherever the document writes it after a given name
    ("Stuart Pilling's pocket book", "Margaret Onions")."""
    texts = list(texts)
    initialled = {lexicon.fold(m["s"]) for t in texts
                  if (m := _INITIAL_SURNAME.fullmatch(t)) and not ef.is_given_name(m["s"])}
    return frozenset(lexicon.fold(m["s"]) for t in texts for m in _RECORD_SURNAME.finditer(t)
                     if ef.is_given_name(m["g"]) and not ef.is_given_name(m["s"])) | initialled


def _site_short_form(words: list[str], text: str, sites: dict[str, list[tuple[str, str]]],
                     named: People) -> tuple[str, str] | None:
    """The one home, school or site a lone word stands for, where the document names it in
    full and no one so ("Staff at Moorcroft are OK" beside "Moorcroft Lodge"): (kind, name).
    Not a given name, not after a title, not a word that is someone's name here."""
    if len(words) != 1 or pf.titled(text) or ef.is_given_name(words[0]):
        return None
    found = sorted(sites.get(lexicon.fold(words[0]), []))  # an agency before a place
    if len({name for _kind, name in found}) != 1 or named.candidates(
            Person((lexicon.fold(words[0]),))):
        return None  # "Holme" of "Holme House" and "Holme Lane": which is unclear
    return found[0]


def _labelled(mentions: Mentions) -> dict[tuple[str, str], set[str]]:
    """Each distinct (kind, text) mention with every label it was found under."""
    labels: dict[tuple[str, str], set[str]] = {}
    for m in mentions:
        kind, text = m[0], m[1]
        if kind in KINDS and text.strip():
            labels.setdefault((kind, text), set()).add(m[2] if len(m) > 2 else "")  # type: ignore[misc]
    return labels


def resolve(mentions: Mentions, check: bool = True) -> dict[tuple[str, str], Resolved | None]:
    """Map each (kind, text) mention of one document to its entity, or None for noise.

    ``kind`` is the tagger's: person, place or agency; an optional third item is the
    mention's label (spaCy's PERSON, GPE, ORG... or a finder's, see
    :mod:`redaction.entity_filters`). The result's kind may differ (a name tagged as an
    agency is a person; a word a cue calls a town is a place wherever it is written bare).
    Every mention of one real entity maps to the same :class:`Resolved`. With ``check``, and
    mentions that carry their context (a fourth item), a person the learned check
    (:mod:`redaction.person_model`) finds unlikely is not listed.
    """
    mentions = list(mentions)
    labels = _labelled(mentions)
    vouched = frozenset(lexicon.fold(ef.clean_token(t.split()[-1])) for (k, t), labs in
                        labels.items() if k == "person" and t.split() and (
                            pf.titled(t) or ef.FORM in labs))
    # "Mrs Callow", a Surname field or column's "Pickup": a surname, though also a word
    vouched |= _record_surnames(t for k, t in labels if k == "person")
    classified: dict[tuple[str, str], tuple[str, list[str]] | None] = {}
    forced: dict[str, tuple[int, str]] = {}  # folded words -> (rank, kind) a cue gives them
    aliases: dict[str, str] = {}
    kin: set[str] = set()
    for (kind, text), labs in labels.items():
        cue = _cue_kind(labs)
        if cue is None:
            continue
        found = _classify_cue(cue, text, labs, vouched)
        classified[(kind, text)] = found
        if found is None:
            continue
        rank = _cue_rank(labs)
        for key in {lexicon.fold(" ".join(found[1])), _norm(text)}:
            if forced.get(key, (0, ""))[0] < rank:
                forced[key] = (rank, found[0])
        if ef.ALIAS in labs and " aka " in text and found[0] == "person":
            alias = lexicon.fold(" ".join(
                ef.clean_token(w) for w in text.split(" aka ")[-1].split()))
            aliases.setdefault(alias, " ".join(found[1]))
            forced.setdefault(alias, (1, "person"))
        if ef.KIN in labs and found[0] == "person":
            kin.add(" ".join(found[1]))
    for (kind, text), found in list(classified.items()):  # "Arndale Centre, Luton": a place
        if found is None:
            continue
        keys = {lexicon.fold(" ".join(found[1])), _norm(text)}
        cue = max((forced[k] for k in keys if k in forced), default=(0, ""))[1]
        if ef.BANK in labels[(kind, text)]:
            continue  # "Halifax" the bank keeps its kind beside "Halifax" the town
        if cue and cue != found[0] and not (found[0] == "person" and _starts_with_title(text)):
            classified[(kind, text)] = _classify_cue(cue, text, set(), vouched)
    for (kind, text), labs in labels.items():
        if (kind, text) in classified:
            continue
        found = _classify(kind, text, vouched=vouched)
        keys = [_norm(text)] + ([lexicon.fold(" ".join(found[1]))] if found and (
            ef.INSIDE not in labs) else [])  # a span marked as across a column or a cue's
        # name takes a cue's kind for its whole words only, not for what cleaning left of it
        cue = next((forced[k][1] for k in keys if k in forced), None)
        titled = kind == "person" and _starts_with_title(text)
        if cue and not titled and (found is None or found[0] != cue):
            found = _classify_cue(cue, text, set(), vouched)  # "Maltby" where "in Maltby"
        elif ef.INSIDE in labs and cue is None:
            found = None  # only ever part of a cue's name: "Bradford" of "Bradford MASH"
        classified[(kind, text)] = found
    _untown_titled(classified, forced)
    people: dict[str, Person] = {}
    groups: dict[tuple[str, str], list[list[str]]] = {}
    titled: set[str] = set()
    for (_kind, text), found in classified.items():
        if found is None:
            continue
        kind, words = found
        surface = " ".join(words)
        if kind == "person":
            people.setdefault(surface, Person(tuple(
                lexicon.fold(w).rstrip(".") for w in words)))
            if _starts_with_title(text):
                titled.add(surface)
        else:
            groups.setdefault((kind, lexicon.fold(surface)), []).append(words)
    named = People(people, {a: t for a, t in aliases.items() if t in people}, kin, titled)
    weak = weak_single_words(classified, labels, vouched)
    stray = _stray_lower_words(classified) | _unvouched_words(classified, labels, vouched) | weak
    display = {key: _display(key[0], forms) for key, forms in groups.items()}
    for key, name in _acronyms(display).items():  # "NPS" beside "National Probation Service"
        display[key] = name
    sites: dict[str, list[tuple[str, str]]] = {}
    for (kind, _folded), name in display.items():
        parts = name.split()
        if len(parts) > 1 and lexicon.fold(parts[-1]) in _SITE_TAILS:
            sites.setdefault(lexicon.fold(parts[0]), []).append((kind, name))
    out: dict[tuple[str, str], Resolved | None] = {}
    for m, found in classified.items():
        if found is None:
            out[m] = None
            continue
        kind, words = found
        surface = " ".join(words)
        if kind == "person":
            if m in stray and not named.candidates(people[surface]):
                out[m] = Resolved("place", _title_case(words)) if (
                    m[0] == "place" and m in weak) else None  # "the rota", "a care
                # leaver": a word, no one named so; "Dalton" the tagger saw as a town is one
                continue
            site = _site_short_form(words, m[1], sites, named) or (
                None if _starts_with_title(m[1]) else named_site(words, display))
            if site is not None:
                out[m] = Resolved(*site)  # "Moorcroft" beside "Moorcroft Lodge"
                continue
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
    heads = frozenset(lexicon.fold(r.name.split()[0]) for r in out.values()
                      if r is not None and r.kind == "place" and len(r.name.split()) > 1)
    for m in place_heads(classified, labels, vouched, heads):
        r = out.get(m)
        if r is not None and r.kind == "person" and len(r.name.split()) == 1:
            out[m] = None  # "Whitley" beside "Whitley Bay": the place's head, no one
    _fold_into_joined(out, [t for (k, t), labs in labels.items()
                            if k == "person" and ef.JOINED in labs])
    model = person_model.load_model() if check else None
    contexts = _contexts(mentions)
    if model is not None and contexts:  # trained on mentions with their contexts: a document
        # tagged before mentions kept them is listed by the rules alone until re-tagged
        people = _people_forms(out, labels, contexts)
        sites = _site_words(out)
        unlikely = {name for name, forms in people.items()
                    if person_model.checked(feats := person_model.features(
                        name, forms, people, sites)) and model.score(feats) < model.threshold}
        for m, r in out.items():
            if r is not None and r.kind == "person" and r.name in unlikely:
                out[m] = None
    return out


def _contexts(mentions: Mentions) -> dict[tuple[str, str], set[str]]:
    """Each distinct (kind, text) mention's contexts, where the mentions carry them (a
    fourth item, :func:`redaction.person_model.mention_context`)."""
    out: dict[tuple[str, str], set[str]] = {}
    for m in mentions:
        if len(m) > 3 and m[3]:  # type: ignore[misc]
            out.setdefault((m[0], m[1]), set()).add(m[3])  # type: ignore[misc]
    return out


def _people_forms(out: dict[tuple[str, str], Resolved | None],
                  labels: dict[tuple[str, str], set[str]],
                  contexts: dict[tuple[str, str], set[str]]) -> dict[str, list[person_model.Form]]:
    """Each listed person's name -> the mentions resolving to it, with their labels and
    contexts."""
    people: dict[str, list[person_model.Form]] = {}
    for key, r in out.items():
        if r is not None and r.kind == "person":
            people.setdefault(r.name, []).append(
                (*key, frozenset(labels[key]), frozenset(contexts.get(key, ()))))
    return people


def _site_words(out: dict[tuple[str, str], Resolved | None]) -> frozenset[str]:
    """The folded words of every place and agency listed."""
    return frozenset(lexicon.fold(w) for r in out.values()
                     if r is not None and r.kind != "person" for w in r.name.split())


def listed_people(mentions: Mentions) -> tuple[dict[str, list[person_model.Form]], frozenset[str]]:
    """The people resolution's rules list, before the learned check, each with the mentions
    resolving to it, and the words of the places and agencies listed: what
    :mod:`redaction.person_model` is trained and run on."""
    mentions = list(mentions)
    out = resolve(mentions, check=False)
    return _people_forms(out, _labelled(mentions), _contexts(mentions)), _site_words(out)


def _fold_into_joined(out: dict[tuple[str, str], Resolved | None], joined: list[str]) -> None:
    """A name the tagging stage put back together (:mod:`redaction.name_joins`) is the
    person its parts stand for: the lone given name and surname it joined ("Saleem",
    "Chaudhry"), the given name with role letters or post-nominals the tagger glued on ("Carl
    Lo", "Priya Bds", which is how the join found it), and every mention that writes it whole
    ("LO Carl Dickinson")."""
    for full in joined:
        name = " ".join(ef.clean_token(w) for w in full.split())
        words = lexicon.fold(name).split()
        if len(words) < 2:
            continue
        parts = {words[0], words[-1]}
        for m, r in out.items():
            if r is None or r.kind != "person" or r.name == name:
                continue
            said = lexicon.fold(r.name).split()
            if (len(said) == 1 and said[0] in parts or _writes_whole(m[1], words)
                    or len(said) == 2 and said[0] == words[0] and len(said[1]) <= 4
                    and said[1].upper() in m[1].split()):  # "Carl Lo" of "LO Carl ...",
                out[m] = Resolved("person", name)        # not another man, "Carl Lee"


def _writes_whole(text: str, words: list[str]) -> bool:
    """Does a mention's text hold the name's words in a row ("LO Carl Dickinson")?"""
    said = lexicon.fold(" ".join(ef.clean_token(w) for w in text.split())).split()
    n = len(words)
    return any(said[i:i + n] == words for i in range(len(said) - n + 1))


def document_entities(mentions: Mentions, check: bool = True) -> dict[str, list[str]]:
    """The distinct entities of a document by kind, sorted: what its facets should list
    (``check``: as :func:`resolve`)."""
    found: dict[str, set[str]] = {k: set() for k in KINDS}
    for r in resolve(mentions, check).values():
        if r is not None:
            found[r.kind].add(r.name)
    return {k: sorted(v) for k, v in found.items()}
