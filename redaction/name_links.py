"""People named by their link to someone already proposed, or by what they are called.

Two shapes held-out documents used for suspects named nowhere else in the document:

* a word joined by "and", "&" or "+" to a proposed name ("Rafa and Saj went", "Saj and
  Rafa"): people are listed with people, so a name-shaped word there is someone;
* a descriptive nickname introduced as what someone is called ("men known to her as Saddy,
  Sadiq and the taxi man", "she calls him 'the phone man'", "goes by the big lad", "another
  one they call the chief or chiefy"): the description is the nickname, and found once it
  spreads through the document like any other (``redaction.propagation`` proposes it
  whole, wherever it is written);
* a surname no list holds right after a proposed given name ("Hope Ingleby" as the author
  of a comment), which then spreads on its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.pages import Page

from . import lexicon
from .names import town_names
from .proposal import Cand

_PERSON_KINDS = ("person", "protected_person")

# "Rafa and Saj went", "Saj & Rafa", "Rafa + Saj": a capitalised word and a proposed name
# (not after a bare comma: "Jenna Priestley, Barnardos" names where she works)
_AFTER = re.compile(r"[ \t]*,?[ \t]+(?:and|&|\+)[ \t]+(?P<n>[A-Z][a-z]{2,14})"
                    r"(?=[ \t]*(?:[.,;:!?)\"'”’]|$|[ \t]+[a-z]))", re.MULTILINE)
_BEFORE = re.compile(r"(?<![\w'’\-])(?P<n>[A-Z][a-z]{2,14})[ \t]+(?:and|&|\+)[ \t]+$")


def _coordinated_word(word: str) -> bool:
    """A word that may be a name beside a name: not an ordinary word, a town, a title or a
    word the lists say names no one."""
    folded = lexicon.fold(word)
    return (lexicon.is_name_like(folded) and folded not in town_names()
            and folded not in lexicon.not_names() and folded not in lexicon.stop_words())


def coordinated_names(pages: Sequence[Page], cands: dict[int, list[Cand]],
                      shielded: dict[int, list[tuple[int, int]]]) -> None:
    """Add (in place) a name-shaped word coordinated with a proposed person on its line."""
    for page in pages:
        text, spans = page.text, shielded.get(page.number, [])
        taken = {(c.start, c.end) for c in cands[page.number]}
        found: list[Cand] = []
        for c in cands[page.number]:
            if c.kind not in _PERSON_KINDS:
                continue
            after = _AFTER.match(text, c.end)
            line_start = text.rfind("\n", 0, c.start) + 1
            before = _BEFORE.search(text, max(line_start, c.start - 24), c.start)
            for m in (after, before):
                if m is None:
                    continue
                s, e = m.start("n"), m.end("n")
                if (s, e) in taken or any(a < e and s < b for a, b in spans) or not (
                        _coordinated_word(m.group("n"))):
                    continue
                taken.add((s, e))
                found.append(Cand(s, e, c.code if c.code != "VA" else "PD",
                                  c.label if c.code != "VA" else "PD",
                                  "heuristic:coordinated_name", 0.65, "person"))
        cands[page.number] += found


# "Hope Ingleby" as a comment's author: a surname no list holds after a proposed given name
_SURNAME_AFTER = re.compile(r"[ \t]+(?P<n>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?![\w'’\-])"
                            r"(?![ \t]+[A-Z])")


def surnames_after_given_names(pages: Sequence[Page], cands: dict[int, list[Cand]],
                               shielded: dict[int, list[tuple[int, int]]]) -> None:
    """Add (in place) the unlisted name-shaped word right after a proposed lone given
    name: the rest of the person's name, which propagation then finds on its own."""
    for page in pages:
        text, spans = page.text, shielded.get(page.number, [])
        found = []
        for c in cands[page.number]:
            span = text[c.start:c.end]
            if c.kind not in _PERSON_KINDS or " " in span.strip() or lexicon.fold(
                    lexicon.strip_possessive(span)) not in lexicon.given_names() or (
                    span != lexicon.strip_possessive(span)):
                continue
            m = _SURNAME_AFTER.match(text, c.end)
            if m is None or any(a < m.end("n") and m.start("n") < b for a, b in spans) or (
                    not _coordinated_word(m.group("n"))):
                continue
            found.append(Cand(m.start("n"), m.end("n"), c.code if c.code != "VA" else "PD",
                              c.label if c.code != "VA" else "PD",
                              "heuristic:surname_after_given", 0.65, "person"))
        cands[page.number] += found


_CALLED = (r"(?i:\b(?:(?:know|knows|knew)[ \t]+(?:him|her|them)[ \t]+as|"
           r"known(?:[ \t]+to[ \t]+(?:her|him|them|me|us|the[ \t]+girls?|everyone))?[ \t]+as|"
           r"call(?:s|ed)?[ \t]+(?:him|her|them|me)|"
           r"(?:goes|go|went)[ \t]+by|nicknamed|they[ \t]+call[ \t]+(?:him|her)))")
_LISTED = r"(?:\s+[\"'“‘]?[A-Z][\w'’\-]*[\"'”’]?(?:,|[ \t]+(?:and|or|&)))*"
_DESCRIBED = re.compile(
    _CALLED + _LISTED + r"\s+[\"'“‘]?(?P<n>(?i:the)\s+(?P<d>[A-Za-z][a-z]{2,12}(?:[ \t]+"
    r"[A-Za-z][a-z]{2,12})?)\s+(?i:man|lad|guy|boy|bloke|fella|fellow|girl|woman|one))"
    r"(?![\w'’\-])")
_NOT_DESCRIPTIONS = frozenset(
    "only first last same other next one very real main older younger oldest youngest "
    "whole".split())


# "another one they call the chief or chiefy", "a lad everyone calls Tank": who is called so
_ONE_THEY_CALL = re.compile(
    r"(?i:\b(?:one|man|men|lad|lads|guy|girl|bloke|someone|somebody|him|her)[ \t]+(?:they|we|"
    r"everyone|everybody|people|the[ \t]+girls|the[ \t]+lads)[ \t]+call(?:s|ed)?)[ \t]+"
    r"[\"'“‘]?(?P<n>(?:(?i:the)[ \t]+)?[A-Za-z][a-z]{2,13})(?![\w'’\-])"
    r"(?:[\"'”’]?[ \t]+(?:or|and)[ \t]+[\"'“‘]?(?P<o>[A-Za-z][a-z]{2,13})(?![\w'’\-]))?")
_NOT_CALLED = frozenset("police ambulance doctor school office council number shots".split())


def described_nicknames(text: str) -> list[Cand]:
    """"known to her as ... the taxi man": a description given as what someone is called."""
    out = []
    for m in _ONE_THEY_CALL.finditer(text):
        for g in ("n", "o"):
            word = lexicon.fold(m.group(g).split()[-1]) if m.group(g) else ""
            if not word or word in _NOT_CALLED or word in lexicon.stop_words():
                continue
            built = " " in m.group(g)  # "the chief" whole; "chiefy" as any nickname
            out.append(Cand(m.start(g), m.end(g), "PD", "PD",
                            "heuristic:built_nickname_known_as" if built
                            else "heuristic:known_as_called", 0.7, "person"))
    for m in _DESCRIBED.finditer(text):
        words = [lexicon.fold(w) for w in m.group("d").split()]
        if any(w in _NOT_DESCRIPTIONS or w in lexicon.stop_words() for w in words):
            continue
        out.append(Cand(m.start("n"), m.end("n"), "PD", "PD",
                        "heuristic:built_nickname_known_as", 0.7, "person"))
    return out
