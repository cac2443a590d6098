"""Propagation: a name proposed once is proposed everywhere it occurs.

Within a document every other occurrence of a proposed name is proposed too: the whole
name, its distinctive parts ("Kayleigh Smith" -> "Kayleigh"), in any case ("lacey said" in
a transcript), possessive, and misspelt by a letter or by OCR ("Mahmod", "0liver", "Kasirn")
when the misspelling is not itself another real name. Words that are also ordinary English
words ("Hope", "Mark") count only when capitalised. Across documents, strings a reviewer
redacted are proposed wherever they occur (:func:`propagate`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ingest.pages import Page

from . import lexicon, names, places
from .codes import Codes
from .proposal import Cand, Proposal, merge
from .register import ocr_normal

_WORD = re.compile(r"[^\W_](?:[\w'’\-]*[^\W_])?", re.UNICODE)
_PERSON_KINDS = ("person", "protected_person")
_PLACE_WORDS = frozenset(
    "house lodge road street lane avenue close court drive way crescent grove gardens place "
    "terrace walk row mews hill park square view rise green parade fold gate vale bank croft "
    "mount estate centre hall station school academy college unit".split()
)


_BUILT_SOURCE = re.compile(r"built_nickname|letter_handle|initials")
_NICKNAME_SOURCE = re.compile(r"known_as|quoted|nickname|register:alias|field:(?:alias|aka|"
                              r"known as|also known as|other names|street name|saved|stored|"
                              r"display name|profile name|contact saved)")
DETERMINER_BEFORE = re.compile(
    r"(?i)\b(?:a|an|the|one|very|so|too|quite|really|my|his|her|their|its|our|your|this|"
    r"that|some|little|big|any|no|every|each)[ \t]+$")


_ARTICLE_BEFORE = re.compile(r"(?i)\b(?:a|an|the|this|that|some|any|every|each)"
                             r"(?:[ \t]+|[ \t]*\n[ \t]*)$")
_PREPOSITION_AFTER = re.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*)(?:of|for|to|in|on|at|with|from|"
                                r"about|off|into|onto|over|under|by)\b")


def noun_in_use(text: str, start: int, end: int) -> bool:
    """A lower-case ordinary word between an article and a preposition, even in speech: a
    noun in a phrase ("at the mercy of", "put a bid in for"), not a name ("the chief said",
    "the major wants her")."""
    span = text[start:end]
    return (span.islower() and " " not in span.strip()
            and lexicon.is_dictionary_word(lexicon.fold(span))
            and bool(_ARTICLE_BEFORE.search(text, max(0, start - 12), start))
            and bool(_PREPOSITION_AFTER.match(text, end)))


# where a street name written in lower case stands as a name: after a full stop or a
# comma, or after "said", "with", "tell"... ("biscuit waiting outside", "said pepper had"),
# never after an adjective or an article ("new boots", "a biscuit")
_NAME_SLOT_BEFORE = re.compile(
    r"(?i)(?:^|[.,;:!?(\[\n]|\b(?:said|says|told|tell|telling|with|and|to|from|saw|met|"
    r"called|asked|texted|messaged|rang|by|for|when|if|but|or|because|where|seen|see|"
    r"like|than|about|me|him|them))[ \t]+$")


def _forms(span: str) -> list[str]:
    """The whole name and the parts of it worth finding on their own."""
    whole = lexicon.canonical_name(span)
    forms = [whole] if len(whole) >= 2 else []
    parts = whole.split()
    if len(parts) > 1:
        forms += [p for p in parts if len(p) >= 3 and (lexicon.is_name_like(p) or (
            p in lexicon.given_names() or p in lexicon.surnames() or p in lexicon.name_words())
            and p not in lexicon.not_names() and p not in lexicon.stop_words()
            and p not in lexicon.titles() and p not in _PLACE_WORDS)]
    return forms


def _quoted_at(text: str, start: int) -> bool:
    """A quotation mark opens just before ``start``: 'cedar', "Boots"."""
    return start > 0 and text[start - 1] in "'‘\"“"


def _handle_stem(handle: str) -> str:
    """The name a handle is built on, as friends write it in messages: "bugsy_pro_cars" ->
    "bugsy", "nadz_w1z" -> "nadz", "leahhh.r" -> "leahhh"; "" when it is a word."""
    m = re.fullmatch(r"@?([a-z]{4,12})[._\-]?[a-z]{0,12}[._\-]?\w*", handle.lower())
    if not m or m.group(1) == handle.lower().lstrip("@"):
        return ""
    stem = m.group(1)
    if not re.match(r"@?[a-z]{4,12}(?:[._\-]|\d)", handle.lower()):
        return ""  # "kacebabyy", "sunnysideup": no edge says where the name ends
    if lexicon.is_dictionary_word(stem) or stem in lexicon.stop_words() or stem in \
            names.town_names() or stem in lexicon.not_names():
        return ""
    return stem


def _login_forms(span: str) -> list[str]:
    """A system's user name built from a person's name ("printed by slomax" for Sandra
    Lomax, "jwardle" for Mrs J. Wardle): an audit line or a comment names its author so."""
    words = lexicon.canonical_name(span).replace(".", " ").split()
    if len(words) < 2:
        return []
    inverted = "," in span
    surname = words[0] if inverted else words[-1]
    given = words[1] if inverted else words[0]
    if len(surname) < 4 or not surname.isalpha() or not given.isalpha():
        return []
    initial = given[0]
    forms = {initial + surname, surname + initial, f"{initial}.{surname}", f"{initial}_{surname}"}
    if len(given) > 1:
        forms |= {given + surname, f"{given}.{surname}", f"{given}_{surname}"}
    return sorted(f for f in forms if not lexicon.is_dictionary_word(f.replace(".", "")))


def propagation_forms(name: str) -> list[str]:
    """The forms of a proposed name worth proposing elsewhere in the same document: the
    whole name and its distinctive parts ("Dwayne Okonkwo" -> also "Dwayne", "Okonkwo").
    Used when a long document is tagged in windows, for names found in another window."""
    return [f for f in _forms(name) if " " in f or lexicon.is_name_like(f)]


def propagate_names(pages: Sequence[Page], cands: dict[int, list[Cand]],
                    kept: dict[int, list[tuple[int, int]]]) -> None:
    """Add a candidate for every other occurrence of a proposed name (in place)."""
    towns = names.town_names()
    common = lexicon.shipped_surnames()
    targets: dict[str, tuple[str, str]] = {}
    nicknames: set[str] = set()  # names found as what someone is called ("known as Biscuit")
    initials: set[str] = set()  # "MS" signing an entry spreads to "MS", never to "Ms Green"
    built_keys: set[str] = set()  # "Big Man" spreads to "big man said", not to "a big man"
    coded: dict[str, str] = {}  # a staff code in mixed case spreads in that case only
    for page in pages:
        for c in cands[page.number]:
            if c.kind == "social_handle":
                stem = _handle_stem(page.text[c.start:c.end])
                if stem:
                    targets.setdefault(stem, (c.code, c.label))
                    nicknames.add(stem)
            if c.kind not in _PERSON_KINDS:
                continue
            span = page.text[c.start:c.end]
            if re.fullmatch(r"[A-Z]{2,4}", span.strip()):
                initials.add(lexicon.canonical_name(span))
            elif re.fullmatch(r"[A-Z]{1,2}[A-Z][a-z]{1,2}", span.strip()):
                coded[lexicon.canonical_name(span)] = span.strip()  # "SKin", never "Skin"
            if _NICKNAME_SOURCE.search(c.source) and " " not in span.strip():
                nicknames.add(lexicon.canonical_name(span))
            words = lexicon.canonical_name(span).split()
            full_name = 1 < len(words) <= 3 and words[0] in lexicon.given_names()
            built = _BUILT_SOURCE.search(c.source)  # "Uncle N", "Big Man": whole only
            if built:
                built_keys.add(" ".join(span.lower().split()))
            forms = [" ".join(span.lower().split())] if built else _forms(span)
            for f in forms + ([] if built else _login_forms(span)):
                # a town spreads as a first name ("Chelsea"), a common surname ("Preston")
                # or the surname of a short full name ("Karen Bromley"); never from a span
                # that swallowed a town ("K. Heslop, Northumbria")
                town_ok = f in lexicon.given_names() or f in common or (
                    full_name and f == words[-1] and f in lexicon.surnames())
                if len(f) < 2 or (c.code != "VA" and (f in targets or f in towns
                                                      and not town_ok)):
                    continue
                targets[f] = (c.code, c.label)
    if not targets:
        return
    _add_misspellings(pages, targets)
    _add_pet_forms(pages, targets)
    alts = sorted(targets, key=len, reverse=True)
    rx = re.compile(
        r"(?i)(?<![\w@.])(?:"
        + "|".join(re.escape(a).replace(r"\ ", r"\s+").replace(r"\-", r"[\s\-]?")
                   for a in alts)  # "T-Money" is "t money" in a message
        + r")(?:['’]s?|s)?(?![\w@])"
    )
    joined = {re.sub(r"[\s\-]+", "", k): k for k in targets}
    for page in pages:
        text, spans = page.text, kept.get(page.number, [])
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            if m.group()[-1] in "'’" and _quoted_at(text, s):
                e -= 1  # 'Boots': the closing quote, not a possessive
            key = lexicon.canonical_name(text[s:e])
            if key not in targets:  # "uncle n" as written; "t money" for "T-Money"
                plain = " ".join(text[s:e].lower().split())
                key = plain if plain in targets else joined.get(
                    re.sub(r"[\s\-]+", "", key), key)
            if key not in targets:
                # "tanks van", "dustys": a possessive without its apostrophe, in a message
                if not (key.endswith("s") and key[:-1] in targets and is_casual(text, s)):
                    continue
                key = key[:-1]
            if " " not in key and lexicon.is_dictionary_word(key) and not m.group()[:1].isupper() \
                    and not is_casual(text, s) and not (
                    key in nicknames and key not in lexicon.stop_words()
                    and (_NAME_SLOT_BEFORE.search(text, max(0, s - 12), s)
                         or _quoted_at(text, s))):
                continue  # "hope" the word, not "Hope" the person (case tells, except in
                # a message or speech written in lower case: "tell jade lucky is outside",
                # and for a street name: "biscuit waiting outside", not "a biscuit")
            if noun_in_use(text, s, e):
                continue  # "at the mercy of", "a bid for": the word, whoever is named Mercy
            if any(a < e and s < b for a, b in spans):
                continue
            if key in initials and not text[s:e].isupper() or key in coded and (
                    lexicon.strip_possessive(text[s:e]) != coded[key]):
                continue
            if key in built_keys and DETERMINER_BEFORE.search(text, max(0, s - 12), s):
                continue
            if lexicon.is_month_or_day(key) and _date_around(text, s, e):
                continue  # "IRO June Hassall" ... "on 3 June": the month, not June
            code, label = targets[key]
            cands[page.number].append(
                Cand(s, e, code, label, "propagated", 0.7,
                     "protected_person" if code == "VA" else "person"))


_MONTH_BEFORE = re.compile(r"(?i)(?:\d[\s,]*|\b(?:in|of|since|until|till|from|by|during|early|"
                           r"late|mid|last|next|this|on|every|each)\s+)$")


def _date_around(text: str, s: int, e: int) -> bool:
    """A month or day name used as one: a number or a date word next to it."""
    return bool(_MONTH_BEFORE.search(text[max(0, s - 10):s])
                or re.match(r"[\s,]*(?:\d|of\b)", text[e:e + 5]))


def propagate_places(pages: Sequence[Page], cands: dict[int, list[Cand]],
                     kept: dict[int, list[tuple[int, int]]]) -> None:
    """Every other mention of a proposed school or placement, with or without its kind
    word ("Hebble Valley High School" ... "at Hebble Valley"), in any case."""
    targets: dict[str, str] = {}
    for page in pages:
        for c in cands[page.number]:
            if c.kind in ("school", "care_placement"):
                for f in places.place_forms(page.text[c.start:c.end]):
                    targets.setdefault(lexicon.fold(f), c.kind)
    if not targets:
        return
    rx = re.compile(r"(?i)(?<![\w@.])(?:" + "|".join(
        re.escape(t).replace(r"\ ", r"\s+") for t in sorted(targets, key=len, reverse=True))
        + r")(?:['’]s?)?(?![\w@])")
    for page in pages:
        spans = kept.get(page.number, [])
        for m in rx.finditer(page.text):
            s, e = m.start(), m.end()
            if m.group()[-1] in "'’" and _quoted_at(page.text, s):
                e -= 1  # 'cedar': the closing quote, not a possessive
            key = lexicon.fold(lexicon.strip_possessive(m.group()))
            if key not in targets or any(a < e and s < b for a, b in spans):
                continue
            if " " not in key and lexicon.is_dictionary_word(key) and not (
                    m.group()[:1].isupper() or is_casual(page.text, s)
                    or _quoted_at(page.text, s)):
                continue  # "kingfisher" the bird; "Kingfisher" the home, or 'cedar' quoted
            cands[page.number].append(Cand(s, e, "PD", "PD", "propagated", 0.7,
                                           targets[key]))


_TIED_NUMBERS = ("collar_number", "warrant_number", "staff_number", "licence_number",
                 "social_handle", "reference", "date_of_birth", "account_number",
                 "ip_address")


def propagate_identifiers(pages: Sequence[Page], cands: dict[int, list[Cand]]) -> None:
    """A number found once as someone's (a collar number after a rank, a handle, a badge)
    is theirs wherever else the document writes it bare: "operator 6712" ... "a PNC check
    via 6712"."""
    found: dict[str, str] = {}
    for page in pages:
        for c in cands[page.number]:
            if c.kind in _TIED_NUMBERS:
                value = page.text[c.start:c.end].strip()
                if sum(ch.isalnum() for ch in value) >= 4 and "\n" not in value:
                    found.setdefault(value.lower(), c.kind)
    if not found:
        return
    # one scheme's numbers are all people's: "HCG-0417" found as a staff number makes
    # "HCG-0052" one too (letters, a dash and at least three digits: no cipher like "YP-12")
    schemes = {re.escape(m.group(1)) + r"-\d{" + str(len(m.group(2))) + "}"
               for v, kind in found.items() if kind in ("reference", "staff_number")
               for m in [re.fullmatch(r"([a-z]{2,5})-(\d{3,7})", v)] if m}
    rx = re.compile(r"(?i)(?<![\w@./\-])(?:" + "|".join(
        [re.escape(v) for v in sorted(found, key=len, reverse=True)] + sorted(schemes))
        + r")(?![\w@]|[/\-]\w)")
    for page in pages:
        for m in rx.finditer(page.text):
            cands[page.number].append(Cand(m.start(), m.end(), "PD", "PD", "propagated", 0.7,
                                           found.get(m.group().lower(), "reference")))


def propagate_vehicles(pages: Sequence[Page], cands: dict[int, list[Cand]]) -> None:
    """Halves of a proposed registration written on their own: "YX61 KLM" ... "the YX61"
    ... "ending KLM"."""
    halves: set[str] = set()
    for page in pages:
        for c in cands[page.number]:
            if c.kind == "vehicle_reg":
                joined = re.sub(r"[^A-Z0-9]", "", page.text[c.start:c.end].upper())
                m = re.fullmatch(r"([A-Z]{2}\d{2})([A-Z]{3})", joined)
                if m:
                    halves.update(m.groups())
    if not halves:
        return
    rx = re.compile(r"(?<![\w/])(?:" + "|".join(sorted(halves)) + r")(?![\w/])")
    for page in pages:
        for m in rx.finditer(page.text):
            cands[page.number].append(Cand(m.start(), m.end(), "PD", "PD", "propagated", 0.7,
                                           "vehicle_reg"))


_SEGMENT_START = re.compile(r"[:\"“‘]|(?<!\w)'")
_CLOSING_QUOTE = re.compile(r"(?<=\S)['’”\"](?![A-Za-z])")


def is_casual(text: str, pos: int) -> bool:
    """Is ``pos`` in writing where case says nothing about names: a line without capitals,
    or a message or quotation without them after its first letter ("[20:58] Kace: toffee
    got a paper off the police lol", "'everyone knows about me and toffee'")?"""
    if _lower_case_line(text, pos):
        return True
    line_start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[line_start: end if end >= 0 else len(text)]
    rel = pos - line_start
    starts = list(_SEGMENT_START.finditer(line, 0, rel))
    if not starts:
        return False
    begin = starts[-1].end()
    segment = line[begin:]
    if starts[-1].group() != ":":  # a quotation ends at its closing quote
        close = _CLOSING_QUOTE.search(line, max(begin, rel))
        if close:
            segment = line[begin:close.start()]
    segment = segment.strip(" \t\"”’'")
    letters = [c for c in segment if c.isalpha()]
    if len(letters) < 8:
        return False
    body = re.sub(r"(?<!\w)I(?!\w)", "i", segment)  # "I" is capitalised in any register
    first = next((i for i, c in enumerate(body) if c.isalpha()), -1)
    # capitals only where a sentence starts: "Everyone is making a big deal. tango looks
    # after me. If you tell peanut anything..."
    return all(i == first or re.search(r"[.!?][ \t]+$", body[:i])
               for i, c in enumerate(body) if c.isupper())


def _lower_case_line(text: str, pos: int) -> bool:
    """Is the line around ``pos`` written without capitals (a text message, speech typed
    as heard), so that case says nothing about names?"""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start: end if end >= 0 else len(text)]
    return sum(c.isalpha() for c in line) >= 12 and not any(c.isupper() for c in line)


def _add_misspellings(pages: Sequence[Page], targets: dict[str, tuple[str, str]]) -> None:
    """Words of the document one letter or one OCR confusion away from a proposed name.

    A real name one letter away may be someone else: it is redacted all the same, but never
    given a person's cipher; an OCR confusion ("0liver") is the same name.
    """
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    singles = [t for t in targets if " " not in t and len(t) >= 5 and lexicon.is_name_like(t)]
    if not singles:
        return
    normal = {ocr_normal(t): t for t in singles}
    long = [t for t in singles if len(t) >= 6]
    known = lexicon.given_names() | lexicon.surnames()
    seen: set[str] = set()
    for page in pages:
        for m in _WORD.finditer(page.text):
            raw = lexicon.strip_possessive(m.group())
            word = lexicon.fold(raw)
            if word in seen or word in targets or len(word) < 4:
                continue
            seen.add(word)
            if lexicon.is_dictionary_word(word) or lexicon.is_not_a_name(raw):
                continue
            same = normal.get(ocr_normal(word))
            if same is not None:
                targets[word] = targets[same]
                continue
            hit = process.extractOne(word, long, scorer=Levenshtein.distance, score_cutoff=1)
            if hit is not None:
                targets[word] = targets[hit[0]] if word not in known else ("PD", "PD")


_PET_ENDINGS = ("o", "y", "ie", "z", "za", "zza", "s", "sy", "a")


def _pet_form_of(word: str, names_: list[str]) -> str | None:
    """The proposed name ``word`` is a pet form of: its first letters ("chlo" of Chloe), its
    first letters and an ending ("deano", "Purvo" of Purvis, "Ezza" of Ez), or its last
    letters ("Telle" of Chantelle)."""
    for n in names_:
        if len(word) >= 4 and len(n) > len(word) and n.startswith(word):
            return n
        if len(word) >= 4 and len(n) >= len(word) * 1.5 and n.endswith(word):
            return n
        for end in _PET_ENDINGS:
            stem = word[:-len(end)]
            if word.endswith(end) and len(stem) >= min(3, len(n)) and n.startswith(stem) \
                    and stem != n[:len(word)] and len(word) >= 4:
                return n
    return None


def _add_pet_forms(pages: Sequence[Page], targets: dict[str, tuple[str, str]]) -> None:
    """Words that are pet forms of a proposed given name, surname or nickname ("deano" of
    Dean, "Purvo" of Purvis, "Telle" of Chantelle): no list holds them, and held-out
    documents used them for people they named in full elsewhere."""
    names_ = [t for t in targets if " " not in t and len(t) >= 2 and t.isalpha()
              and lexicon.is_name_like(t)]
    if not names_:
        return
    for page in pages:
        for m in _WORD.finditer(page.text):
            raw = lexicon.strip_possessive(m.group())
            word = lexicon.fold(raw)
            if word in targets or not word.isalpha() or raw.isupper() or len(word) < 4 or (
                    lexicon.is_dictionary_word(word) or lexicon.is_not_a_name(raw)
                    or word in names.town_names()):
                continue
            owner = _pet_form_of(word, names_)
            if owner is not None:
                targets[word] = targets[owner]


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
            Cand(m.start(), m.end(), code, label or code, "propagated", 1.0, "reviewer")
            for m in rx.finditer(page.text)
        ]
        out.extend(merge(page, cands, Codes({code: code}, (code,))))
    return out
