"""People named by the words around them, where no list holds the name: an ordinary word
with a capital where a person stands ("went with Spider"), a child with an age in brackets,
someone spoken to at the start of a quotation, what someone is called in lower case
("every1 calls me sunny"), a quoted nickname then who it is ("'Spider' (Curtis Webb)"), a
first name then its owner's rank ("Mehreen (DC Sabir)"), hyphenated initials ("K-A Doyle")
and a role's holder in brackets ("Store security (Dev) says"); and, once some names are
proposed, the other ways one person is written on a line that lists them ("T-Money, t money,
tee money") or in a quoted run ("'harv' and 'little h'"): :func:`variant_lines`.

Each is a shape of words held-out documents used for someone they did not otherwise name;
found once, the name spreads through the document like any other (propagation).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.pages import Page

from . import lexicon
from .names import NameHit, town_names
from .proposal import Cand
from .street_names import is_role_abbreviation


def find(text: str) -> list[NameHit]:
    """Names the words around them make, on one page's text."""
    hits = _word_nicknames(text)
    hits.extend(_named_with_age_or_spoken_to(text))
    hits.extend(_lower_call_names(text))
    for m in _QUOTED_THEN_NAME.finditer(text):  # "'Spider' (Curtis Webb)"
        if (m.group("t") or lexicon.fold(m.group("f")) in lexicon.given_names()) and not any(
                _no_name(w.lower()) for w in m.group("n").split()):
            hits.append(NameHit(m.start("n"), m.end("n"), m.group("n"), "quoted_then_name",
                                0.7))
    for m in _NAME_THEN_TITLED.finditer(text):  # "ring Mehreen (DC Sabir)"
        word = m.group("n").lower()
        if not (_no_name(word) or lexicon.is_dictionary_word(word)
                and word not in lexicon.given_names()):
            hits.append(NameHit(m.start("n"), m.end("n"), m.group("n"), "name_then_titled",
                                0.7))
    for m in _HYPHEN_INITIALS.finditer(text):  # "K-A Doyle"
        surname = m.group("s").lower()
        if surname in lexicon.surnames() or not lexicon.is_dictionary_word(surname):
            hits.append(NameHit(m.start(), m.end(), m.group(), "hyphen_initials", 0.7))
    for m in _INITIAL_CAPS_SURNAME.finditer(text):  # "FPI M RAZAQ", "FPO S BUTT ref"
        if _initial_caps_surname(m):
            hits.append(NameHit(m.start(), m.end(), m.group(), "initial_caps_surname", 0.7))
    for m in _KIN_INITIAL.finditer(text):  # "LITTLE R", "Uncle J": what a man is called
        if m.group("i") not in "AI":
            hits.append(NameHit(m.start(), m.end(), m.group(), "kin_initial", 0.65))
    for m in _BRACKETED_SPEAKER.finditer(text):  # "Store security (Dev) says"
        word = m.group("n").lower()
        if not (_no_name(word) or is_role_abbreviation(word) or lexicon.is_dictionary_word(
                word) and word not in lexicon.given_names()):
            hits.append(NameHit(m.start("n"), m.end("n"), m.group("n"), "bracketed_speaker",
                                0.65))
    return hits


# "She said Spider picked her up", "went with Blue": an ordinary word written with a capital
# in the middle of a sentence, where a person stands (after "with", "told"...; before
# "said", "picked"...), is what someone is called
_WORD_NICKNAME = re.compile(
    r"(?<=[a-z,][ \t])(?P<n>[A-Z][a-z]{2,14})(?=[ \t,.;:!?'’]|$)", re.MULTILINE)
_PERSON_BEFORE = frozenset(
    "with met saw told tell asked ask phoned rang texted messaged called named by meet see "
    "seeing visit visited visiting and".split())
_PERSON_AFTER = frozenset(
    "said says told tells picked was is had has drove drives came comes went goes took "
    "takes gave gives asked asks sent sends rang texted messaged would will wanted wants "
    "got gets brought collected paid bought knew knows called threatened hit kept made "
    "let met used lives lived stayed works worked runs ran owns and".split())
_NOT_WORD_NICKNAMES = frozenset(
    "asian british english scottish welsh irish pakistani bangladeshi indian kurdish afghan "
    "iraqi iranian syrian somali eritrean albanian romanian polish czech slovak roma black "
    "white caucasian muslim christian sikh hindu jewish catholic arabic urdu punjabi bengali "
    "african caribbean european turkish chinese mixed christmas easter eid ramadan diwali "
    "housing education health care services safeguarding police council court probation "
    "school college hospital team social children youth early help family families duty "
    "emergency ambulance fire transport licensing legal finance management reception "
    "security parliament government home office member members chair panel board committee "
    "inquiry city town county borough district street road lane avenue park centre "
    "internet online god allah lord met yard drama music maths science geography computing "
    "cabinet gold silver bronze academy primary high head director manager".split())


def _no_name(word: str) -> bool:
    """A word that never stands for someone: a title, a relation, a month, a function word."""
    return (word in lexicon.relation_words() or word in lexicon.titles()
            or word in lexicon.not_names() or lexicon.is_month_or_day(word)
            or word in lexicon.stop_words())


def _word_nicknames(text: str) -> list[NameHit]:
    hits = []
    for m in _WORD_NICKNAME.finditer(text):
        word = m.group("n").lower()
        before = re.search(r"([A-Za-z]+)[ \t]+$", text[max(0, m.start() - 16):m.start()])
        after = re.match(r"[ \t]+([a-z]+)", text[m.end():m.end() + 16])
        slot = (before and before.group(1) in _PERSON_BEFORE) or (
            after and after.group(1) in _PERSON_AFTER)
        nxt = re.match(r"[ \t]*\n[ \t]*([A-Z][a-z]+)", text[m.end():m.end() + 20])
        if re.match(r"[ \t]+[A-Z0-9]", text[m.end():m.end() + 3]) or _in_a_title(
                text, m.start(), m.end()) or nxt and lexicon.fold(nxt.group(1)) in (
                lexicon.titles()):  # "approved by Chief\nInspector Sohal"
            continue  # "told South Yorkshire Police", "Witness Service has": a proper name
        if word in town_names() or _DETERMINER.search(text, max(0, m.start() - 8), m.start()):
            continue  # "in Stoke and", "the Claimant is": a town, a role
        if not slot or word in _NOT_WORD_NICKNAMES or not lexicon.is_dictionary_word(word) \
                or word in lexicon.given_names() or _no_name(word):
            continue
        if before and before.group(1) == "and" and not (after and after.group(1) in
                                                         _PERSON_AFTER):
            continue  # "cats and Dogs" is a title; "Tee and Spider went" are people
        hits.append(NameHit(m.start("n"), m.end("n"), m.group("n"), "word_nickname", 0.65))
    return hits


_DETERMINER = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)[ \t]+$")
_CAPITAL_BEFORE = re.compile(r"([A-Z][\w'’\-]*)(,?)[ \t]+$")


def _in_a_title(text: str, start: int, end: int) -> bool:
    """A word inside a run of capitalised words: "Criminal Procedure and", "England Boxing
    and", "Planning, Placement and Case" (but "Uncle Ash is", "with Tee and Spider")."""
    m = _CAPITAL_BEFORE.search(text, max(0, start - 30), start)
    if not m:
        return False
    prev = lexicon.fold(lexicon.strip_possessive(m.group(1)))
    if prev in lexicon.given_names() or prev in lexicon.titles() or (
            prev in lexicon.relation_words() or prev in lexicon.stop_words()):
        return False
    if m.group(2):  # "Planning, Placement and Case Review": a list of capitalised words
        return bool(re.match(r"[ \t]+and[ \t]+[A-Z]", text[end:end + 8]))
    return True


# "'Spider' (Curtis Webb) was remanded", "'sleepy' is believed to be Jermaine Pryce": what
# someone is called, then who they are
_QUOTED_THEN_NAME = re.compile(
    r"(?<!\w)[\"'‘“](?P<n>[A-Za-z][\w'’\-]{1,14}(?:[ \t][A-Za-z][\w'’\-]{1,14})?)[\"'’”][ \t]*"
    r"(?:\(|\n?[ \t]*(?:is|was|=)[ \t]+(?:(?:believed|thought|understood|known|said|"
    r"likely)[ \t]+to[ \t]+be[ \t]+)?)(?P<t>(?:Mr|Mrs|Ms|Miss)\.?[ \t]+)?"
    r"(?P<f>[A-Z][a-z'’\-]+)[ \t]+(?:[A-Z]\.?[ \t]+)?(?:Mc|O['’])?[A-Z][A-Za-z'’\-]+")
# "ring Mehreen (DC Sabir)": a first name, then who that is with a rank or title
_NAME_THEN_TITLED = re.compile(
    r"(?<![\w'’\-])(?P<n>[A-Z][a-z]{2,14})[ \t]+\((?:DC|DS|PC|PS|DI|DCI|Sgt|Insp|Dr|Mr|Mrs|Ms|"
    r"Miss|Cllr|Prof)\.?[ \t]+(?:Mc|O['’])?[A-Z][a-z'’\-]+")
# "K-A Doyle", "J-P Mercer": double initials joined by a hyphen, then the surname
_HYPHEN_INITIALS = re.compile(
    r"(?<![\w\-])[A-Z]-[A-Z]\.?[ \t]+(?P<s>(?:Mc|O['’])?[A-Z][a-z'’\-]{2,})")
# "LITTLE R", "Uncle J", "Big T": a size or kinship word and one initial is a street name
# (never after "a", "the": "a little R&B")
_KIN_INITIAL = re.compile(
    r"(?<![\w'’\-])(?<!\b[Aa] )(?<!\b[Tt]he )(?<!\bTHE )(?:(?:Little|Lil|Big|Uncle|Cousin|"
    r"Bro|Auntie|Aunty)|(?:LITTLE|LIL|BIG|UNCLE|COUSIN|BRO|AUNTIE|AUNTY))[ \t]+(?P<i>[A-Z])"
    r"(?![\w&\-/.]|['’]s\b)")
# "FPI M RAZAQ ref", "S BUTT": one initial, then a surname in capitals, as a bank or a
# register prints a payee or a member
_INITIAL_CAPS_SURNAME = re.compile(
    r"(?<![\w.\-/&'’])(?P<i>[A-Z])\.?[ \t]+(?P<s>(?:MC|O['’])?[A-Z]{3,}(?:-[A-Z]{3,})?)"
    r"(?![\w\-/&'’])")
# what a statement prints before or after a payee: "FPI", "FPO", "BGC", "TFR"... "ref"
_PAYEE_BEFORE = re.compile(r"\b(?:FPI|FPO|BGC|TFR|TRF|BACS|DD|SO|STO|BP|CHQ|PAYEE|FROM|TO)"
                           r"[ \t]+$")
_PAYEE_AFTER = re.compile(r"[ \t]+(?:ref|REF|acct|ACCT|a/c|A/C)\b")


def _initial_caps_surname(m: re.Match[str]) -> bool:
    """A surname in capitals after one initial: a name no dictionary has ("RAZAQ") with
    two vowels at least (no acronym: "CAMHS", "GMP"), or a listed surname that is also a
    word ("BUTT", "HILL") where a statement prints a payee."""
    if m.group("i") in "AI":
        return False  # "A NOTE", "I AM": the article and the pronoun
    word = m.group("s").lower()
    if lexicon.is_name_like(word) and word not in lexicon.not_names():
        return (word in lexicon.surnames() or word in lexicon.given_names()
                or len(re.findall(r"[aeiouy]", word)) >= 2 and len(word) >= 4)
    text = m.string
    return word in lexicon.surnames() and bool(
        _PAYEE_BEFORE.search(text, max(0, m.start() - 8), m.start())
        or _PAYEE_AFTER.match(text, m.end()))


# "Store security (Dev) says", "the manager (Tariq) told us": who a role is, in brackets
_BRACKETED_SPEAKER = re.compile(
    r"[a-z][ \t]+\((?P<n>[A-Z][a-z]{1,14})\)[ \t]+(?:says|said|stated|states|told|tells|"
    r"reports|reported|confirms|confirmed|explained|added|asked|replied|called|rang|came)\b")
# "Maksymilian (9) and Oliwia (4)": a child named with an age in brackets
_WITH_AGE = re.compile(r"(?<![\w'’\-])(?P<n>[A-Z][a-zà-ÿłńśźżćęąó'’\-]{2,})[ \t]*\n?[ \t]*"
                       r"\((?:aged[ \t]*)?\d{1,2}(?:[ \t]*(?:yrs?|years?))?\)")
# "said 'Cheese, she's on the 48'": someone spoken to at the start of a quotation
_VOCATIVE = re.compile(r"[\"“‘']\s?(?P<n>[A-Z][a-z]{2,14}),[ \t]")
_NOT_VOCATIVES = frozenset(
    "yes yeah yep no nah well okay ok please sorry look listen right oh hey hiya hello thanks "
    "now fine sure come wait stop honestly anyway babe baby mate bro love darling sweetheart "
    "hun hon girls guys lads boys mum mam dad sir miss officer madam babes sis man bruv "
    "listen see remember but and also then so just actually like".split())


def _named_with_age_or_spoken_to(text: str) -> list[NameHit]:
    hits = []
    for m in _WITH_AGE.finditer(text):
        word = lexicon.fold(m.group("n"))
        if not (lexicon.is_dictionary_word(word) and word not in lexicon.given_names()) \
                and word not in lexicon.not_names() and word not in lexicon.titles():
            hits.append(NameHit(m.start("n"), m.end("n"), m.group("n"), "named_with_age", 0.7))
    for m in _VOCATIVE.finditer(text):
        word = m.group("n").lower()
        if word not in _NOT_VOCATIVES and not _no_name(word):
            hits.append(NameHit(m.start("n"), m.end("n"), m.group("n"), "spoken_to_nickname",
                                0.65))
    return hits


# "every1 calls me sunny.", "calling you 'Birdie' and 'robs'", "Letter to 'gem' signed
# 'moxy'", "phoning as 'uncle' or 'prof'": what someone is called, written in lower case
_Q = r"[\"'‘“]"
_QE = r"[\"'’”]"
_CALL_SLOT = (r"(?i:\bcall(?:s|ed|ing)?[ \t]+(?:me|him|her|you|them|us|himself|herself)"
              r"|\b(?:signed|signing|signs|nicknamed)"
              r"|\b(?:phoning|posing|introduced[ \t]+(?:him|her)self|signing|known)[ \t]+as"
              r"|\b(?:letter|note|card|message|text)[ \t]+(?:to|from))[ \t]+")
_CALLED_LOWER = re.compile(
    _CALL_SLOT + r"(?:" + _Q + r"(?P<q>[A-Za-z][a-z'’\-]{1,14})" + _QE
    + r"|(?P<n>[a-z][a-z'’\-]{1,14})(?=[ \t]*(?:[.,;!?]|$)))", re.MULTILINE)
_QUOTED_NEXT = re.compile(r"[ \t]*,?[ \t]*(?:and|or|,)[ \t]+" + _Q
                          + r"(?P<q>[A-Za-z][a-z'’\-]{1,14})" + _QE)


# "called the older one 'Tee'", "Kacey called the younger one 'bugsy'": quoted only
_CALLED_QUOTED = re.compile(
    r"(?i:\bcall(?:s|ed|ing)?(?:[ \t]+[a-z]{2,12}){0,2}[ \t]+(?:one|man|woman|girl|boy|lad|"
    r"bloke|guy|fella|him|her|them|me|you|us|other|himself|herself))[ \t]+"
    + _Q + r"(?P<q>[A-Za-z][a-z'’\-]{0,14}(?:[ \t][a-z][a-z'’\-]{1,14})?)" + _QE)


def _lower_call_names(text: str) -> list[NameHit]:
    hits = []
    for m in [*_CALLED_LOWER.finditer(text), *_CALLED_QUOTED.finditer(text)]:
        g = "q" if m.group("q") else "n"
        spans = [(m.start(g), m.end(g), m.group(g))]
        end = m.end()
        while g == "q" and (nxt := _QUOTED_NEXT.match(text, end)):
            spans.append((nxt.start("q"), nxt.end("q"), nxt.group("q")))
            end = nxt.end()
        for start, stop, word in spans:
            folded = word.lower()
            quoted = g == "q"  # a title in quotes is what they are called: 'prof'
            if not ((_no_name(folded) and not (quoted and folded in lexicon.titles()
                                               and folded not in lexicon.relation_words()))
                    or folded in _NOT_VOCATIVES):
                hits.append(NameHit(start, stop, word, "called_lower", 0.65))
    return hits


# "T-Money, t money, tee money, T-Mon", "Bugsy, bugs": a line that lists the ways one person
# is written; once one of them is proposed, the others are that person too
_LIST_LINE = re.compile(r"(?m)^[ \t]*(?:[^\W\d_][\w'’\-]*(?:[ \t][\w'’\-]+){0,2}[ \t]*,[ \t]*)+"
                        r"[^\W\d_][\w'’\-]*(?:[ \t][\w'’\-]+){0,2}[ \t]*$")
_PERSON_KINDS = ("person", "protected_person")


# "'harv' and 'little h'", "'Tee' or 'T-Money'": names quoted side by side
_QUOTED_RUN = re.compile(
    r"[\"'‘“][^\W\d_][\w'’\- ]{0,14}[\"'’”](?:[ \t]*(?:,|and|or|/)[ \t]*[\"'‘“][^\W\d_]"
    r"[\w'’\- ]{0,14}[\"'’”])+")


def variant_lines(pages: Sequence[Page], cands: dict[int, list[Cand]]) -> None:
    """Add (in place) every item of a comma list line, or of a run of quoted names, of
    which an item is a proposed person and no other item is a place, a body or an ordinary
    function word."""
    for page in pages:
        text, found = page.text, cands[page.number]
        runs = [(False, [(m.start() + i.start(), m.start() + i.end()) for i in re.finditer(
            r"[^,\s][^,]*[^,\s]|[^,\s]", m.group())]) for m in _LIST_LINE.finditer(text)]
        runs += [(True, [(m.start() + i.start(1), m.start() + i.end(1)) for i in re.finditer(
            r"[\"'‘“]([^\"'‘“’”]+)[\"'’”]", m.group())]) for m in _QUOTED_RUN.finditer(text)]
        for quoted, items in runs:
            named = [c for c in found if c.kind in _PERSON_KINDS and any(
                c.start <= a and b <= c.end for a, b in items)]
            if not named or any(_not_a_person(text[a:b]) for a, b in items if not any(
                    c.start <= a and b <= c.end for c in named)):
                continue
            forms = [text[c.start:c.end] for c in named]
            for a, b in items:
                if not any(c.start <= a and b <= c.end for c in found) and (
                        quoted or _variant_of(text[a:b], forms)):  # quoted side by side:
                    # names, whatever they look like ("'harv' and 'little h'")
                    found.append(Cand(a, b, named[0].code, named[0].label,
                                      "heuristic:variant_list", 0.7, named[0].kind))


def _variant_of(item: str, names: list[str]) -> bool:
    """ "bugs" of "Bugsy", "tee money" of "T-Money", "bm" of "Big Man", "Pree" of "presh":
    another way of writing one of ``names``, not another thing listed beside them."""
    def letters(t: str) -> str:
        return re.sub(r"[^a-z]", "", lexicon.fold(t))

    item_words = set(re.findall(r"[a-z]{3,}", lexicon.fold(item)))
    for name in names:
        a, b = letters(item), letters(name)
        initials = "".join(w[0] for w in re.findall(r"[a-z]+", lexicon.fold(name)))
        if a and b and a[0] == b[0] and (
                a == initials or len(a) >= 3 and a[:3] == b[:3]
                or item_words & set(re.findall(r"[a-z]{3,}", lexicon.fold(name)))):
            return True
    return False


def _not_a_person(item: str) -> bool:
    words = [lexicon.fold(w) for w in item.split()]
    return any(w in lexicon.stop_words() or w in lexicon.not_names() or w in town_names()
               or w in _NOT_WORD_NICKNAMES or lexicon.is_month_or_day(w) for w in words)
