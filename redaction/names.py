"""Name finders that do not rely on the statistical model.

spaCy's small model misses many names, above all names outside the Anglo corpus it was
trained on, names in tables, signatures and ALL CAPS headings, and one-word names in
speech.  These finders add recall from cheap, explainable evidence: a title before the
word ("Mr Hussain"), a relationship before it ("her friend Zana", "known as Kayz"), or
the word being a known given name or surname of any origin.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from . import lexicon


@dataclass(frozen=True, slots=True)
class NameHit:
    start: int
    end: int
    text: str
    rule: str
    confidence: float


_LOW = "a-zà-öø-ÿłńśźżćęąóőűşğışžčřěůďťňľĺŕ"
_CAP = (
    rf"(?:(?:O['’]|Mc|Mac)?[A-Z][{_LOW}]+(?:[-'’][A-Z]?[{_LOW}]+)*"
    r"|[A-Z]{2,}(?:['’\-][A-Z]+)*)"
)
_CAPRUN = _CAP + r"(?:[ \t]+" + _CAP + r"){0,2}"
# a name wrapped onto the next line after a title: "PC Ryan\nFitton"
_CAPRUN_WRAPPED = _CAP + r"(?:(?:[ \t]+|[ \t]*\n[ \t]*)" + _CAP + r")?(?:[ \t]+" + _CAP + r")?"


@cache
def _title_regex() -> re.Pattern:
    titles = sorted((t for t in lexicon.titles()), key=len, reverse=True)
    alt = "|".join(re.escape(t) for t in titles)
    return re.compile(rf"(?<![\w])(?i:{alt})(?:\.|(?![A-Za-z]))[ \t]*\n?[ \t]*(?:\d{{2,6}}[ \t]+)?"
                      rf"(?P<n>(?:[A-Z]\.?[ \t]+)?{_CAPRUN_WRAPPED})")


_RELATION = re.compile(
    r"(?i:\b(?:my|her|his|their|your|our|the|a|an|older|younger|big|little|best|new|ex)[ \t]+"
    r"['‘\"“]?(?:(?:older|younger|big|little|best|new|ex|step|half|foster|real|twin)[ \t\-]*)?"
    r"(?:friends?|boy ?friend|girl ?friend|bf|gf|brother|sister|cousin|uncle|aunt|auntie|aunty|"
    r"mum|mam|mother|dad|father|son|daughter|partner|husband|wife|niece|nephew|nan|nana|gran|"
    r"grandma|grandmother|grandad|granddad|grandfather|step-?dad|step-?mum|carer|worker|"
    r"neighbour|mate|associate|sibling|child|baby|lad|girl|boy|man|woman|fella|bloke|"
    r"driver|landlord|lodger|teacher|victim|suspect|offender|perpetrator|named person)s?)"
    r"(?:[,:]?[ \t]+|[,:]?[ \t]*\n[ \t]*)(?i:(?:called|named|known as)\s+)?[\"'“‘]?(?P<n>"
    + _CAPRUN
    + r")"
)
_KNOWN_AS = re.compile(
    r"(?i:\b(?:(?:known|knew|know)\s+(?:(?:him|her|them|you|me|us)\s+)?"
    r"(?:(?:to|on|in|at|around|by)\s+[^.]{1,60}?\s+)?"
    r"(?:only\s+)?as|called|calls|referred\s+to(?:\s+by\s+[^.\n]{1,40}?)?\s+as|"
    r"saved\s+(?:in\s+(?:it|his|her|the|their|my)(?:\s+(?:phone|contacts))?\s+)?as|"
    r"named(?!\s+(?:nurse|midwife|doctor|gp|person|professional)\b)|"  # "Named Nurse"
    r"nicknamed|nickname|aka|a\.k\.a\.?|alias|goes\s+by|"
    r"went\s+by|call(?:s|ed|ing)?\s+(?:him|her|them|me|us)(?:self|selves)?|"
    r"display\s+name|profile\s+name|user\s*name|"
    r"introduced\s+(?:him|her)self\s+as|(?:who|whom)\s+[^.\n]{1,30}?\s+call|"
    r"that['’]s|that\s+is|"
    r"(?:sur|first|last|family|real|full|nick|street)?name\s+(?:is|was)|real\s+name|"
    r"(?:street|nick)[ \t]?names?(?=[ \t:]+[\"'“‘])|"
    r"in\s+the\s+name\s+of|name['’]s|"
    r"I\s+am|I'm|this\s+is))"
    r"(?:[ \t:]+|[ \t:]*\n[ \t]*)(?:(?P<q>[\"'“‘])(?P<qn>[^\"'”’\n]{1,30})[\"'”’]|(?P<n>"
    + _CAPRUN
    + r"))"
)
# "DOBROWOLSKA" on its own line, a given name alone on the next: a register's surname and
# forename cells as extraction gives them, one per line
_CELL_SURNAME = re.compile(
    r"(?m)^[ \t]*(?P<s>[A-Z][A-Z'’]{1,}(?:-[A-Z][A-Z'’]+)?|(?:O['’]|Mc)[A-Z]{3,})[ \t]*\n"
    r"[ \t]*(?P<g>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:[ \t]+[A-Z][a-z]+)?[ \t]*$")
_CELL_GIVEN_SURNAME = re.compile(
    r"(?m)^[ \t]*(?P<g>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]*\n[ \t]*"
    r"(?P<s>(?:Mc|Mac|O['’])?[A-Z][A-Z'’]{2,}(?:-[A-Z]{2,})?)[ \t]*$")
_SIGNOFF = re.compile(
    r"(?m)^(?i:kind\s+regards|regards|best\s+wishes|many\s+thanks|thanks|yours\s+sincerely|"
    r"yours\s+faithfully|signed|(?:from|to|cc)(?=\s*:)|author|prepared\s+by|witness|"
    r"interviewer|minutes(?=\s*:)|"
    r"officer|name|full\s+name|child|young\s+person|subject|victim|complainant|suspect|"
    r"mother|father|chair|minutes\s+taken\s+by|present|attendees|apologies)"
    r"[ \t]*[,:\-–]?[ \t]*\n?[ \t]*(?P<n>" + _CAPRUN + r")"
)
# "BRENNAN, Lacey", "Brennan, Lacey J.", "Smith, J." in headers, signatures and e-mail
_INVERTED = re.compile(
    r"(?<![\w,])(?P<n>(?P<s>[A-Z]{2,}(?:[-'’][A-Z]+)*|(?:O['’]|Mc|Mac)?[A-Z][a-z]+"
    r"(?:[-'’][A-Z][a-z]+)*),[ \t]*(?:[A-Z][a-z]+(?:[ \t]+[A-Z]\.?)?|[A-Z]\.(?:[ \t]?[A-Z]\.)*|"
    r"(?<=[A-Z],)[ \t]*[A-Z]{2,}(?:-[A-Z]{2,})?(?=[ \t]*(?:\(|$|\n|[ \t]DOB|[ \t]\d)))"
    r")(?![\w])"
)
_CAP_TOKEN = re.compile(_CAP)
# the second given name after "SURNAME, Given"
_SECOND_GIVEN = re.compile(r"[ \t]+(?P<g>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?![\w'’\-])")
# "A. Senior", "P. Ezeh", "J. R. HARTLEY": initials with full stops, then a surname
_INITIALLED = re.compile(
    r"(?<![\w.])(?P<n>(?:[A-Z]\.[ \t]?){1,3}(?P<s>(?:O['’]|Mc|Mac)?[A-Z][a-z]+"
    r"(?:[-'’][A-Z][a-z]+)*|[A-Z]{2,}(?:[-'’][A-Z]+)*))(?![\w])"
)
# a signer's or author's place: "printed by", "Countersigned:", "diary - "
_SIGNER_BEFORE = re.compile(
    r"(?i)(?:\bby|\bsigned|\bcountersigned|\bauthor|\bfrom|\bcc|\bto|\bofficer|"
    r"\bworker|\bmanager|\bchair|\bclerk|\bnurse|\bdr|[\-–|(])[ \t:]*$"
)
_INSTITUTION_AFTER = re.compile(  # not "OYELOWO, Temi  Practice nurse": a role
    r"[ \t]+(?:Medical|Health|Centre|Center|Surgery|Practice|Clinic|Hospital|School|Academy|"
    r"College|Primary|Road|Street|Lane|Avenue|Drive|House|Lodge|Hall|Court|Park|Police|"
    r"Council|Trust|Mosque|Church)\b(?![ \t]+[a-z])")
# countries that are also common first names ("SMITH, Jordan"); the rest after a comma
# are where someone was born ("SARDASHT, IRAN")
_COUNTRY_FIRST_NAMES = frozenset("jordan chad india georgia kenya israel jamaica".split())
# a line that starts with two or more quoted names: a form's "also known as" cell
_QUOTED_LIST = re.compile(
    r"(?m)^[ \t]*[\"'“‘][A-Z][\w'’\-]{1,15}[\"'”’](?:[ \t]*(?:,|and|or|/)[ \t]*"
    r"[\"'“‘][A-Z][\w'’\-]{1,15}[\"'”’])+")
_STREET_WORDS = frozenset(
    "road street lane avenue close court drive way crescent grove gardens place terrace "
    "walk row mews hill park square view rise green parade fold gate vale bank croft "
    "mount estate house lodge".split()
)
_NOT_NAME = frozenset(
    "the a an and or of in on at to for from with by this that these those it he she they we i "
    "you his her their our my your is was were be been police council court street road team "
    "meeting minutes statement report page date time re subject sent cc dear kind regards "
    "thanks yes no okay ok mr mrs miss ms dr social services children school hospital nhs "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def _clean(text: str, start: int, end: int, rule: str, conf: float) -> NameHit | None:
    """Trim trailing non-name words and possessives; refuse function words and pieces of a
    longer token ("YP" of "YP2")."""
    if end < len(text) and text[end].isalnum():
        return None
    span = text[start:end]
    words = span.split()
    while words and lexicon.fold(lexicon.strip_possessive(words[-1])) in _NOT_NAME:
        words.pop()
    if not words or lexicon.fold(words[0]) in _NOT_NAME and not (
            rule in ("after_title", "relation_context") and len(words) > 1
            and lexicon.is_month_or_day(words[0])
            and lexicon.fold(words[0]) in lexicon.given_names()):  # "IRO June Hassall"
        return None
    end = start + span.rfind(words[-1]) + len(words[-1])
    return NameHit(start, end, text[start:end], rule, conf)


def find_name_like(text: str, *, exclude: list[tuple[int, int]] | None = None) -> list[NameHit]:
    """Spans that look like names from context or from the name lists.

    ``exclude`` holds spans already known to be agencies or places, where a name-list
    word ("Sutton", "Grant") is taken as part of that name instead.
    """
    exclude = exclude or []
    hits: list[NameHit] = []

    def add(s: int, e: int, rule: str, conf: float) -> None:
        h = _clean(text, s, e, rule, conf)
        if h:
            hits.append(h)

    for m in _title_regex().finditer(text):
        end, found = m.end("n"), m.group("n")
        if "\n" in found:
            first, wrapped = found.split("\n", 1)
            if first.split()[-1].isupper() != wrapped.split()[0].isupper():
                end = m.start("n") + len(first.rstrip())  # "Mr T. Ekwueme\nSENCO to ..."
        add(m.start("n"), end, "after_title", 0.85)
    for m in _RELATION.finditer(text):
        add(m.start("n"), m.end("n"), "relation_context", 0.75)
    for m in _KNOWN_AS.finditer(text):
        g = "qn" if m.group("qn") else "n"
        if g == "n" and "\n" in text[m.start():m.start(g)] and " " not in m.group(g) and (
                lexicon.is_dictionary_word(lexicon.fold(m.group(g)))):
            continue  # "Also known as\nOffence": a form's labels read down a column
        add(m.start(g), m.end(g), "known_as", 0.8)
        for s, e in _listed_after(text, m.end()):
            add(s, e, "known_as", 0.75)
    for m in _SIGNOFF.finditer(text):
        add(m.start("n"), m.end("n"), "label_context", 0.6)
    # a table's "Surname | Forename" read down ("DOBROWOLSKA\nNatalia"), or a cell wrapped
    # ("Tyrone\nMcCALLISTER"): a surname in capitals on its own line beside a given name
    for m in [*_CELL_SURNAME.finditer(text), *_CELL_GIVEN_SURNAME.finditer(text)]:
        surname, given = lexicon.fold(m.group("s")), lexicon.fold(m.group("g"))
        if given in lexicon.given_names() and not is_abbreviation(m.group("s")) and (
                surname in lexicon.surnames() or not lexicon.is_dictionary_word(surname)) \
                and surname not in town_names() and surname not in lexicon.not_names():
            add(m.start("s"), m.end("s"), "surname_cell", 0.65)
    for m in _INVERTED.finditer(text):
        surname, rest = m.group("s"), m.group("n")[len(m.group("s")) + 1:].strip()
        f, first = lexicon.fold(surname), lexicon.fold(rest.split()[0]).rstrip(".")
        if re.search(r"['’]s$", rest.split()[0]) or re.match(r"['’]s\b", text[m.end("n"):]) or (
                first in lexicon.countries() and first not in _COUNTRY_FIRST_NAMES):
            continue  # "Jenna Priestley, Barnardo's": an employer after a name, not a first name
        known = f in lexicon.surnames() or f in lexicon.given_names()
        if lexicon.is_not_a_name(surname) and not known or f in area_names():
            continue
        # "DUCKWORTH, Shannon", "OYELOWO, Temi": a surname in capitals then a first name in
        # its own case is a name even when the first name is also a town or on no list
        capitals_first = (len(f) >= 3 and surname.isupper() and rest[:1].isupper()
                          and rest.split()[0][1:].islower() and f not in _STREET_WORDS
                          and not lexicon.is_dictionary_word(first)
                          and first not in lexicon.not_names())
        if not capitals_first and (
                len(first) > 1 and not (first in lexicon.given_names() or first in
                                        lexicon.name_words() or lexicon.is_name_like(first))
                or first in town_names() or f in _STREET_WORDS or first in lexicon.not_names()):
            continue  # "Lane, Rotherham" is an address
        if re.match(r"\s+of\s", text[m.end("n"):m.end("n") + 5]) or _INSTITUTION_AFTER.match(
                text, m.end("n")):
            continue  # "Diana, Princess of Wales Hospital", "Lodhi, Picton Medical Centre"
        if lexicon.is_dictionary_word(f) and not (known or surname.isupper()):
            continue
        if rest.isupper() and len(re.sub(r"\W", "", rest)) > 1 and not (
                first.split("-")[0] in lexicon.given_names()
                or known and not lexicon.is_dictionary_word(first)):
            continue  # "GRABOWSKI, PAWEL", not "LINKED NOMINALS, ASSOCIATES"
        if (lexicon.is_dictionary_word(f) or f in lexicon.not_names()) and not (
                len(first) == 1 or first in lexicon.given_names()):
            continue  # "Council, South": a word, not a surname, before the comma
        end = m.end("n")
        more = _SECOND_GIVEN.match(text, end)
        given = lexicon.fold(more.group("g")) if more else ""
        if surname.isupper() and more and not re.search(r"[ \t][A-Z]\.?$", m.group("n")) and (
                lexicon.is_name_like(given) or given in lexicon.given_names()
                and not lexicon.is_dictionary_word(given)):
            end = more.end()  # "NDLOVU, Precious Thandiwe": a second given name goes too
        hits.append(NameHit(m.start("n"), end, text[m.start("n"):end], "inverted", 0.75))
    for m in _INITIALLED.finditer(text):
        surname = lexicon.fold(m.group("s"))
        if surname in _NOT_NAME or surname in town_names() or surname in area_names() \
                or lexicon.is_month_or_day(surname) or surname in lexicon.not_names():
            continue
        signer = _SIGNER_BEFORE.search(text[max(0, m.start() - 20):m.start()])
        if signer or surname in lexicon.surnames() or not lexicon.is_dictionary_word(surname):
            hits.append(NameHit(m.start("n"), m.end("n"), m.group("n"), "initialled", 0.7))
    for m in _LOWER_TITLE.finditer(text):  # "miss quarmby did" in a transcript
        if lexicon.is_name_like(m.group("n")):
            hits.append(NameHit(m.start("n"), m.end("n"), m.group("n"), "lower_title", 0.6))
    for m in _NICK_AFTER.finditer(text):
        add(m.start("n"), m.end("n"), "nickname_after_name", 0.8)
    for m in _EQUATED.finditer(text):  # "Jimmy = Jamil CHAUDHRY", "Sparky (Amir Ghulam"
        first = lexicon.fold(m.group("b").split()[0])
        nick = lexicon.fold(m.group("a"))
        if (first in lexicon.given_names() or lexicon.is_name_like(first)) and not (
                nick in town_names() or nick in lexicon.not_names()
                or lexicon.fold(m.group("b")) in town_names()
                or first in town_names() and lexicon.is_not_a_name(m.group("b"))):
            for g in ("a", "b"):  # not "Garvey (Rochdale Borough Council": a body
                add(m.start(g), m.end(g), "nickname_equated", 0.75)
    for m in _IS_NAMED.finditer(text):  # "Toffee is Daniel KEELING", "Boots is believed
        nick = lexicon.fold(m.group("a"))  # to be Aaron STYCH": a street name, then who
        first = lexicon.fold(m.group("b").split()[0])
        if (first in lexicon.given_names() or lexicon.is_name_like(first)) and not (
                nick in town_names() or nick in lexicon.not_names()
                or nick in lexicon.stop_words() or lexicon.fold(m.group("b")) in town_names()):
            add(m.start("a"), m.end("a"), "nickname_equated", 0.75)
    for m in _QUOTED_LIST.finditer(text):  # "'Biscuit', 'Biscuits', Dwayne Pettigrew-Lloyd"
        for q in re.finditer(r"[\"'“‘](?P<n>[A-Z][\w'’\-]{1,15})[\"'”’]", m.group()):
            word = lexicon.fold(q.group("n"))
            if word not in town_names() and word not in lexicon.not_names():
                hits.append(NameHit(m.start() + q.start("n"), m.start() + q.end("n"),
                                    q.group("n"), "quoted_alias_list", 0.6))
    for m in _QUOTED_AFTER.finditer(text):  # "links to 'Captain' and 'Boots'"
        word = lexicon.fold(m.group("n"))
        if word not in town_names() and word not in lexicon.not_names() \
                and word not in lexicon.stop_words() and not lexicon.is_month_or_day(word) \
                and not (len(word) == 2 and (lexicon.is_dictionary_word(word)
                                             or is_abbreviation(word) or word in _TWO_LETTER)):
            hits.append(NameHit(m.start("n"), m.end("n"), m.group("n"), "quoted_name", 0.6))
    for m in _QUOTED.finditer(text):
        word = m.group("n")
        if not lexicon.is_dictionary_word(word) and lexicon.fold(word) not in town_names():
            hits.append(NameHit(m.start("n"), m.end("n"), word, "quoted_name", 0.6))
    for m in _CHAT_SPEAKER.finditer(text):
        name = m.group("n").strip()
        if lexicon.fold(name) not in _NOT_SPEAKERS and re.search(r"[^\W\d_]{2}", name):
            add(m.start("n"), m.start("n") + len(name), "chat_speaker", 0.7)
    for start, name in _timed_speakers(text):
        add(start, start + len(name), "chat_speaker", 0.7)
    for m in _DOTTED_INITIALS.finditer(text):
        if is_dotted_initials(m.group()):
            hits.append(NameHit(m.start(), m.end(), m.group(), "dotted_initials", 0.6))
    hits.extend(_lexicon_hits(text, exclude))
    hits.extend(_lower_hits(text))
    return hits


# a message export names who wrote each line: "[03/10/2021, 21:14:07] Beast: ye bro",
# "12/05/2019, 22:41 - Kaz: where r u"; the name is whatever the phone saved
_CHAT_SPEAKER = re.compile(
    r"(?m)^[ \t]*\[?\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ \t]*[AaPp][Mm])?\]?[ \t]*(?:-[ \t]*)?(?P<n>[^\W\d_][^:\n\[\]]{0,28}?):[ \t]")
_NOT_SPEAKERS = frozenset("you me system messages whatsapp mum dad nan note notes".split())
# "[21:04] jade: u still with him?": a message export stamped with the time only. A minute
# line ("14:00 Strategy meeting: ...") has the same shape, so it counts only as a chat when
# the same speaker writes at least twice in three or more such lines
_TIMED_SPEAKER = re.compile(
    r"(?m)^[ \t]*\[?(?:(?:19|20)\d\d-\d\d-\d\d[ \tT,]+)?"  # "2020-09-14 20:12 con06: ..."
    r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp][Mm])?\]?[ \t]*(?:-[ \t]*)?"
    r"(?P<n>[^\W\d_][\w.]{0,24}(?:[ \t][^\W\d_][^\W\d_'’\-]{0,20})?):[ \t]")


def _timed_speakers(text: str) -> list[tuple[int, str]]:
    found = [(m.start("n"), m.group("n")) for m in _TIMED_SPEAKER.finditer(text)]
    if len(found) < 3:
        return []
    counts: dict[str, int] = {}
    for _, name in found:
        counts[lexicon.fold(name)] = counts.get(lexicon.fold(name), 0) + 1
    return [(s, n) for s, n in found if counts[lexicon.fold(n)] >= 2
            and lexicon.fold(n) not in _NOT_SPEAKERS and not all(
                lexicon.is_dictionary_word(w) and w not in lexicon.given_names()
                for w in lexicon.fold(n).split())]
# "R.T. (15) was reluctant", "Witness initials: K.A.W.": a child or a witness named by
# initials; dotted initials in evidence are people, bar a few well-known abbreviations
_DOTTED_INITIALS = re.compile(r"(?<![\w.])[A-Z]\.[A-Z]\.(?:[A-Z]\.)?(?![\w.])")
_DOTTED_ACRONYMS = frozenset(
    "DOB UK US USA NHS CPS GP MP PC DC DS DI QC KC CSE ABE NFA RIP PS NB EG IE TV CCTV DNA "
    "HMP AM PM BA MA BSC PHD LLB ID NI EU UN RAF BBC ITV SOS".split())


_TWO_LETTER = frozenset("ok no hi go so yo ya ye oi ah oh eh um uh mm xx lol".split())


def is_abbreviation(word: str) -> bool:
    """"UK", "GP", "D.O.B.": a well-known abbreviation, not someone's initials."""
    return word.replace(".", "").upper() in _DOTTED_ACRONYMS


def is_dotted_initials(span: str) -> bool:
    """"R.T.", "K.A.W.": initials that stand for a person (not "D.O.B." or "U.K.")."""
    span = span.rstrip(".") + "."  # the final stop may be trimmed off a span
    return bool(_DOTTED_INITIALS.fullmatch(span)) and span.replace(".", "") not in _DOTTED_ACRONYMS


# 'Mohammed Kasim ("Kaz")', "Fadi NASSER ('Freddie')": a quoted name after a name
_NICK_AFTER = re.compile(
    r"(?:[A-Z][\w'’\-]+|[A-Z]{2,})[ \t]*\([ \t]*[\"'“‘]{1,2}(?P<n>[^\"'”’)\n]{1,25})[\"'”’]"
    r"[ \t]*(?:\)|,)"
)
_LOWER_TITLE = re.compile(r"\b(?:mr|mrs|miss|ms|dr|pc|dc|sir|uncle|auntie|aunty)[ \t]+"
                          r"(?P<n>[a-z][a-z'’\-]{2,})\b")
# police notes tie a nickname to a full name: "Deemo = Nadeem KHALIQ", "Tiny (Naeem Akbar)"
_EQUATED = re.compile(
    r"(?<![\w'’])(?P<a>[A-Z][\w'’\-]{1,15}|[A-Z]{2,15})[ \t]*(?:=|\([ \t]*(?=[A-Z][a-z]+[ \t]+"
    r"[A-Z]))[ \t]*(?P<b>[A-Z][\w'’\-]+(?:[ \t]+(?:[A-Z][\w'’\-]+|[A-Z]{2,})){1,2})"
)
def _listed_after(text: str, end: int) -> list[tuple[int, int]]:
    """More names listed after a name: "knew as Sweets and Bones", "calling themselves Waz,
    Kazzy or Woody". A comma continues a list only if "and"/"or" ends it ("in the name of
    HANIF, Oldham Council" lists no one)."""
    out: list[tuple[int, int]] = []
    pending: list[tuple[int, int]] = []
    more = _AND_NAME.match(text, end)
    while more and lexicon.fold(more.group("n")) not in (
            lexicon.relation_words() | lexicon.titles() | lexicon.stop_words() | town_names()):
        span = (more.start("n"), more.end("n"))
        if more.group().lstrip("\"'”’").startswith(","):
            pending.append(span)
        else:
            out += [*pending, span]
            pending = []
        more = _AND_NAME.match(text, more.end())
    return out


_AND_NAME = re.compile(r"[\"'”’]?(?:,|[ \t]+(?:and|&|or))[ \t]+[\"'“‘]?"
                       r"(?P<n>[A-Z][a-z]{2,15}|[A-Z]{3,15})\b")
# a street name said to be a person: "Toffee is Daniel KEELING", "that Boots is believed to
# be Aaron STYCH", "Captain was identified as Marlon Cheever"
_IS_NAMED = re.compile(
    r"(?:(?<![\w'’])|(?<=(?<!\w)['‘]))(?P<a>[A-Z][a-z]{2,15}|[A-Z]{3,15})['’\"”]?"
    r"[ \t]+(?:is|was|=)(?:[ \t]+|[ \t]*\n[ \t]*)(?:(?:now[ \t]+)?"
    r"(?:believed|thought|understood|known|said|confirmed|identified|suspected)[ \t]+"
    r"(?:to[ \t]+be|as)[ \t]+)?(?P<b>[A-Z][a-z][\w'’\-]*(?:[ \t]+(?:[A-Z][\w'’\-]+|[A-Z]{2,}))"
    r"{1,2})"
)
# a capitalised word quoted after a word that links it to someone: "links to 'Captain' and
# 'Boots'", "who 'the Captain' was" (a quoted word on its own may be anything said)
_QUOTED_AFTER = re.compile(
    r"(?i:\b(?:to|and|with|by|from|about|for|of|who|whom|met|meet|meeting|knew|know|"
    r"called(?:[ \t]+[a-z]{2,12}){0,3}|named|calls|call|saw|see|phoned|rang|texted|"
    r"(?:signing|signed|signs|logged|listed|registered|saved|stored)(?:[ \t]+in)?[ \t]+as|"
    r"messaged)[ \t]+|[\"”’'][ \t]*&[ \t]*\n?)"
    r"[\"“‘'](?:the[ \t]+)?(?P<n>[A-Z][a-z]{2,14}|[A-Z]{2,14})[\"”’'](?!\w)"
)
# a capitalised word in quotes: a nickname or a saved contact ('"Teg"', '"Nav taxi"')
_QUOTED = re.compile(r"[\"“‘'](?P<n>[A-Z][a-z]{1,11})(?:[ \t][\w ]{1,15})?[\"”’'](?!\w)")
_LOWER_TOKEN = re.compile(r"(?<![\w@./])[a-z][a-z'’\-]{2,}(?![\w@])")


def _lower_hits(text: str) -> list[NameHit]:
    """Names written in lower case, as in transcribed speech ("amjad used to pick me up"):
    a known name that is no English word."""
    given, family = lexicon.given_names(), lexicon.surnames()
    out = []
    for m in _LOWER_TOKEN.finditer(text):
        word = lexicon.strip_possessive(m.group())
        if (word in given or word in family or word in lexicon.nicknames()) \
                and lexicon.is_name_like(word) \
                and word not in town_names():
            out.append(NameHit(m.start(), m.start() + len(word), word, "lower_name_list", 0.55))
    return out


def _lexicon_hits(text: str, exclude: list[tuple[int, int]]) -> list[NameHit]:
    given, family, areas = lexicon.given_names(), lexicon.surnames(), town_names()
    given_or_word = _given_or_name_word()
    toks = [(m.start(), m.end(), m.group()) for m in _CAP_TOKEN.finditer(text)
            if not (m.end() < len(text) and text[m.end()].isalpha()
                    or m.start() > 0 and text[m.start() - 1].isalpha())]  # "DestSchoolName"
    flags = []
    for _s, _e, raw in toks:
        f = lexicon.fold(lexicon.strip_possessive(raw))
        ordinary = lexicon.is_dictionary_word(f) or f in _NOT_NAME or f in lexicon.not_names()
        known = (f in given or f in family) and f not in areas and (
            f not in lexicon.countries() or f in _COUNTRY_FIRST_NAMES)
        if not known and not ordinary and f not in areas and not raw.isupper():
            known = _name_shaped(f)
        if not known and not ordinary and "-" in f:
            known = _double_barrelled(f)  # "Ashman-Clarke", "OKONJO-BELL"
        flags.append((known, ordinary))
    out: list[NameHit] = []
    for i, (s, e, _raw) in enumerate(toks):
        known, ordinary = flags[i]
        if not known or any(a <= s < b for a, b in exclude):
            continue
        # a word that is also ordinary ("Hope", "Grant") needs a neighbour that is a name
        prev_ok = i > 0 and _adjacent(text, toks[i - 1], toks[i]) and not flags[i - 1][1]
        next_ok = (
            i + 1 < len(toks) and _adjacent(text, toks[i], toks[i + 1]) and not flags[i + 1][1]
        )
        pair = (i + 1 < len(toks) and _adjacent(text, toks[i], toks[i + 1])
                and lexicon.fold(toks[i][2]) in given_or_word
                and lexicon.fold(lexicon.strip_possessive(toks[i + 1][2])) in family
                and (not flags[i + 1][1] or _surname_word(toks[i + 1][2])))
        # "Rose Pickering" (a surname that is also a town), "JADE MERCER" (both words)
        if ordinary and not (prev_ok and flags[i - 1][0] or next_ok and flags[i + 1][0]
                             or pair):
            continue
        start, end = s, e
        if pair:
            end = toks[i + 1][1]
        elif i + 1 < len(toks) and next_ok and lexicon.fold(toks[i + 1][2]) not in _NOT_NAME:
            end = toks[i + 1][1]  # "Kayleigh Brammer": the unknown surname goes too
        elif (not ordinary and i + 1 < len(toks) and _adjacent(text, toks[i], toks[i + 1])
              and _surname_word(toks[i + 1][2]) and lexicon.fold(toks[i][2]) in given):
            end = toks[i + 1][1]  # "Darren PICKLES": a surname that is also a word
        if (i + 2 < len(toks) and end == toks[i + 1][1]
                and _adjacent(text, toks[i + 1], toks[i + 2]) and _surname_word(toks[i + 2][2])
                and lexicon.fold(toks[i + 1][2]) in given):
            end = toks[i + 2][1]  # "Siobhan Bernadette WARD"
        if (
            i > 0
            and prev_ok
            and lexicon.fold(toks[i - 1][2]) not in _NOT_NAME
            and lexicon.fold(toks[i - 1][2]) not in lexicon.titles()
        ):
            start = toks[i - 1][0]
        if lexicon.fold(text[start:end]) in areas:
            continue  # "Sowerby Bridge": two surnames that make a town
        if (start, end) == (s, e) and i + 1 < len(toks) \
                and lexicon.fold(lexicon.strip_possessive(toks[i][2])) not in given \
                and _adjacent(text, toks[i], toks[i + 1]) and toks[i + 1][2][:1].isupper() \
                and lexicon.fold(toks[i + 1][2]) in _STREET_WORDS:
            continue  # "on Pellon Lane": a street, not a person (but "Kayleigh Lane" is one)
        out.append(NameHit(start, end, text[start:end], "name_list", 0.7 if not ordinary else 0.5))
    return out


def _double_barrelled(folded: str) -> bool:
    """A hyphenated name with a listed part and no ordinary word or town in it (so not
    "Stoke-on-Trent" or "Ashton-under-Lyne")."""
    parts = [p for p in folded.split("-") if p]
    return len(parts) > 1 and any(
        p in lexicon.given_names() or p in lexicon.surnames() for p in parts) and not any(
        lexicon.is_dictionary_word(p) or p in town_names() or p in lexicon.not_names()
        for p in parts)


_SURNAME_ENDINGS = re.compile(
    r"(?:ova|ová|ovà|eva|ska|ski|cka|cki|czyk|wicz|escu|eanu|enko|chuk|ović|ovic|evic|"
    r"ević|vich|poulos|oglu|oğlu|zadeh|zada|ullah|uddin|zai|khel)$"
)


@lru_cache(maxsize=20000)
def _name_shaped(folded: str) -> bool:
    """A spelling variant of a known given name ("Viktoria"), or a surname by its ending
    ("Balogova", "Kowalczyk", "Popescu", "Stanekzai")."""
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    if len(folded) >= 6 and _SURNAME_ENDINGS.search(folded):
        return True
    if len(folded) < 5 or not folded.isalpha():
        return False
    choices = _fuzzy_given()
    hit = process.extractOne(folded, choices, scorer=Levenshtein.distance, score_cutoff=1)
    return hit is not None


@cache
def _fuzzy_given() -> list[str]:
    """The shipped given names only: spelling variants of common UK names ("Viktoria");
    the long international list would make every unknown word a variant of something."""
    return sorted(
        n
        for n in lexicon._words("given_names.txt")
        if len(n) >= 5 and n.isalpha() and not lexicon.is_ordinary_word(n)
    )


@cache
def _given_or_name_word() -> frozenset[str]:
    return lexicon.given_names() | lexicon.name_words()


def _surname_word(raw: str) -> bool:
    f = lexicon.fold(lexicon.strip_possessive(raw))
    return (f in lexicon.surnames() and f not in _NOT_NAME and f not in lexicon.not_names()
            and f not in _STREET_WORDS and f not in lexicon.stop_words())


def _adjacent(text: str, a: tuple, b: tuple) -> bool:
    gap = text[a[1] : b[0]]
    return 0 < len(gap) <= 2 and gap.strip(" \t-") == ""


@cache
def area_names() -> frozenset[str]:
    """Case-folded local authority areas: places, not people."""
    return frozenset(lexicon.fold(a) for a in lexicon.public_bodies()["areas"])


@cache
def town_names() -> frozenset[str]:
    """Local authority areas, police force areas and the towns of the UK and Ireland: a
    name-list word that is one of these ("Middleton", "Sowerby Bridge", "South Yorkshire")
    is taken for the place."""
    forces = {re.sub(r"\s+(?:police|constabulary)$", "", lexicon.fold(f))
              for f in lexicon.public_bodies()["police"]}
    return area_names() | lexicon.uk_places() | frozenset(forces)
