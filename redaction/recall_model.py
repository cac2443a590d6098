"""A learned second reader: words the rules left alone that still look like personal data.

The rules find what they were written for; on evidence nobody here has seen they miss a
long tail (nicknames that are ordinary words, names in lower case, schools and placements
in new phrasings, numbers after ranks). A logistic model over each word's form, the
lexicon, its neighbours and what the rules found around it scores every word the rules did
not propose; words above the threshold become proposals for the reviewer, and propagation
then finds their other occurrences. It is trained on the evaluation parts
(``bench/train_recall_model.py``) and ships as plain JSON weights, readable and never
executed (a pickled model would be code from a file).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from ingest.pages import Page

from . import lexicon, linear_model, names
from .entities import Mention
from .proposal import Cand

MODEL_PATH = Path(__file__).with_name("data") / "recall_model.json"

# a word, with the joins identifiers and handles use inside ("kayz.b.98", "PH/2015/0042")
TOKEN = re.compile(r"[\w@][\w@.'’\-/]*\w|[\w@]")
_PERSONAL = frozenset({"person", "protected_person"})


@dataclass(frozen=True, slots=True)
class Token:
    page: int
    start: int
    end: int
    text: str
    features: tuple[str, ...]


@lru_cache(maxsize=65536)
def _shape(word: str) -> str:
    s = re.sub(r"[A-Z]", "X", word)
    s = re.sub(r"[a-z]", "x", s)
    s = re.sub(r"\d", "d", s)
    s = re.sub(r"[^\Wxd_]", "x", s)  # letters outside ASCII
    return re.sub(r"(.)\1{2,}", r"\1\1", s)


@lru_cache(maxsize=65536)
def _word_class(word: str) -> str:
    """What a neighbour is, in a few values the model can generalise over."""
    if not word:
        return "none"
    f = lexicon.fold(lexicon.strip_possessive(word)).strip(".")
    if f in lexicon.titles():
        return "w:" + f
    if f in lexicon.stop_words() or f in lexicon.relation_words():
        return "w:" + f
    if lexicon.is_dictionary_word(f):
        return ("w:" + f) if len(f) <= 12 else "dict"
    if f in lexicon.given_names():
        return "given"
    if f in lexicon.surnames():
        return "surname"
    return "shape:" + _shape(word)[:6]


# lexicon facts a word may have, in the order the model's feature names were trained
_LEXICON_TESTS: tuple[tuple[str, object], ...] = (
    ("dict", lexicon.is_dictionary_word),
    ("given", lambda f: f in lexicon.given_names()),
    ("surname", lambda f: f in lexicon.surnames()),
    ("nameword", lambda f: f in lexicon.name_words()),
    ("title", lambda f: f in lexicon.titles()),
    ("relation", lambda f: f in lexicon.relation_words()),
    ("stop", lambda f: f in lexicon.stop_words()),
    ("notname", lambda f: f in lexicon.not_names()),
    ("month", lexicon.is_month_or_day),
    ("town", lambda f: f in names.town_names()),
    ("nickname_list", lambda f: f in lexicon.nicknames()),
)


@lru_cache(maxsize=65536)
def _lex(word: str) -> tuple[str, ...]:
    f = lexicon.fold(lexicon.strip_possessive(word)).strip(".")
    return tuple(name for name, test in _LEXICON_TESTS if test(f))


@lru_cache(maxsize=65536)
def _word_features(word: str) -> tuple[str, str, tuple[str, ...]]:
    """(the word without a possessive, folded, its own features): what a word says by
    itself, worked out once per distinct word (each is asked for four times as a
    neighbour and again wherever it recurs)."""
    bare = lexicon.strip_possessive(word)
    f = lexicon.fold(bare).strip(".")
    feats = ["bias", "shape=" + _shape(bare)[:8], f"len={min(len(bare), 12)}"]
    lex = _lex(bare)
    feats += ["lex=" + x for x in lex]
    if bare != word:
        feats.append("possessive")
    if not lex:
        feats.append("oov")
    if lexicon.is_dictionary_word(f) and len(f) <= 14:
        feats.append("w=" + f)
    if len(f) >= 4 and f.isalpha():
        feats.append("suf3=" + f[-3:])
    return bare, f, tuple(feats)


def page_tokens(page: Page, cands: Sequence[Cand], mentions: Sequence[Mention],
                kept: Sequence[tuple[int, int]], doc_forms: dict[str, set[str]]) -> list[Token]:
    """Every word of ``page`` with its features (what the model reads)."""
    text = page.text
    spans = [(m.start(), m.end()) for m in TOKEN.finditer(text)]
    cover = _labels(spans, len(text), [
        (c.start, c.end, "personal" if c.kind in _PERSONAL else "other") for c in cands])
    ents = _labels(spans, len(text), [(m.start, m.end, f"{m.kind}:{m.source}")
                                      for m in mentions])
    out = []
    caps_lines: dict[int, bool] = {}  # line start -> every letter on the line is a capital
    words = [text[s:e] for s, e in spans]
    classes = [_word_class(w) for w in words]
    # a line break between each word and the next
    breaks = [("\n" in text[spans[j][1]:spans[j + 1][0]]) for j in range(len(spans) - 1)]
    breaks.append(False)
    last = len(spans) - 1
    for i, (s, e) in enumerate(spans):
        word = words[i]
        bare, f, own = _word_features(word)
        line_start = text.rfind("\n", 0, s) + 1
        line_end = text.find("\n", e)
        if line_start not in caps_lines:
            letters = [c for c in text[line_start:line_end if line_end >= 0 else len(text)]
                       if c.isalpha()]
            caps_lines[line_start] = bool(letters) and all(c.isupper() for c in letters)
        feats = list(own)
        # neighbours two either side: "eol" when a line break lies between ("none" past
        # the page's ends), and what the rules and the recogniser made of the nearest
        feats.append("n-2=" + ("none" if i < 2 else "eol" if breaks[i - 2] or breaks[i - 1]
                               else classes[i - 2]))
        if i >= 1:
            feats.append("n-1=" + ("eol" if breaks[i - 1] else classes[i - 1]))
            if cover[i - 1]:
                feats.append("n-1cand=" + cover[i - 1])
            if ents[i - 1]:
                feats.append("n-1ent=" + ents[i - 1])
        else:
            feats.append("n-1=none")
        if i < last:
            feats.append("n+1=" + ("eol" if breaks[i] else classes[i + 1]))
            if cover[i + 1]:
                feats.append("n+1cand=" + cover[i + 1])
            if ents[i + 1]:
                feats.append("n+1ent=" + ents[i + 1])
        else:
            feats.append("n+1=none")
        feats.append("n+2=" + ("none" if i + 2 > last else "eol" if breaks[i] or breaks[i + 1]
                               else classes[i + 2]))
        before = text[max(0, s - 2):s]
        after = text[e:e + 2]
        feats.append("cb=" + (before.strip()[-1:] or ("nl" if "\n" in before else "sp")))
        feats.append("ca=" + (after.strip()[:1] or ("nl" if "\n" in after else "sp")))
        if s == line_start:
            feats.append("bol")
        if line_end >= 0 and e == line_end or line_end < 0 and e == len(text):
            feats.append("eol")
        if caps_lines[line_start]:
            feats.append("line_caps")
        if ":" in text[line_start:s]:
            feats.append("after_colon")
        if ents[i]:
            feats.append("ent=" + ents[i])
        if cover[i]:
            feats.append("self=covered")  # the rules proposed it: the model is not asked
        forms = doc_forms.get(f, set())
        if "cap" in forms and not bare[:1].isupper():
            feats.append("doc_cap_elsewhere")
        if "personal" in forms:
            feats.append("doc_personal_elsewhere")
        if "lower" in forms and bare[:1].isupper():
            feats.append("doc_lower_elsewhere")
        if kept and any(a <= s and e <= b for a, b in kept):
            feats.append("kept")
        out.append(Token(page.number, s, e, word, tuple(feats)))
    return out


def _labels(spans: Sequence[tuple[int, int]], size: int,
            marks: Sequence[tuple[int, int, str]]) -> list[str]:
    """For each span, the label of the first mark over any of its characters ("" for none);
    one pass over the characters, so a long page costs no more than its length."""
    at = [""] * (size + 1)
    for a, b, label in reversed(marks):
        for i in range(max(0, a), min(b, size)):
            at[i] = label
    out = []
    for s, e in spans:
        out.append(next((at[i] for i in range(s, e) if at[i]), ""))
    return out


def document_forms(pages: Sequence[Page], cands: dict[int, list[Cand]]) -> dict[str, set[str]]:
    """For each folded word: is it written capitalised / in lower case / proposed as a
    person anywhere in the document."""
    forms: dict[str, set[str]] = {}
    for page in pages:
        for m in TOKEN.finditer(page.text):
            word = lexicon.strip_possessive(m.group())
            f = lexicon.fold(word).strip(".")
            forms.setdefault(f, set()).add("cap" if word[:1].isupper() else "lower")
        for c in cands.get(page.number, []):
            if c.kind in _PERSONAL:
                for m in TOKEN.finditer(page.text, c.start, c.end):
                    forms.setdefault(lexicon.fold(lexicon.strip_possessive(m.group())).strip(
                        "."), set()).add("personal")
    return forms


def document_tokens(pages: Sequence[Page], cands: dict[int, list[Cand]],
                    mentions: dict[int, list[Mention]],
                    kept: dict[int, list[tuple[int, int]]]) -> Iterator[tuple[Token, bool]]:
    """Every word of the document with its features and whether the rules proposed it."""
    forms = document_forms(pages, cands)
    for page in pages:
        page_cands = cands.get(page.number, [])
        for t in page_tokens(page, page_cands, mentions.get(page.number, []),
                             kept.get(page.number, []), forms):
            yield t, "self=covered" in t.features


Model = linear_model.Model


@cache
def load_model(path: Path = MODEL_PATH) -> Model | None:
    """The shipped model, or None when there is none (the rules then work alone)."""
    return linear_model.load(path)


_NEVER = re.compile(r"(?i)^(?:\d{1,2}|\d{1,2}(?:st|nd|rd|th)|[ivx]+|[a-z]|19\d\d|20\d\d)$")


def model_candidates(pages: Sequence[Page], cands: dict[int, list[Cand]],
                     mentions: dict[int, list[Mention]], kept: dict[int, list[tuple[int, int]]],
                     code: str, model: Model | None = None) -> dict[int, list[Cand]]:
    """Candidates for the words the rules left and the model reads as personal data;
    neighbouring words on one line join into one span."""
    model = model or load_model()
    out: dict[int, list[Cand]] = {p.number: [] for p in pages}
    if model is None:
        return out
    texts = {p.number: p.text for p in pages}
    for tok, covered in document_tokens(pages, cands, mentions, kept):
        if covered or "kept" in tok.features or _NEVER.match(tok.text) or lexicon.fold(
                tok.text.strip(".")) in lexicon.titles():
            continue  # "Uncle" of "Uncle Maz" hides no one
        p = model.score(tok.features)
        if p < model.threshold:
            continue
        found = out[tok.page]
        kind = "person" if not any(c.isdigit() for c in tok.text) else "reference"
        text = texts[tok.page]
        if found and found[-1].kind == kind and re.fullmatch(r"[ \t]+", text[
                found[-1].end:tok.start] or "x"):
            found[-1].end = tok.end
            found[-1].conf = max(found[-1].conf, p)
            continue
        found.append(Cand(tok.start, tok.end, code, code, "model:recall", round(p, 3), kind))
    return out
