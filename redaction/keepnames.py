"""Where the keep list's public figures are named in a document, however they are written.

The keep list holds full names ("Alexis Jay"); documents also write "Professor JAY",
"Cllr Khan", "DCC Hart", "Councillors Khan and Lewis", "JAY:" as a speaker, "Jay's report".
A surname alone is kept after a title or role, in a list of councillors, and anywhere in a
document that names the public figure in full, unless someone else in that document has
the same surname ("Imran Khan" beside "Sadiq Khan"), when only the titled forms are kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ingest.pages import Page

from . import lexicon
from .register import KeepList

Span = tuple[int, int]
_ROLES = (r"councillors|cllrs|the\s+hon(?:ourable)?|rt\.?\s+hon\.?|right\s+honourable|"
          r"chief\s+constable|deputy\s+chief\s+constable|assistant\s+chief\s+constable|"
          r"baroness|baron|lord|lady|dame|sir|professor|prof|mayor|commissioner|judge|"
          r"justice|minister|secretary|director|chair|chairman|chief\s+executive|leader|"
          r"deputy\s+leader|councillor|cllr|mp|mep|hhj|dcc|acc|cc|pcc|hon")


@cache
def _title_alt() -> str:
    titles = sorted(lexicon.titles(), key=len, reverse=True)
    return _ROLES + "|" + "|".join(re.escape(t) for t in titles)


def _surnames(keep: KeepList) -> dict[str, str]:
    """Surname -> first name of each kept person with both."""
    out = {}
    for n in keep.names:
        parts = lexicon.canonical_name(n).split()
        if len(parts) > 1 and len(parts[-1]) >= 2:
            out[parts[-1]] = parts[0]
    return out


# a judge sits in public and is named in every law report: "HHJ Valance", "His Honour Judge
# Peter Castleton", "Mrs Justice Nwosu", "RECORDER CHAUDHRY-WEBB", "District Judge Amin"
_JUDGE = re.compile(
    r"(?<![\w])(?i:(?:his|her)\s+honour\s+judge|hhj|(?:district\s+|deputy\s+)?judge|"
    r"recorder|(?:the\s+hon(?:ourable)?\.?\s+)?(?:mr|mrs|ms|miss)\s+justice|lord\s+justice|"
    r"lady\s+justice)[ \t]+(?P<n>(?:[A-Z][\w'’\-]+[ \t]+){0,2}[A-Z][\w'’\-]+)")


def judges(text: str) -> list[Span]:
    """Spans of judges' titles and names ("Mrs Justice" is no one to redact either)."""
    out = []
    for m in _JUDGE.finditer(text):
        words = m.group("n").split()
        while words and (lexicon.fold(words[-1]) in lexicon.stop_words()
                         or lexicon.fold(words[-1]) in lexicon.not_names()):
            words.pop()  # "Judge Castleton The": the name, not the next sentence
        if words and lexicon.fold(words[0]) not in lexicon.stop_words():
            out.append((m.start(), m.start("n") + len(" ".join(words))))
    return out


def document_keep_spans(pages: Sequence[Page], keep: KeepList) -> dict[int, list[Span]]:
    """Per page, every span that names a kept public figure."""
    out: dict[int, list[Span]] = {
        p.number: [*keep.spans(p.text), *judges(p.text)] for p in pages}
    surnames = _surnames(keep)
    if not surnames:
        return out
    alt = "|".join(re.escape(s) for s in sorted(surnames, key=len, reverse=True))
    titled = re.compile(rf"(?i)(?<![\w])(?:{_title_alt()})\.?\s+(?:[A-Z]\.\s*)*"
                        rf"(?:{alt})(?:['’]s?)?(?![\w])")
    firsts = "|".join(re.escape(f) for f in sorted(set(surnames.values()), key=len,
                                                     reverse=True))
    # "Dame Helena", "Sir Peter": honours go with the first name
    honoured = re.compile(rf"(?i)(?<![\w])(?:dame|sir|lord|lady|baroness|baron)\s+"
                          rf"(?:{firsts})(?:['’]s?)?(?![\w])")
    listed = re.compile(r"(?i)\b(?:councillors|cllrs)\s+((?:[A-Z][\w'’\-]+(?:\s*,\s*|\s+and\s+|"
                        r"\s*&\s*))+[A-Z][\w'’\-]+)")
    bare = re.compile(rf"(?i)(?<![\w])(?P<s>{alt})(?:['’]s?)?(?![\w])")
    # "TOLSON, Graham": e-mail headers and lists put the surname first
    inverted = re.compile("(?i)(?<![\\w])(?:" + "|".join(
        rf"{re.escape(sn)},\s*{re.escape(first)}" for sn, first in surnames.items())
        + ")(?![\\w])")
    named_in_full = {s for s, first in surnames.items()
                     if any(re.search(rf"(?i)\b{re.escape(first)}\s+{re.escape(s)}\b", p.text)
                            for p in pages)}
    named_in_full |= {lexicon.fold(lexicon.strip_possessive(m.group().split()[-1]))
                      for p in pages for m in titled.finditer(p.text)}
    shared = _shared_surnames(pages, surnames)
    for p in pages:
        spans = out[p.number]
        spans += [(m.start(), m.end()) for m in titled.finditer(p.text)]
        spans += [(m.start(), m.end()) for m in honoured.finditer(p.text)]
        spans += [(m.start(), m.end()) for m in inverted.finditer(p.text)]
        for m in listed.finditer(p.text):
            for w in re.finditer(r"[A-Z][\w'’\-]+", m.group(1)):
                if lexicon.fold(lexicon.strip_possessive(w.group())) in surnames:
                    spans.append((m.start(1) + w.start(), m.start(1) + w.end()))
        for m in bare.finditer(p.text):
            s = lexicon.fold(m.group("s"))
            if s in named_in_full and s not in shared:
                spans.append((m.start(), m.end()))
    return out


def _shared_surnames(pages: Sequence[Page], surnames: dict[str, str]) -> set[str]:
    """Kept surnames that another person in the document also has ("Imran Khan")."""
    out = set()
    for s, first in surnames.items():
        rx = re.compile(rf"\b([A-Z][\w'’\-]+)\s+{re.escape(s)}\b", re.I)
        for p in pages:
            for m in rx.finditer(p.text):
                before = lexicon.fold(m.group(1))
                if before == first or before in lexicon.titles() or not m.group(1)[0].isupper():
                    continue
                if before in lexicon.stop_words() or lexicon.is_dictionary_word(before) and (
                        before not in lexicon.given_names()):
                    continue
                if re.match(rf"(?i){_title_alt()}$", before):
                    continue
                out.add(s)
    return out
