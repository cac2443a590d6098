"""spaCy with the UK public-bodies gazetteer: people, places and agencies."""

from __future__ import annotations

import pytest

from redaction.entities import group_entities, load_nlp, tag_pages
from redaction.lexicon import canonical_name, name_variants

from .helpers import page_of


def tagged(text: str) -> dict[str, str]:
    return {m.text: m.kind for m in tag_pages([page_of(text)])}


def test_pipeline_is_cached(nlp):
    assert load_nlp() is nlp
    assert "gazetteer" in nlp.pipe_names and "body_shapes" in nlp.pipe_names


@pytest.mark.parametrize(
    "body",
    [
        "South Yorkshire Police",
        "Greater Manchester Police",
        "Dyfed-Powys Police",
        "Police Scotland",
        "Police Service of Northern Ireland",
        "British Transport Police",
        "Rotherham Metropolitan Borough Council",
        "Oldham Council",
        "Telford and Wrekin Council",
        "London Borough of Tower Hamlets",
        "Crown Prosecution Service",
        "National Crime Agency",
        "Home Office",
        "Ofsted",
        "Independent Office for Police Conduct",
        "Barnardo's",
        "NSPCC",
        "South Yorkshire Integrated Care Board",
    ],
)
def test_public_bodies_are_agencies(nlp, body):
    assert tagged(f"A report was sent to {body} on Monday.").get(body) == "agency"


def test_people_and_places(nlp):
    found = tagged("DC Sarah Jones of West Yorkshire Police met Kayleigh Smith in Rotherham.")
    assert found["Sarah Jones"] == "person"
    assert found["Kayleigh Smith"] == "person"
    assert found["West Yorkshire Police"] == "agency"
    assert found["Rotherham"] == "place"


def test_mention_has_offsets_boxes_and_canonical_form(nlp):
    page = page_of("Later that night Ahmed Khan's car arrived.")
    m = next(m for m in tag_pages([page]) if m.kind == "person")
    assert page.text[m.start : m.end] == m.text
    assert m.boxes and m.page == 1
    assert m.canonical == "ahmed khan"
    assert {"ahmed khan", "ahmed", "khan"} <= set(m.variants)


def test_canonical_names():
    assert canonical_name("DC  Sarah JONES's") == "sarah jones"
    assert canonical_name("Mrs. O’Neill") == "o'neill"
    assert canonical_name("Łukasz") == "lukasz"
    assert name_variants("Mr Ahmed Khan")[1:] == ["ahmed khan", "ahmed", "khan"]


def test_group_entities(nlp):
    pages = [page_of("Kayleigh Smith arrived.", 1), page_of("Later KAYLEIGH SMITH's mum rang.", 2)]
    people = [e for e in group_entities(tag_pages(pages)) if e.kind == "person"]
    ks = [e for e in people if e.canonical == "kayleigh smith"]
    assert ks and len(ks[0].mentions) >= 1


def test_only_the_recogniser_runs_and_it_finds_what_the_whole_model_finds(nlp):
    """The tagger, parser, lemmatiser and shared vectors are left out for speed: nothing
    reads what they give, and the recogniser's entities are the same without them."""
    import spacy

    from redaction.entities import DEFAULT_MODEL, UNNEEDED

    assert not set(UNNEEDED) & set(nlp.pipe_names) and "tok2vec" not in nlp.pipe_names
    whole = spacy.load(DEFAULT_MODEL)
    bare = spacy.load(DEFAULT_MODEL, exclude=[*UNNEEDED, "tok2vec"])
    assert bare.pipe_names == ["ner"] and "tagger" in whole.pipe_names
    texts = ["DC Sarah Jones of West Yorkshire Police met Kayleigh Smith in Rotherham on "
             "Friday; her mum Donna and a man called Shaz were at the takeaway on Wellgate.",
             "Mr Imran Akhtar (b. 1979) of 12 Eastwood Lane, Rochdale, told Oldham Council "
             "that Jade and Ryan Pickles went to Hathershaw College in 2011."]
    for ours, theirs in zip(bare.pipe(texts), whole.pipe(texts), strict=True):
        found = [(e.start_char, e.end_char, e.label_) for e in ours.ents]
        assert len(found) >= 5 and found == [(e.start_char, e.end_char, e.label_)
                                             for e in theirs.ents]
