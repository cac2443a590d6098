"""Word forms: the inflections of one lemma that a free-text word is searched with.

Why query-time expansion over an exact index, not a stemmer in the index: the clusters we
run on have different analysis (the integ-test node has no analysis-common module, so no
``stemmer`` filter; Hunspell was the only stemmer there and it strips prefixes and misses
plurals: misconduct -> conduct, officers -> office, meetings -> meet), and a stemmer is a
suffix stripper that joins words by spelling, not by meaning (Porter: organ/organization,
universe/university). So every index is built with the same core-only analysis (standard
tokenizer + lowercase, see :mod:`search.mapping`) and the word forms are decided here, in
Python, identically for every cluster:

* a word is expanded to the *inflections of its own lemmas* (noun number, verb tense and
  participles) from LemmInflect's lexicon (AGID + SPECIALIST): child -> children,
  report -> reports/reported/reporting, run -> ran, criterion -> criteria. Derivation is
  never an inflection, so misconduct is not conduct, unlawful is not lawful, officers is
  not office and exploitation is not exploit;
* a word the lexicon does not know (carers, whistleblowers, most names) gets only regular
  noun number (carer <-> carers), by LemmInflect's suffix rules;
* adjective and adverb degrees (good/better/best) and the forms of be, have, do and the
  modals are not expanded: they would join words counsel keep apart (was/is, had/has);
* every noun form also matches its possessive (officer's, officer’s), since the standard
  tokenizer keeps "officer's" as one token.

Tokens with digits or other marks (covid-19's "19", "e.g") are never expanded. The exact
mode of a search skips all of this. Lookups are cached; LemmInflect is imported on first
use, not at import time, or by :func:`warm_up` when a serving process starts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

POS = ("NOUN", "VERB")
APOSTROPHES = ("'", "\u2019")
MIN_OOV_LENGTH = 4  # shorter unknown words are codes and initials (dbs, nhs): left alone

# Forms of these lemmas are not expanded (auxiliaries and modals), nor are these words.
_NOT_EXPANDED_LEMMAS = frozenset({"be", "have", "do", "will", "shall", "can", "may", "must"})
_NOT_EXPANDED_WORDS = frozenset({
    "am", "is", "are", "was", "were", "been", "being", "has", "had", "having", "does",
    "did", "done", "doing", "would", "should", "could", "might", "ought",
})

# Irregular plurals the lexicon files under a lemma of their own: people is a plural of
# person (as is persons).
_EXTRA_LEMMAS = {"people": "person"}
_EXTRA_FORMS = {("person", "NOUN"): {"people"}}

# A token as the standard tokenizer (UAX#29) sees it: letters and digits joined by the
# marks that do not split a word (officer's, e.g, 3.5, a:b).
_TOKEN_RE = re.compile(r"\w+(?:[.'\u2019:\u00b7\u2027]\w+)*")
_LETTERS_RE = re.compile(r"[^\W\d_]+")
_POSSESSIVE_RE = re.compile(r"^([^\W\d_]+)['\u2019]s$")


def tokens(text: str) -> list[str]:
    """The words of ``text`` in order, split where the standard tokenizer splits them
    (closely enough: a token only matters here if it is all letters)."""
    return _TOKEN_RE.findall(text)


def word_forms(word: str) -> tuple[str, ...]:
    """The lower-case forms ``word`` is searched with: itself first, then its other
    inflections and possessives, sorted. ``(word.lower(),)`` when nothing is added."""
    return _forms(word.lower())


@lru_cache(maxsize=20_000)
def _forms(word: str) -> tuple[str, ...]:
    possessive = _POSSESSIVE_RE.match(word)
    base = possessive.group(1) if possessive else word
    if not _LETTERS_RE.fullmatch(base) or len(base) < 2 or base in _NOT_EXPANDED_WORDS:
        return (word,)
    inflected = _inflections(base)
    # "officers'" is the token "officers"; "children's" and "officer's" are tokens of their own
    forms = set(inflected) | {base}
    forms |= {f + mark + "s" for f, noun in inflected.items() if noun and not f.endswith("s")
              for mark in APOSTROPHES}
    forms.discard(word)
    return (word, *sorted(forms))


def _inflections(word: str) -> dict[str, bool]:
    """Every inflection of every noun or verb lemma of ``word``, each marked True when it
    is a noun form (possessives are made of those)."""
    lemminflect = _lemminflect()
    known = lemminflect.getAllLemmas(word)
    forms: dict[str, bool] = {}
    if not known:
        if len(word) >= MIN_OOV_LENGTH:
            for lemma in lemminflect.getAllLemmasOOV(word, "NOUN").get("NOUN", ()):
                guessed = _clean(lemminflect.getAllInflectionsOOV(lemma, "NOUN").values())
                if word in guessed:  # a guess that does not give the word back is wrong
                    forms.update(dict.fromkeys(guessed, True))
        return forms
    lemmas = {(lemma.lower(), pos) for pos, found in known.items() if pos in POS
              for lemma in found}
    lemmas |= {(_EXTRA_LEMMAS[lemma], pos) for lemma, pos in lemmas if lemma in _EXTRA_LEMMAS}
    if any(lemma in _NOT_EXPANDED_LEMMAS for lemma, _pos in lemmas):
        return {}
    for lemma, pos in lemmas:
        found = _clean(lemminflect.getAllInflections(lemma, upos=pos).values())
        found |= {lemma} if lemma.isalpha() else set()
        found |= _EXTRA_FORMS.get((lemma, pos), set())
        for form in found:
            forms[form] = forms.get(form, False) or pos == "NOUN"
    return forms


def _clean(groups: Iterable[tuple[str, ...]]) -> set[str]:
    return {form.lower() for group in groups for form in group if form.isalpha()}


@lru_cache(maxsize=1)
def _lemminflect() -> Any:  # noqa: ANN401 - the module
    import lemminflect

    return lemminflect


def warm_up() -> None:
    """Load LemmInflect and its lexicons now (about 1 s and 90 MB the first time), so that
    a process which serves searches does not make its first search wait for them."""
    _inflections("reports")  # a noun and a verb: both tables are read


def matches(query_word: str, text_word: str) -> bool:
    """Whether a search for ``query_word`` finds ``text_word`` (outside exact mode), as
    the index sees it: lower case, a trailing apostrophe dropped by the tokenizer."""
    token = text_word.lower()
    if token.endswith(APOSTROPHES):
        token = token[:-1]
    return token in word_forms(query_word)


def highlight_terms(terms: Iterable[str]) -> list[str]:
    """Query terms (words, phrases, ``prefix*``) with the other forms of their words, for
    drawing hits when no highlight is at hand. Possessives are left out: a word box is
    matched by its letters, so "officer" already covers "officer's"."""
    out: list[str] = []
    for term in terms:
        out.append(term)
        if term.endswith("*"):
            continue
        for token in tokens(term):
            out += [f for f in word_forms(token)[1:] if not f.endswith(("'s", "\u2019s"))]
    return out


__all__ = ["tokens", "word_forms", "matches", "highlight_terms", "warm_up", "POS", "APOSTROPHES"]
