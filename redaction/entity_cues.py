"""More of what a page's own words say about a name, for search facets.

The statistical tagger and the redaction engine's name finders read "Mr Sale's order" as
"Mr" and "Sale's", "Ms Bolton" as the town, "CARTWRIGHT, Dudley" as a firm and a town, "a man
called "Bear"" as a bear, "Top Cutz, the barber's shop" as a person, and a form's "Wing: B"
as someone called Wing. The finders here read what the words around say: a title before a
name, a surname in capitals before a comma, a nickname in quotes and whose it is, a name
and what it is after a comma, "on Kirkgate", an Address field or column, a contact list's
row, a list of defendants, a field label with its short value. Each returns spans of
``page.text``; :mod:`redaction.name_mentions` and the context finders store them as mentions
under their labels, and :mod:`redaction.entity_resolution` resolves them with every other
mention. Pure functions over text; no spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from . import entity_filters as ef
from . import lexicon
from . import person_filters as pf

_NAME_WORD = r"[A-Z][\w'’\-]*"


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of a page's text, and the text to store for it (a nickname's owner and
    the nickname as "<name> aka <nickname>"; a surname-first name in its written order)."""

    start: int
    end: int
    text: str


@cache
def _titled_name() -> re.Pattern:
    titles = sorted(lexicon.titles() | ef.GRADE_TITLES, key=len, reverse=True)
    alternatives = "|".join(re.escape(t) for t in titles)
    return re.compile(
        rf"(?<![\w'’\-])(?i:{alternatives})\.?[ \t]+(?:\d{{1,5}}[ \t]+)?"
        rf"(?P<n>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,4}})")


_WRAPPED_SURNAME = re.compile(
    r"[ \t]*\n[ \t]*([A-Z][A-Z'’\-]+)(?![\w'’\-])(?=[ \t]*(?:[(,;:]|$))", re.M)
# the wrapped surname ends its line or opens an aside ("HOLDSWORTH (Sowerby Bridge ward)");
# a capitals word running on into a clause ("BERISHA attends") is someone else


def titled_names(text: str) -> Iterator[Span]:
    """ "Mr Sale's order", "Ms Bolton, his key worker", "PC 1187 Threlkeld", "OSG Pickering":
    a title or grade and the capitalised words after it, which are a person whatever else
    those words may be (a town, a word). The title is kept in the span, so resolution knows
    it was there."""
    for m in _titled_name().finditer(text):
        if not text[m.start()].isupper():
            continue  # "ms" inside lower-case chat is the name finders' business
        words: list[str] = []
        for w in m.group("n").split():
            bare = ef.clean_token(w)
            if all(ef.is_title(v) or lexicon.fold(v) in ef.RANK_WORDS for v in (*words, bare)):
                words.append(w)  # "Detective Chief Inspector Anne Goodall": more of the rank
                continue
            surname = (len(words) == 1 and ef.is_given_name(ef.clean_token(words[0]))
                       and bare[:1].isupper() and ef.is_known_name(bare))
            if (lexicon.fold(bare) in lexicon.stop_words()
                    or pf.is_plain_word(bare) and not surname
                    or ef.is_label(bare) and not ef.is_title(bare)):
                break  # "Mr Lancaster KC", "THE RECORDER OF LEEDS"; after a title and a
                # given name a listed surname is hers, though also a word ("Rev. Andrew
                # Pilling")
            words.append(w)
        if not words or all(ef.is_title(w) for w in words) or any(
                lexicon.fold(ef.clean_token(w)) in ef.SITE_WORDS for w in words):
            continue  # "Lord Street", "Lady Lane": a street named like a title
        end = _end_of_words(text, m.start("n"), len(words))
        wrapped = _WRAPPED_SURNAME.match(text, end)
        if (wrapped and words == m.group("n").split()
                and len(pf.person_words(text[m.start():end])) == 1
                and pf.person_words(text[m.start():wrapped.end()])[-1:] == [wrapped[1]]):
            end = wrapped.end()  # "Cllr Sonia\nHOLDSWORTH": the surname wrapped to a line
        yield Span(m.start(), end, text[m.start():end])


_BEFORE_NAME = re.compile(r"(?<![\w'’\-])([A-Za-z]+)\.?[ \t]+(?:\d{1,5}[ \t]+)?$")


def after_title(text: str, start: int) -> bool:
    """Whether a title (and a collar number) stands just before ``start``: "PC 2210 |Barnsley"."""
    m = _BEFORE_NAME.search(text[max(0, start - 30):start])
    return bool(m) and m.group(1)[:1].isupper() and ef.is_title(m.group(1))


def _end_of_words(text: str, start: int, count: int) -> int:
    """Where the first ``count`` words from ``start`` end."""
    found = list(re.finditer(r"\S+", text[start:start + 200]))[:count]
    return start + found[-1].end()


_NAME_PREFIXES = frozenset({"mc", "mac", "fitz"})


def whole_words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A name finder's hit widened or cut to whole words: "O'" put back before "HARE",
    "Mc" joined to "ANDREW" ("McANDREW"), a last word cut out of a longer one dropped
    ("Dudley DY" of "Dudley DY1 3AH"); None when the hit starts inside a word ("ING" of
    "MISSING") or is only part of one ("OAS" of "OASys", "PHO" of "PHO/0117")."""
    if start >= 2 and text[start - 1] in "'’" and text[start - 2] in "OoDd" and (
            start == 2 or not text[start - 3].isalnum()):
        start -= 2
    if start and text[start - 1].isalnum():
        return None
    glued = re.match(r"[\w'’\-]*[/\\]?\w*", text[end:])
    if glued and glued.group():
        last = text[start:end].split()[-1]
        if lexicon.fold(last) in _NAME_PREFIXES and glued.group().isalpha():
            end += glued.end()
        else:
            cut = text.rfind(" ", start, end)
            if cut <= start:
                return None
            end = cut
    return start, end


_VOWEL = re.compile(r"[AEIOUY]")
_INVERTED = re.compile(r"(?<![\w'’\-])(?P<s>[A-Z][A-Z'’\-]+),[ \t]+"
                       r"(?P<g>[A-Z][a-z][\w'’\-]*(?:[ \t]+[A-Z][a-z][\w'’\-]*){0,2})")


def inverted_names(text: str) -> Iterator[Span]:
    """ "CARTWRIGHT, Dudley (Digital Media Investigator)": a surname in capitals, a comma and
    given names, as forms and schedules write them, even where the given name is also a
    town's ("Dudley") and the tagger splits the two."""
    for m in _INVERTED.finditer(text):
        surname = m.group("s")
        if (ef.is_label(surname) or ef.is_place_name(surname) or not _VOWEL.search(surname)
                or lexicon.is_dictionary_word(surname) and not ef.is_known_name(surname)):
            continue  # "LEEDS, Bradford", "CCTV, Kendal bus station"
        given = m.group("g").split()
        while given and not ef.is_given_name(given[-1]):
            given = given[:-1]
        if not given or not ef.is_given_name(given[0]):
            continue
        end = _end_of_words(text, m.start("g"), len(given))
        yield Span(m.start(), end, text[m.start():end])


_CAPPED = re.compile(r"(?<![\w'’\-])(?P<g>[A-Z][a-z][\w'’\-]*)[ \t]+"
                     r"(?P<s>(?:Mc|Mac|O['’])?[A-Z][A-Z'’\-]*[A-Z])(?![\w'’\-])")


def capped_names(text: str) -> Iterator[Span]:
    """ "Carol DUNWOODIE", "Liam O'ROURKE": a given name in mixed case and a surname in
    capitals, the way statements, org charts and police records write a person, even where
    nothing else marks it (after a dotted leader, in a list) or a tagger split the two."""
    for m in _CAPPED.finditer(text):
        given, surname = m.group("g"), m.group("s")
        bare = surname.replace("'", "").replace("’", "")
        if (len(bare) < 3 or not _VOWEL.search(bare) or ef.is_label(surname)
                or ef.is_label(given) or ef.is_place_name(surname)
                or lexicon.is_dictionary_word(surname) and not ef.is_known_name(surname)
                or pf.is_plain_word(surname)):
            continue  # "Flat NHS", "Ward BD", "Tuesday ROTA"
        if not ef.is_given_name(given) or pf.is_plain_word(given) or (
                lexicon.is_dictionary_word(given)
                and lexicon.fold(given) not in lexicon.name_words()
                and lexicon.is_dictionary_word(surname)):
            continue  # "Report RAFIQ", "Key LINES": a word before a surname or a heading;
            # "Carol DUNWOODIE" is a woman (a word as given name before a surname no word)
        yield Span(m.start(), m.end(), m.group(0))
    for m in _CAPPED_LOWER.finditer(text):  # a notebook's "crewed with jenny MARSH"
        given, surname = m.group("g"), m.group("s")
        if (len(surname) >= 3 and _VOWEL.search(surname) and ef.is_given_name(given)
                and not lexicon.is_dictionary_word(given) and not ef.is_label(given)
                and lexicon.fold(given) not in lexicon.stop_words()
                and not ef.is_label(surname) and not ef.is_place_name(surname)
                and not (lexicon.is_dictionary_word(surname) and not ef.is_known_name(surname))
                and not pf.is_plain_word(surname)):
            yield Span(m.start(), m.end(), m.group(0))
    for m in _CAPPED_FIRST.finditer(text):  # a register's "McKEOWN Siobhan", "PATEL Anita"
        surname, given = m.group("s"), m.group("g")
        bare = surname.replace("'", "").replace("’", "")
        if (len(bare) < 3 or not _VOWEL.search(bare) or ef.is_label(surname)
                or ef.is_place_name(surname) or lexicon.is_dictionary_word(surname)
                or pf.is_plain_word(surname) or ef.is_label(given)
                or not ef.is_given_name(given) or lexicon.is_dictionary_word(given)
                or re.search(r"[A-Z][a-z][\w'’\-]*[ \t]+$", text[max(0, m.start() - 30):
                                                               m.start()])):
            continue  # not "Carol DUNWOODIE Siobhan ...": the surname ends a name before
        yield Span(m.start(), m.end(), m.group(0))


#: a given name written in lower case and a surname in capitals, as hurried notes write a
#: colleague or a suspect ("crewed with pc jenny MARSH", "spoke to kayla BRIGGS")
_CAPPED_LOWER = re.compile(r"(?<![\w'’\-])(?P<g>[a-z][a-z'’\-]+)[ \t]+"
                           r"(?P<s>(?:Mc|Mac|O['’])?[A-Z][A-Z'’\-]*[A-Z])(?![\w'’\-])")
#: a surname in capitals first, then a given name in mixed case, and nothing capitalised
#: after it: a register's or a table's row
_CAPPED_FIRST = re.compile(r"(?<![\w'’\-])(?P<s>(?:Mc|Mac|O['’])?[A-Z][A-Z'’\-]*[A-Z])[ \t]+"
                           r"(?P<g>[A-Z][a-z][\w'’\-]*)(?![\w'’\-])(?![ \t]+[A-Z])")


_SURNAME_COMMA = re.compile(r"(?<![\w'’\-])(?P<s>[A-Z][A-Z'’\-]+),[ \t]+"
                            r"(?:(?P<t>[A-Z][A-Za-z]{1,5})\.?[ \t]+)?$")


#: a title, and perhaps a collar number, right before a surname ("PC 4410 GRIMSHAW")
_OWN_TITLE = re.compile(r"(?<![\w'’\-])(?P<t>[A-Za-z]+\.?)[ \t]+(?:\d+[ \t]+)?$")


def inverted_heads(text: str, spans: list[tuple[int, int]]) -> Iterator[tuple[Span, int]]:
    """A tagged person whose span starts right after a surname in capitals and a comma
    ("MORETON, Lacey Jane DOB", "KEAST, Dr Morwenna  Consultant", "CHOUDHURY, Abdul Muhit"):
    the tagger took the given names of an inverted name, and often the next column with
    them. Yields the whole name (surname, title and the given names up to the first ordinary
    word or label) and the index of the span it replaces."""
    for i, (start, end) in enumerate(spans):
        line_start = text.rfind("\n", 0, start) + 1
        m = _SURNAME_COMMA.search(text, line_start, start)
        if m is None or m.end() != start:
            continue
        surname = m.group("s")
        if (ef.is_label(surname) or not _VOWEL.search(surname) or m.group("t")
                and not ef.is_title(m.group("t"))
                or lexicon.is_dictionary_word(surname) and not ef.is_known_name(surname)):
            continue  # "CCTV, Kendal", "NOTE, Kirsty"
        own = _OWN_TITLE.search(text, line_start, m.start())
        if m.group("t") and own and ef.is_title(own.group("t")):
            continue  # "PC 4410 GRIMSHAW, PC Anita Lodge": the surname has its own title,
            # so the title after the comma begins the next person of a list
        given = []
        for raw in text[start:end].split("\n")[0].split():
            word = ef.clean_token(raw)
            if (not word or not word[:1].isupper() or ef.is_label(word)
                    or lexicon.is_dictionary_word(word) and not ef.is_given_name(word)):
                break  # "Consultant", "Driver", "DOB": the next column
            given.append(word)
        if given and ef.is_given_name(given[0]):
            stop = _end_of_words(text, start, len(given))
            yield Span(m.start(), stop, text[m.start():stop]), i


_Q_OPEN, _Q_CLOSE = "[\"“‘']", "[\"”’']"
_NICK = rf"{_Q_OPEN}(?P<y>[A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+)?){_Q_CLOSE}"
_CALLED = re.compile(
    r"(?i:\b(?:called|calls|call|named|nicknamed|known[ \t]+(?:[^\"“\n.]{0,30}?[ \t])?as|"
    r"(?:know|knows|knew)[ \t]+(?:(?P<p>him|her)[ \t]+)?as|"
    r"goes[ \t]+by|go[ \t]+by|aka)"
    r"(?:[ \t]+(?P<o>him|her|himself|herself))?)[ \t]+" + _NICK)
#: "Hasnain's father": the next words are another person than the name
_KIN_AFTER = re.compile(r"['’]s[ \t]+(?:(?:older|younger|elder|big|little|step|half)[ \t-]*)?"
                        r"(?:father|dad|mother|mum|brother|sister|son|daughter|cousin|uncle|"
                        r"aunt|auntie|wife|husband|partner|boyfriend|girlfriend|friend|mate|"
                        r"nephew|niece|grandfather|grandmother|nan|gran)\b")
#: someone the sentence has not named, whom a following "called him" may mean: "a man",
#: "an older lad", "one of the drivers", "the third" of two men named before
_SOMEONE = re.compile(r"(?i:\b(?:a|an|another|one|some|this|that)[ \t]+(?:[a-z]+[ \t]+)?"
                      r"(?:man|men|lad|lads|boy|guy|bloke|male|woman|girl|person|driver|"
                      r"friend|cousin|brother)\b|\bthe[ \t]+(?:other|second|third|fourth|fifth|"
                      r"last)\b(?![ \t]+(?:of|time|day|week)\b))")
_ALIAS_FIELD = re.compile(r"(?i:\b(?:aliases|alias(?:\(es\))?|aka|nicknames?|also[ \t]+known"
                          r"[ \t]+as|other[ \t]+names?(?:[ \t]+used)?|previous[ \t]+names?)"
                          r"[ \t]*:[ \t]*)(?P<v>[^\n]+)")
_NEXT_FIELD = re.compile(r"[ \t]+[A-Z][A-Za-z]*(?:[ \t]+[A-Za-z()]+){0,3}:")  # " Date of birth:"
_MORE_NICKS = re.compile(rf"[ \t]*(?:,|and|or|&)[ \t]*{_NICK}")
_QUOTED_SUBJECT = re.compile(
    rf"(?<![\w'’])(?P<a>(?i:the|a|an)[ \t]+)?{_NICK}[ \t]+(?P<v>(?i:is|was|has|had|says|said|"
    r"told|drives|drove|does|did|lives|works)\b)")
_PAREN_NICK = re.compile(rf"[ \t]*\([ \t]*{_NICK}[ \t]*[,)]")  # 'Connor MADDISON ("Madz")'
_NICK_PAREN = re.compile(rf"{_NICK}[ \t]*\([ \t]*")  # '"Dunny" (Liam DUNHILL)'
_MID_NICK = re.compile(rf"(?<![\w'’\-])(?P<g>[A-Z][a-z][\w'’\-]*)[ \t]+"
                       rf"(?:{_NICK}|\([ \t]*{_Q_OPEN}?(?P<b>[A-Z][\w'’\-]+){_Q_CLOSE}?[ \t]*\))"
                       r"[ \t]+(?P<s>[A-Z][\w'’\-]*[a-zA-Z])")
# 'Anil "AJ" Joshi', 'Shahid ("Shady") BASHIR', 'Kamran (Kam) Aziz'
_BARE_IS = re.compile(r"(?<![\w'’\-])(?P<y>[A-Z][a-z][\w'’\-]*)[ \t]+(?:is|was)[ \t]+(?=[A-Z])")


def _sentence_start(text: str, pos: int) -> int:
    found = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos), text.rfind("|", 0, pos))
    return found + 1


def nicknames(text: str, people: list[tuple[int, int]]) -> Iterator[tuple[str, Span]]:
    """Nicknames in quotes: ("alias", "<name> aka <nickname>") where the sentence ties one to
    a person named in it ('Lewis Entwistle, whom he calls "Biggz"', '"Nas" is Nasir
    HAMEED'), else ("nickname", the nickname) for someone known only by it ('a man called
    "Bear"', '"Smiley" has not been identified'). ``people``: spans of the page's people
    written with two words or more, the tagger's and the name finders'."""
    parts = {lexicon.fold(w) for s, e in people for w in text[s:e].split()
             if w[:1].isupper() and not ef.is_title(w)}
    single = []  # one word of a named person ("Heslop's phone"), or a name after a title
    for m in re.finditer(r"(?<![\w'’\-])[A-Z][\w\-]+", text):
        if ((lexicon.fold(m.group()) in parts
             or after_title(text, m.start()) and not ef.is_title(m.group()))
                and not any(s <= m.start() < e for s, e in people)
                and not _KIN_AFTER.match(text, m.end())):  # not "Hasnain's father"
            single.append((m.start(), m.end()))

    def named_before(pos: int, start: int | None = None) -> tuple[int, int] | None:
        """The last person named between ``start`` (the sentence's start) and ``pos``: a
        name of two words or more, or one word of such a name ("Heslop's phone")."""
        start = _sentence_start(text, pos) if start is None else start
        inside = [(s, e) for s, e in [*people, *single] if start <= s and e <= pos]
        owner = max(inside, default=None)
        other = _SOMEONE.search(text, owner[1], pos) if owner is not None else None
        if other and text[owner[1]:other.start()].strip() != ",":
            return None  # 'Dunhill and a man known as "Tats"': the man, whom no one named;
        return owner  # not 'Zain Qureshi, a driver for..., known as "Ace"', who is named

    def named_earlier(pos: int) -> tuple[int, int] | None:
        """Whom "called him" means when its own sentence names no one: the last person the
        two sentences before it name, unless someone unnamed ("a man") came after them."""
        return named_before(pos, _sentence_start(text, _sentence_start(text, pos) - 2))

    def named_after(pos: int) -> tuple[int, int] | None:
        return min(((s, e) for s, e in people if s == pos), default=None)

    for m in _CALLED.finditer(text):
        owner = named_before(m.start())
        if owner is None and (m.group("p") or m.group("o")):
            owner = named_earlier(m.start())  # 'I met Mustafa. Everyone called him "Moose"'
        nicks = [m]
        while more := _MORE_NICKS.match(text, nicks[-1].end()):  # '"Shaz" and "Mutt"'
            nicks.append(more)
        for n in nicks:
            if pf.titled(n.group("y")):
                continue
            if owner is None or n is not m:
                yield "nickname", Span(n.start("y"), n.end("y"), n.group("y"))
            else:
                yield "alias", Span(owner[0], n.end("y"),
                                    f"{text[owner[0]:owner[1]]} aka {n.group('y')}")
    for m in _QUOTED_SUBJECT.finditer(text):
        if m.group("a"):
            continue  # 'The "Interchange" is Bury Interchange': a thing's name
        nick = m.group("y").split()
        if pf.titled(m.group("y")) or len(nick) > 1 and m.group("y").isupper() or any(
                ef.is_label(w) for w in nick):
            continue  # '"Mr Sale" is a customer', 'the reference "ACE PETROL" is...'
        rest = text[m.end("v"):m.end("v") + 40]
        gap = len(rest) - len(rest.lstrip())
        owner = named_after(m.end("v") + gap) if m.group("v").lower() in ("is", "was") else None
        if owner is None:
            yield "nickname", Span(m.start("y"), m.end("y"), m.group("y"))
        else:
            yield "alias", Span(m.start("y"), owner[1],
                                f"{text[owner[0]:owner[1]]} aka {m.group('y')}")
    for m in _ALIAS_FIELD.finditer(text):  # a record's 'ALIASES: "Saj"; "Sid"'
        before = [(s, e) for s, e in people if e <= m.start() and m.start() - e < 300]
        if not before:
            continue
        owner = max(before)
        value = m.group("v")  # up to the next field on the line: '"Addy"  Date of birth:'
        value = value[:n.start()] if (n := _NEXT_FIELD.search(value)) else value
        for v in re.finditer(r"[^;,/]+", value):
            nick = v.group().strip().strip("\"“”‘’'").strip()
            if nick[:1].isupper() and len(nick.split()) <= 2 and not ef.is_label(nick):
                yield "alias", Span(owner[0], m.start("v") + v.end(),
                                    f"{text[owner[0]:owner[1]]} aka {nick}")
    ends = {e: (s, e) for s, e in people}
    for m in _PAREN_NICK.finditer(text):  # a nickname in brackets after the full name
        owner = ends.get(m.start())
        if owner and not pf.titled(m.group("y")) and not ef.is_label(m.group("y")):
            yield "alias", Span(owner[0], m.end("y"), f"{text[owner[0]:owner[1]]} aka "
                                                        f"{m.group('y')}")
    for m in _NICK_PAREN.finditer(text):  # the nickname first, the full name in brackets
        owner = named_after(m.end())
        if owner and not pf.titled(m.group("y")) and not ef.is_label(m.group("y")):
            yield "alias", Span(m.start("y"), owner[1], f"{text[owner[0]:owner[1]]} aka "
                                                          f"{m.group('y')}")
    for m in _MID_NICK.finditer(text):  # the nickname between the given name and surname
        nick = m.group("y") or m.group("b")
        if ef.is_given_name(m.group("g")) and not ef.is_label(m.group("s")) and (
                m.group("y") or pf.is_caps(m.group("s")) or ef.is_known_name(m.group("s"))
                and not lexicon.is_dictionary_word(m.group("s"))):  # a bracket holds notes
            yield "alias", Span(m.start(), m.end(), f"{m.group('g')} {m.group('s')} aka {nick}")
    for m in _BARE_IS.finditer(text):  # "Disclosed Tank is Tanveer Hussain, 24"
        nick, owner = m.group("y"), named_after(m.end())
        if owner is None or any(s <= m.start() < e for s, e in people) or (
                ef.is_label(nick) or ef.is_title(nick) or lexicon.fold(nick) in (
                    lexicon.stop_words() | lexicon.relation_words())):
            continue
        yield "alias", Span(m.start("y"), owner[1], f"{text[owner[0]:owner[1]]} aka {nick}")


_GIVEN_HEAD = re.compile(r"(?i)\s*(?:fore[ \t]*names?|first[ \t]+names?|given[ \t]+names?)"
                         r"(?:\(s\))?\s*")
_FAMILY_HEAD = re.compile(r"(?i)\s*(?:surname|last[ \t]+name|family[ \t]+name)\s*")


def table_names(text: str) -> Iterator[Span]:
    """A table whose header has a given-name column and a surname column ("First name |
    Surname | Age"): each row's two cells are one person, stored as "<given> <surname>".
    The rows run until a blank line or a line with another number of cells."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    i = 0
    while i < len(lines):
        cells = lines[i].split("|")
        gi = next((k for k, c in enumerate(cells) if _GIVEN_HEAD.fullmatch(c)), None)
        si = next((k for k, c in enumerate(cells) if _FAMILY_HEAD.fullmatch(c)), None)
        i += 1
        if gi is None or si is None:
            continue
        while i < len(lines) and len(row := lines[i].split("|")) == len(cells):
            given, family = row[gi].strip(), row[si].strip()
            if all(w[:1].isupper() and ef.is_name_word(w) and not ef.is_label(w)
                   for w in (given + " " + family).split()) and given and family:
                starts = [offsets[i] + sum(len(c) + 1 for c in row[:k]) for k in (gi, si)]
                a = starts[0] + row[gi].index(given)
                b = starts[1] + row[si].index(family)
                s, e = min(a, b), max(a + len(given), b + len(family))
                yield Span(s, e, f"{given} {family}")
            i += 1


_ORG_NOUNS = (
    "home", "shop", "takeaway", "take-away", "hotel", "pub", "restaurant", "cafe", "café", "bar",
    "club", "nightclub", "school", "academy", "college", "business", "company", "firm", "garage",
    "salon", "hostel", "guest house", "b&b", "charity", "project", "practice", "surgery",
    "pharmacy", "chemist", "supermarket", "store", "factory", "warehouse", "car wash", "mosque",
    "church")
_SITE_NOUNS = ("station", "park", "estate", "precinct", "retail park", "shopping centre",
               "market", "car park", "playground", "area", "village", "district", "street",
               "road")
_APPOSITION = re.compile(
    rf"(?<![\w'’\-])(?P<n>{_NAME_WORD}(?:[ \t]*\n?[ \t]*{_NAME_WORD}){{0,3}}),[ \t]*\n?[ \t]*"
    r"(?i:a|an|the)[ \t]+"
    r"(?:[\w'’\-]+[ \t]+){0,2}?(?P<k>(?i:" + "|".join(
        re.escape(n).replace(r"\ ", r"[ \t]") for n in sorted(_ORG_NOUNS + _SITE_NOUNS,
                                                             key=len, reverse=True))
    + r"))(?=[ \t]*(?:[,.;:)\n]|$|(?i:in|on|at|near|off|run|owned|where|which|that|for|of)\b))")


def appositions(text: str) -> Iterator[tuple[str, Span]]:
    """A name and what it is, after a comma: "Top Cutz, the barber's shop" and "Meadowbank,
    a children's home" are organisations ("agency"), "Bury Interchange, the bus station" a
    place ("place"). A person's name described so ("Jade, a school friend") is not taken:
    the noun must end the description."""
    for m in _APPOSITION.finditer(text):
        words = list(re.finditer(r"\S+", m.group("n")))
        while words and (lexicon.fold(words[0].group()) in _LEADING or ef.is_label(
                words[0].group())):
            words = words[1:]  # "The", "Location"; not "Top" of "Top Cutz"
        names = [w.group() for w in words]
        if not names or (ef.is_given_name(names[0]) and len(names) <= 2
                         and lexicon.fold(names[-1]) not in ef.BUILDING_WORDS):
            continue
        kind = "place" if lexicon.fold(m.group("k")) in _SITE_NOUNS else "agency"
        start = m.start("n") + words[0].start()
        yield kind, Span(start, m.end("n"), text[start:m.end("n")])


_LEADING = frozenset("the a an at in on from to and by near with of".split())
_ON_STREET = re.compile(r"(?i:\b(?:on|along|off|down|up|onto)[ \t]+)(?P<n>[A-Z][a-z][\w'’\-]+)"
                        r"(?![ \t]+[A-Z])(?![\w'’\-])")


def bare_streets(text: str) -> Iterator[Span]:
    """ "parks on Kirkgate", "the van on Westgate": one capitalised word after "on" or
    "along", no given name, word, day or product, is a street named without a street word."""
    for m in _ON_STREET.finditer(text):
        name = m.group("n")
        if (ef.is_given_name(name) or lexicon.is_dictionary_word(name) or ef.is_label(name)
                or ef.is_product(name) or lexicon.is_month_or_day(name.removesuffix("s"))):
            continue
        yield Span(m.start("n"), m.end("n"), name)


_ADDRESS_LABEL = re.compile(
    r"(?i:\b(?:home[ \t]+)?address(?:[ \t]*\([^)\n]{0,20}\))?)[ \t]*:[ \t]*")
_NEXT_LABEL = re.compile(r"[ \t]+[A-Z][\w/()'’\-]*(?:[ \t]+[\w/()'’\-]+)?:(?:[ \t]|$)")


def _cells(line: str) -> list[tuple[int, str]]:
    """A table row's cells with their offsets in the line."""
    out, pos = [], 0
    for cell in line.split("|"):
        out.append((pos, cell))
        pos += len(cell) + 1
    return out


def address_values(text: str) -> Iterator[Span]:
    """What a form or table gives as an address with no postcode: the value after
    "Address:" ("22 Hall Bank, Buxton") up to the next field, and the cells of a table's
    Address column ("Brayton, Selby")."""
    for m in _ADDRESS_LABEL.finditer(text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        nxt = _NEXT_LABEL.search(text, m.end(), end)  # "... Buxton    Nationality: British"
        bar = text.find("|", m.end(), end)
        end = min(nxt.start() if nxt else end, bar if bar >= 0 else end)
        if text[m.end():end].strip():
            yield Span(m.end(), end, text[m.end():end])
    column, width, pos = None, 0, 0
    for line in text.split("\n"):
        cells = _cells(line)
        if len(cells) < 3:
            column = None
        elif any(c.strip().casefold() == "address" for _o, c in cells):
            column = next(i for i, (_o, c) in enumerate(cells) if c.strip().casefold() == "address")
            width = len(cells)
        elif column is not None and len(cells) == width:
            offset, cell = cells[column]
            if cell.strip():
                lead = len(cell) - len(cell.lstrip())
                start = pos + offset + lead
                yield Span(start, start + len(cell.strip()), cell.strip())
        pos += len(line) + 1


def row_aliases(text: str, people: list[tuple[int, int]]) -> Iterator[Span]:
    """A table row that gives a nickname or a stored contact name in its first cell and a
    person's full name in another ("Bossman | 07700 900412 | Tomasz NOWAK (nominal N2)"):
    the first cell is what that person is called, stored as "<name> aka <nickname>"."""
    pos = 0
    for line in text.split("\n"):
        cells = _cells(line)
        if len(cells) >= 3:
            first = cells[0][1].split()
            nick = ef.clean_token(first[0]) if first else ""
            if (1 <= len(first) <= 2 and nick[:1].isupper() and nick.isalpha()
                    and not (ef.is_label(nick) or lexicon.is_month_or_day(nick)
                             or lexicon.fold(nick) in lexicon.stop_words()
                             or lexicon.fold(nick) in lexicon.relation_words())):
                row = [(s, e) for s, e in people
                       if pos + cells[1][0] <= s and e <= pos + len(line)]
                named = {text[s:e] for s, e in row}
                if len(named) == 1 and not any(lexicon.fold(nick) == lexicon.fold(w)
                                               for w in next(iter(named)).split()):
                    s, e = row[0]
                    yield Span(pos, e, f"{text[s:e]} aka {nick}")
        pos += len(line) + 1


_RUN = r"[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){1,3}"
_LIST_SEP = re.compile(r",[ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+")
_LIST = re.compile(rf"(?<![\w'’\-]){_RUN}(?:,[ \t]*{_RUN})*,?[ \t]+(?:and|&)[ \t]+{_RUN}"
                   r"(?![\w'’\-])")


def listed_names(text: str, people: list[tuple[int, int]]) -> Iterator[Span]:
    """The other names of a list whose names are mostly people ("R v AMJAD KHAN, LIAM PAUL
    WHITBY, ARDIT HAXHIU and KIERAN McANDREW"): a name the tagger missed among those it
    found is a person too, unless it is a place or an organisation."""
    for m in _LIST.finditer(text):
        items, start = [], m.start()
        for sep in _LIST_SEP.finditer(text, m.start(), m.end()):
            items.append((start, sep.start()))
            start = sep.end()
        items.append((start, m.end()))
        known = [i for i in items if any(s < i[1] and i[0] < e for s, e in people)]
        if len(known) < 2 or len(known) * 2 < len(items):
            continue
        for s, e in items:
            if (s, e) in known:
                continue
            words = text[s:e].split()
            if (ef.is_place_name(text[s:e]) or ef.has_agency_word(words)
                    or any(ef.is_label(w) or pf.is_plain_word(w) for w in words)):
                continue
            yield Span(s, e, text[s:e])


_SHORT_VALUE = re.compile(r":[ \t]*(?:\S{1,3}|\S*\d\S*)(?=[ \t]+[A-Z][\w/()'’\-]*:|[ \t]*(?:\n|$))")


def is_field_label(text: str, start: int, end: int) -> bool:
    """A tagged "name" that is a form's field label: a word followed by a colon and a short
    value or a code ("Wing: B    Category: B", "Room: 12"), not a speaker's line
    ("Smith: I told her...")."""
    words = text[start:end].split()
    return bool(words) and lexicon.is_dictionary_word(ef.clean_token(words[-1])) and bool(
        _SHORT_VALUE.match(text, end))
