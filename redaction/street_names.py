"""Names no list holds and no "known as" introduces: staff initials signing an entry, and
the nicknames a group gives its members.

Held-out documents left these readable more than any other kind of name: a care home's log
signed "... asleep. MS", a worker's "— AK" under a note, "she was with Big Man again",
"Uncle N picks them up", "T-Money's flat". Each has a shape of its own, strong enough on its
own words: initials stand where a signature stands (after the entry's last sentence, or
after a dash), and nicknames are built from a kinship or size word ("Uncle", "Lil", "Big")
or a letter and a word joined by a hyphen. Found once, they spread through the document
like any name (propagation), so "big man" in a lower-case message goes too. Names that the
words around them make ("went with Spider", "calls me sunny") are in ``context_names``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.pages import Page

from . import lexicon
from .names import NameHit, is_abbreviation
from .proposal import Cand

# abbreviations that end a line of a log or a note without being anyone's initials
_NOT_INITIALS = frozenset(
    "yp cse mash mace nfa cad pnc sw mfh lac cin cp icpc rcpc iro pcso cid asb sgo ehcp "
    "ok nb pto tbc tba asap fyi re cc bcc end ends abe gp dc ds di pc ps sgt insp dob "
    "aka uk nhs cps mp qc kc rip hmp yot yos sen send sem ae am pm tv id ni eu dna cctv "
    "ftw ftr mg pt vp csp ict sar dbs asd adhd ptsd sms mms ip imei vrm pnd adr n/a na "
    "tic ia no yes xx lol omg wtf idk ty thx gmp wyp syp nyp wmp mps btp nca iopc hmrc dwp "
    "ons lga dfe dvla ee bt o2 rta ppe mar prn bd od tds qds bp hr rr gcs eta eds "
    # school and care roles that sign notes as a signature would: "Mrs J. Wardle / DSL"
    "dsl ddsl hoy senco lado isva idva camhs rhi slt pa ta lsa fsw psw ssw sia".split())
_LETTERS = r"(?:[A-Z]{2,3}|[A-Z]{1,2}Mc[A-Z])"  # "JRP", "MS", "KMcB"
_SIGNATURE = re.compile(
    r"(?m)(?:[.!?)\]][ \t]+|[ \t][-–—/][ \t]*|[\w,;][ \t]+(?=\([A-Z]{2,3}\))"
    r"|^[ \t]*(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{1,2}[:.]\d{2})"
    r"[ \t]+(?:\d{1,2}[:.]\d{2}[ \t]+)?.{8,}?[ \t]+)"
    r"\(?(?P<n>" + _LETTERS + r")\)?[ \t]*\.?[ \t]*$")
_SIGNED = re.compile(
    r"(?i:\b(?:initials|initialled|signed|sign(?:ature)?|sig|author|entered[ \t]+by|"
    r"staff|worker|given[ \t]+by|checked[ \t]+by|seen[ \t]+by)\b[ \t]*[:\-–—]?[ \t]*)"
    r"(?P<n>" + _LETTERS + r")(?![\w.])")

# initials with the date they signed: "JT 25/05/2023" alone on a line, "(SH, 10/07/20)";
# and after a label that assigns the work: "Allocated: GH."
_DATED = re.compile(
    r"(?m)(?:^[ \t]*(?P<n>" + _LETTERS + r")[ \t]+(?=\d{1,2}[/.]\d{1,2}[/.]\d{2,4}[ \t]*$)"
    r"|\((?P<b>" + _LETTERS + r"),?[ \t]+(?=\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\)))")
_ALLOCATED = re.compile(
    r"(?i:\b(?:allocated|allocated[ \t]+to|assigned[ \t]+to|case[ \t]+holder|owner|"
    r"actioned[ \t]+by|reviewed[ \t]+by|completed[ \t]+by|typed[ \t]+by)[ \t]*:?[ \t]*)"
    r"(?P<n>" + _LETTERS + r")(?!\w|\.\w)")

# "Uncle N", "Auntie Jas", "Big Man", "Lil Tee", "Little Mo"
_KIN_OR_SIZE = re.compile(
    r"(?<![\w\-])(?<!\w['’])(?P<n>(?P<w>Uncle|Auntie|Aunty|Big|Lil['’]?|Little)[ \t]+"
    r"(?P<x>[A-Z](?:[\w'’\-]*\w)?))")
_NOT_AFTER_SIZE = frozenset(
    "issue lottery brother brothers society data mac picture bang apple red bird mistake "
    "problem problems deal day days school schools ben top wheel dipper society change "
    "britain venice chef sister sisters hulton lever horton london germany sam".split())
_LOWER_BUILT = re.compile(r"(?<![\w\-])(?:(?:uncle|auntie|aunty|big|lil)[ \t]+[a-z]|"
                          r"big[ \t]+man)(?![\w\-])")
_DETERMINER_BEFORE = re.compile(
    r"(?i)\b(?:a|an|the|one|this|that|his|her|their|my|your|our|some|any|no|very|such)"
    r"[ \t]+$")
# "T-Money", "K-Dog", "J-Boy": a letter and a word, the way handles are made
_LETTER_HANDLE = re.compile(r"(?<![\w@./\-])(?P<n>[A-Z]-(?P<x>[A-Z][a-z]{2,}))(?![\w\-])")
_NOT_HANDLES = frozenset(
    "mobile ray rays mail mails turn turns shirt shirts level levels road roads bone bones "
    "junction section list factor pop star commerce cigarette cigarettes scooter scooters "
    "bike bikes learning book books wave waves plan card cards bay max bar bars cell cells "
    "cut zone type team class grade division series".split())


def is_role_abbreviation(word: str) -> bool:
    """ "DSL", "HoY", "PCSO": letters that stand for a role or a body, never for a person."""
    return word.lower() in _NOT_INITIALS


def could_be_initials(word: str) -> bool:
    """Capitals that may be someone's initials: not a known abbreviation, not a word."""
    folded = word.lower()
    return not (folded in _NOT_INITIALS or is_abbreviation(word)
                or folded in lexicon.stop_words()
                or lexicon.is_dictionary_word(folded) and len(folded) == 3)


def _spelt_out_before(text: str, start: int, letters: str) -> bool:
    """"Child Protection Plan (CPP)": an abbreviation defined by the words before it."""
    words = re.findall(r"[A-Za-z][\w'’\-]*", text[max(0, start - 80):start])
    heads = "".join(w[0] for w in words if w[0].isupper() or w.lower() not in ("of", "and"))
    return heads.upper().endswith(letters)


def _heading(text: str, pos: int) -> bool:
    """A line in capitals ("REFERRAL - NEXT STEPS - TBC") is a heading, not a signed entry."""
    start = text.rfind("\n", 0, pos) + 1
    line = text[start:pos]
    return sum(c.isalpha() for c in line) >= 4 and line.upper() == line


def find(text: str) -> list[NameHit]:
    """Signature initials, a staff key's codes and built nicknames on one page's text."""
    hits: list[NameHit] = key_entries(text)
    for rx, rule, conf in ((_SIGNATURE, "signature_initials", 0.75),
                           (_SIGNED, "signed_initials", 0.8)):
        for m in rx.finditer(text):
            if could_be_initials(m.group("n")) and not _heading(text, m.start("n")) and not (
                    _spelt_out_before(text, m.start(), m.group("n"))):
                hits.append(NameHit(m.start("n"), m.end("n"), m.group("n"), rule, conf))
    for m in (*_DATED.finditer(text), *_ALLOCATED.finditer(text)):
        g = "b" if "b" in m.groupdict() and m.group("b") else "n"
        if could_be_initials(m.group(g)) and not _heading(text, m.start(g)):
            hits.append(NameHit(m.start(g), m.end(g), m.group(g), "dated_initials", 0.75))
    for m in _KIN_OR_SIZE.finditer(text):
        word, after = lexicon.fold(m.group("w")), lexicon.fold(m.group("x"))
        if after in _NOT_AFTER_SIZE or after in lexicon.stop_words():
            continue
        if word == "little" and not (len(after) == 1 or after in lexicon.given_names()):
            continue  # "Little Hulton" is a place; "Little Mo" someone
        # "Uncle Baz": the name goes and "Uncle" stays; "Uncle N" is a nickname whole
        g = "x" if word in ("uncle", "auntie", "aunty") and len(after) > 1 else "n"
        hits.append(NameHit(m.start(g), m.end(g), m.group(g), "built_nickname", 0.75))
    for m in _LOWER_BUILT.finditer(text):  # "uncle n", "big man said" in a message
        if not _DETERMINER_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            hits.append(NameHit(m.start(), m.end(), m.group(), "built_nickname", 0.65))
    for m in _LETTER_HANDLE.finditer(text):
        if lexicon.fold(m.group("x")) not in _NOT_HANDLES:
            hits.append(NameHit(m.start("n"), m.end("n"), m.group("n"), "letter_handle", 0.75))
    for m in _ROLE_HOLDER.finditer(text):  # "SLT-DB": the role stays, the initials go
        if m.group("r").lower() in _STAFF_ROLES and could_be_initials(m.group("n")):
            hits.append(NameHit(m.start("n"), m.end("n"), m.group("n"), "role_initials", 0.7))
    return hits


# a staff role's letters joined to the initials of the one holding it: "SLT-DB", "DSL/GR"
_ROLE_HOLDER = re.compile(r"(?<![\w.@/\-])(?P<r>[A-Za-z]{2,5})[\-/](?P<n>[A-Z]{2,3})(?![\w@/\-])")
_STAFF_ROLES = frozenset("slt smt dsl ddsl hoy senco sw ta lsa fsw psw ssw rm dm kw iro sgt "
                         "insp".split())


_CAPS_TOKEN = re.compile(
    r"(?<![\w.@/\-])(?:[A-Z]{2,4}|[A-Z]{1,2}Mc[A-Z]|[A-Z]{1,2}[A-Z][a-z]{1,2})(?![\w@/\-])")
# a staff key: "MCh Mr Cheetham; PTa Mr Tattersall", "RNa Rukhsana Nazir, Specialist Midwife"
_KEY_ENTRY = re.compile(
    r"(?<![\w.@/\-])(?P<c>[A-Z]{1,3}[a-z]?)[ \t]*[=:\-–]?[ \t]+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|DC|DS|"
    r"PC|Sgt|Nurse|Sister)\.?[ \t]+)?(?:[A-Z][a-z'’\-]+[ \t]+)?(?P<s>(?:Mc|O['’])?[A-Z][a-z'’\-]+)"
    r"(?=[ \t]*(?:[;,(\n]|$))")


# a rota's or a register's row: the code, then the name it is made from ("DPr Dean Prestwich
# Bank RSW", "AOk Adaeze Okonkwo-Byrne Agency"): the code spells the name, so both are someone
_CODE_ROW = re.compile(
    r"(?m)(?:^|;)[ \t]*(?P<c>[A-Z][A-Z][a-z]?)[ \t]+(?P<n>(?P<g>[A-Z][a-z'’\-]+)[ \t]+"
    r"(?P<s>(?:Mc|O['’])?[A-Z][A-Za-z'’\-]+))")


def name_initials(name: str) -> str:
    """"Priya Lal-Sandhu" -> "PLS", "Kerry McBride" -> "KMcB": how minutes and logs write
    the people in them."""
    out = ""
    for word in re.findall(r"[A-Za-z][\w'’]*", name):
        out += "Mc" + word[2] if word.startswith("Mc") and len(word) > 2 else word[0]
    return out.upper() if "Mc" not in out else out


def short_codes(name: str) -> list[str]:
    """The ways a log writes a named person's initials: "PLS", and the first initial with
    the surname's first two letters ("Lucy Hargreaves" -> "LHa", "Rukhsana Nazir" -> "RNa")."""
    words = re.findall(r"[A-Za-z][\w'’]*", name)
    codes = [name_initials(name)]
    # a double-barrelled surname is coded by its first part: "Kwame Asante-Boyd" -> "KAs"
    parts = name.split()
    surnames = {words[-1], *(parts[-1].split("-")[:1] if len(parts) >= 2 else [])}
    for surname in sorted(surnames):
        if len(words) < 2 or surname.startswith("Mc") or not surname.isalpha():
            continue
        if len(surname) >= 3:
            codes.append(words[0][0].upper() + surname[0].upper() + surname[1].lower())
        if len(surname) >= 5:
            # "Sarah Kinsella" -> "SKin": a clinical system's user code, matched in this
            # case only, so it is a code even where it spells a word
            codes.append(words[0][0].upper() + surname[0].upper() + surname[1:3].lower())
    return codes


def key_entries(text: str) -> list[NameHit]:
    """Codes a staff key defines, where the code's last letters begin the surname after it."""
    hits = []
    for m in _KEY_ENTRY.finditer(text):
        code, surname = m.group("c"), m.group("s")
        tail = re.search(r"[A-Z][a-z]?$", code).group()
        if len(code) >= 2 and (surname.startswith(tail) or surname.replace(
                "Mc", "", 1).startswith(tail)) and not (
                is_role_abbreviation(code) or code.lower() in lexicon.stop_words()
                or lexicon.is_dictionary_word(code.lower()) and code[-1].islower()):
            hits.append(NameHit(m.start("c"), m.end("c"), code, "staff_key", 0.75))
    for m in _CODE_ROW.finditer(text):
        code, given, surname = m.group("c"), m.group("g"), m.group("s")
        if code in (given[0] + surname[0], given[0] + surname[:2]) and not (
                is_role_abbreviation(code) or lexicon.fold(given) in lexicon.not_names()
                or lexicon.is_dictionary_word(lexicon.fold(given))
                and lexicon.fold(given) not in lexicon.given_names()):  # "NW North West"
            hits.append(NameHit(m.start("c"), m.end("c"), code, "staff_key", 0.75))
            hits.append(NameHit(m.start("n"), m.end("n"), m.group("n"), "staff_key", 0.75))
    return hits


def initials_of_named_people(pages: Sequence[Page], cands: dict[int, list[Cand]]) -> None:
    """Add (in place) every standalone capitalised token that spells the initials of a
    person proposed in the same document by a full name ("Ryan Thompson ... RT to call the
    school"): an action table or a log names its staff that way."""
    wanted: dict[str, Cand] = {}
    for page in pages:
        for c in cands[page.number]:
            span = page.text[c.start:c.end]
            words = span.split()
            if c.kind in ("person", "protected_person") and 2 <= len(words) <= 4 and all(
                    re.fullmatch(r"[A-Z][\w'’\-]*\.?", w) for w in words):
                for letters in short_codes(span):
                    # a word is no one's initials, but a named person's own are theirs even
                    # when they spell one ("RPS" for Ruth Pilkington-Sayer)
                    if len(letters) >= 2 and (could_be_initials(letters) or len(letters) >= 3
                                              and not (is_role_abbreviation(letters)
                                                       or is_abbreviation(letters)
                                                       or letters.lower() in
                                                       lexicon.stop_words())):
                        wanted.setdefault(letters, c)
    if not wanted:
        return
    for page in pages:
        for m in _CAPS_TOKEN.finditer(page.text):
            c = wanted.get(m.group())
            if c is not None and not _heading(page.text, m.start()):
                cands[page.number].append(Cand(m.start(), m.end(), c.code, c.label,
                                               "heuristic:initials_of_a_named_person", 0.7,
                                               c.kind))
