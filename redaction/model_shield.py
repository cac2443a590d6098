"""Spans the rules already know name no one, kept out of the recall model's reach.

The recall model reads each word with two neighbours either side; it cannot see that
"Sarah's" begins the name of a disclosure scheme, that "SENCO" is a role, or that
'Terrible' in quotes after "described as" is a description. The rules can, and since
lowering the model's threshold trades precision for recall, the rules' answer stands for
these classes (and for a lower-case word that is a verb by its place: "I hope it stops"
beside a registered "Hope"): their spans are marked kept for the model, as keep-list names
are, so the model never proposes a word inside them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.pages import Page

from . import lexicon, names, street_names

# "Sarah's Law", "Clare's Law Right to Ask", "Helen's Law": an instrument or scheme named
# for a person (a possessive name); "Rahman Law" without one is a solicitors' firm
_INSTRUMENT = re.compile(
    r"(?<![\w'’\-])[A-Z][\w\-]*['’]s(?=[ \t]+(?:Law|Act|Rules|Regulations|Scheme|Order|"
    r"Protocol|Guidance|Review)\b)")
# capitals that read as a role or a well-known abbreviation: "DSL", "HoY", "SENCO", "OK"
_CAPITALS = re.compile(r"(?<![\w@./\-])[A-Za-z][A-Za-z/]{1,7}(?![\w@\-]|[./]\w)")
# a word in quotes after a verb of describing or judging is a description, not a name:
# "described as 'Terrible'", "rated 'Good'", "felt 'unsafe'" (a name follows "known as",
# "called", "signed in as", which the rules read as naming)
_DESCRIBED = re.compile(
    r"(?i:\b(?:describ(?:ed|es|ing|e)|rated|rates|rating|graded|grades|assessed|assesses|"
    r"judged|deemed|felt|feels?|feeling|seem(?:ed|s)?|look(?:ed|s)?|"
    r"sound(?:ed|s)?|appear(?:ed|s)?)(?:[ \t]+(?:it|them|him|her|this|that|everything))?"
    r"(?:[ \t]+(?:as|to[ \t]+be|like))?[ \t]+)"
    r"[\"“‘'](?P<n>[A-Za-z][a-z]+)[\"”’'](?!\w)")


# a word in lower case straight after a subject pronoun (and a modal) is a verb: "I hope
# it stops", "we will mark it", "they would grace"; a lower-case name follows a verb or a
# preposition instead ("told lacey", "with bid")
_VERB = re.compile(r"(?<![\w'’\-])(?:I|[Ww]e|[Yy]ou|[Tt]hey)"
                   r"(?:[ \t]+(?P<m>will|would|can|could|should|must|might|do|did))?"
                   r"[ \t]+(?P<n>[a-z]+)(?![\w'’\-])")


def _verbs(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _VERB.finditer(text):
        if m.group("m"):
            out.append((m.start("m"), m.end("m")))
        if lexicon.is_dictionary_word(m.group("n")):
            out.append((m.start("n"), m.end("n")))
    return out


def _role_capitals(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _CAPITALS.finditer(text):
        word = m.group()
        # written as the abbreviation is ("DSL", "HoY"), not a staff code of initials and
        # a surname's letter ("TBa", "LHa")
        if sum(c.isupper() for c in word) >= 2 and word[-1].isupper() and (
                street_names.is_role_abbreviation(word) or names.is_abbreviation(word)):
            out.append((m.start(), m.end()))
    return out


def _descriptions(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _DESCRIBED.finditer(text):
        word = lexicon.fold(m.group("n"))
        if lexicon.is_dictionary_word(word) and word not in lexicon.given_names():
            out.append((m.start("n"), m.end("n")))
    return out


def page_spans(text: str) -> list[tuple[int, int]]:
    """Spans of one page's text that the model must leave to the rules."""
    return ([(m.start(), m.end()) for m in _INSTRUMENT.finditer(text)]
            + _role_capitals(text) + _descriptions(text) + _verbs(text))


def model_kept(pages: Sequence[Page],
               kept: dict[int, list[tuple[int, int]]]) -> dict[int, list[tuple[int, int]]]:
    """The keep-list spans of each page with the spans the rules know name no one."""
    return {p.number: kept.get(p.number, []) + page_spans(p.text) for p in pages}
