"""A learned last check on the people a document's facets list.

Resolution's rules (:mod:`redaction.entity_resolution`) were each written for a class of
mistake seen in the evaluation set; on documents nobody here has seen, the people they still
list wrongly are mostly one word: a district no gazetteer knows ("Mixenden"), a word at a
sentence's start ("Resit", "Easter"), a nickname of someone named in full, a role glued to a
name ("Coach Aslam"). A logistic model over what the stored mentions say about each listed
person (how many words, what the lexicon knows of them, which finders and labels found
them, titles, case, how often and in how many forms the document writes them, whether a lone
name is a word of a listed place or agency, and the token either side of each mention)
scores each one; people below the threshold are not listed, except one the document writes
after a title, which the check never touches. It is trained on the entity evaluation set's
tuning part (``bench/train_person_model.py``, which also picks the threshold by validating
on each retired held-out part in turn) and ships as plain JSON weights, read, never executed.

Only facets and ``person:`` filters use it; redaction never does (a name a reviewer must see
is proposed whatever this model thinks of it). Pure: no spaCy, no database.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

from . import entity_filters as ef
from . import lexicon, linear_model
from .person_evidence import mainly_given

MODEL_PATH = Path(__file__).with_name("data") / "person_model.json"

#: a mention as resolution holds it: its kind, its text, the labels that found it and the
#: contexts it is written in (:func:`mention_context`)
Form = tuple[str, str, frozenset[str], frozenset[str]]

_EDGE_PUNCT = "\"'“”‘’()[]"


def mention_context(text: str, start: int, end: int) -> str:
    """The words either side of a mention on its line, as stored with it: the token before
    and the token after, tab-separated; ``^`` / ``$`` where the line starts or ends."""
    before = text[max(0, start - 40):start].rpartition("\n")[2].split()[-1:] or ["^"]
    after = text[end:end + 40].partition("\n")[0].split()[:1] or ["$"]
    return f"{before[0][-20:]}\t{after[0][:20]}"


_PREPOSITIONS = frozenset("in at from to of near into via and or with by for on".split())


def _context_class(token: str, side: str) -> list[str]:
    """What a neighbouring token says about the name beside it, in a few values."""
    if token in ("^", "$"):
        return [f"{side}=edge"]
    out = []
    if token[:1] in _EDGE_PUNCT if side == "prev" else token[-1:] in _EDGE_PUNCT:
        out.append(f"{side}=quote_or_bracket")
    bare = token.strip(_EDGE_PUNCT + ".,;:!?-–—|/")
    if not bare:
        return out + [f"{side}=punct:{token[:2]}"]
    f = lexicon.fold(bare)
    if side == "next" and token[:1] in ",;:":
        out.append("next=punct:" + token[0])
    if side == "prev" and token[-1:] in ",;:":
        out.append("prev=punct:" + token[-1])
    if ef.has_digit(bare):
        return out + [f"{side}=digits"]
    if ef.is_title(bare):
        return out + [f"{side}=title"]
    if f in _PREPOSITIONS:
        return out + [f"{side}=w:{f}"]
    if f in ef.STREET_WORDS or f in ef.SITE_WORDS:
        return out + [f"{side}=site_word"]
    if f in lexicon.stop_words():
        return out + [f"{side}=stop"]
    if bare[:1].isupper():
        return out + [f"{side}=" + ("caps" if bare.isupper() and len(bare) > 1 else "capital")]
    return out + [f"{side}=lower"]


@cache
def load_model(path: Path = MODEL_PATH) -> linear_model.Model | None:
    """The shipped model, or None when there is none (resolution's rules then work alone)."""
    return linear_model.load(path)


#: what the lexicon may know of one word of a name, by feature name
_WORD_TESTS: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("given", ef.is_given_name),
    ("mainly_given", mainly_given),
    ("known", ef.is_known_name),
    ("surname", lambda w: lexicon.fold(w) in lexicon.surnames()),
    ("dict", lexicon.is_dictionary_word),
    ("ordinary", lexicon.is_ordinary_word),
    ("place", ef.is_place_name),
    ("notname", lexicon.is_not_a_name),
    ("nickname", lambda w: lexicon.fold(w) in lexicon.nicknames()),
    ("title", ef.is_title),
    ("label", ef.is_label),
    ("short", lambda w: len(lexicon.fold(w)) <= 3),
)


def _word_facts(word: str) -> list[str]:
    """What the lexicon knows of one word of a name."""
    return [name for name, test in _WORD_TESTS if test(word)] or ["unknown"]


def _shape(word: str) -> str:
    s = re.sub(r"[A-Z]", "X", word)
    s = re.sub(r"[a-z]+", "x", s)
    return re.sub(r"X{2,}", "XX", s)[:6]


def checked(features: Iterable[str]) -> bool:
    """Whether the check applies to a person at all: not to one the document writes after a
    title ("Sgt Freeman", "JUDGE ASHURST"), its own word that this is a person."""
    return "titled" not in features


def features(name: str, forms: list[Form], people: Iterable[str],
             sites: frozenset[str] = frozenset()) -> list[str]:
    """The features of one listed person: ``name`` as listed, the ``forms`` (mentions)
    resolving to it, the other people the document lists and the (folded) words of the
    places and agencies it lists."""
    words = name.split()
    n = min(len(words), 3)
    out = ["bias", f"words={n}"]
    slots = [("only", words[0])] if n == 1 else [("first", words[0]), ("last", words[-1])]
    for slot, word in slots:
        facts = _word_facts(word)
        out += [f"{slot}:{x}" for x in facts]
        out.append(f"{slot}:facts=" + "+".join(facts))
    labels = frozenset().union(*(labs for _, _, labs, _ in forms)) - {""}
    kinds = {k for k, _, _, _ in forms}
    out += [f"label={x}" for x in sorted(labels)]
    out.append(f"w{n}:labels=" + "+".join(sorted(labels)))
    out += [f"tagged={k}" for k in sorted(kinds)]
    texts = {t for _, t, _, _ in forms}
    out.append(f"forms={min(len(texts), 4)}")
    out.append(f"w{n}:forms={min(len(texts), 3)}")
    said = [[ef.clean_token(w) for w in t.split()] for t in texts]
    if any(len(s) >= 2 and ef.is_title(s[0]) for s in said):
        out.append("titled")
        out.append(f"w{n}:titled")
    if any(t.isupper() for t in texts):
        out.append("caps_form")
    if any(t.islower() for t in texts):
        out.append("lower_form")
        if all(t.islower() for t in texts):
            out.append("only_lower")
    if any(re.search(r"['’]s?\b", t) for t in texts):
        out.append("possessive")
    if any(ef.has_digit(t) for t in texts):
        out.append("digits")
    if any("\n" in t for t in texts):
        out.append("broken")
    if any(len(s) > len(words) for s in said):
        out.append("longer_form")
    if all(len(s) == len(words) for s in said):
        out.append("same_length")
    out.append("shape=" + _shape(words[-1]))
    if any(re.match(r"^[A-Z]\.?[ \t]+[A-Z]", t) or re.search(r",[ \t]*[A-Z]\.?$", t)
           for t in texts):
        out.append(f"w{n}:initialled")  # "K. HURST", "GRIFFITHS, E.": an initial and a name
    if any(" aka " in t for t in texts):
        out.append("aka")
    contexts = frozenset().union(*(c for _, _, _, c in forms))
    out.append(f"w{n}:contexts={min(len(contexts), 4)}")
    around = set()
    for context in contexts:
        prev, _, nxt = context.partition("\t")
        around.update(_context_class(prev, "prev") + _context_class(nxt, "next"))
    out += sorted(around)
    out += [f"w{n}:{x}" for x in sorted(around)]
    folded = {lexicon.fold(w) for w in words}
    others = [p for p in people if p != name]
    if any(folded & {lexicon.fold(w) for w in p.split()} for p in others):
        out.append(f"w{n}:shares_word")
    if folded & sites:
        out.append(f"w{n}:in_site")  # "Meadowhall" beside "Meadowhall Interchange"
    return out
