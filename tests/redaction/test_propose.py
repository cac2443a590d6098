"""The default proposal policy and propagation."""

from __future__ import annotations

import pytest

from redaction.codes import DEFAULT_CODES, Codes, UnknownCodeError
from redaction.propose import Proposal, propagate, propose
from redaction.register import KeepList, Person, Register

from .helpers import page_of

TEXT = """WITNESS STATEMENT
DC Sarah Jones of South Yorkshire Police met Kayleigh Brammer at Rotherham Council offices.
My friend Zana told me that Mr Hussain drove a red car YX61 ABC. He was known as Taz.
Kayleigh lives at 14 Oak Tree Road, Rotherham S60 1AA. Her phone is 07912 345678.
Sadiq Khan commented. Later kayleigh said Brammer was there. I hope that Hope was ok."""


@pytest.fixture(scope="module")
def proposals(nlp) -> list[Proposal]:
    reg = Register([Person("C-007", "Hope Wilson")])
    return propose([page_of(TEXT)], register=reg, keep=KeepList(("Sadiq Khan",)))


def texts(props):
    return [p.text for p in props]


def test_people_are_proposed_pd(proposals):
    got = {p.text: p for p in proposals}
    for name in ("Sarah Jones", "Kayleigh Brammer", "Zana", "Hussain", "Taz"):
        assert got[name].code == "PD" and got[name].label == "PD", name


def test_titles_stay_visible(proposals):
    assert "DC Sarah Jones" not in texts(proposals) and "Mr Hussain" not in texts(proposals)


def test_registered_person_gets_va_and_cipher(proposals):
    hope = [p for p in proposals if p.text == "Hope"]
    assert len(hope) == 1 and hope[0].code == "VA" and hope[0].label == "C-007"
    assert hope[0].kind == "protected_person"


def test_identifiers_are_proposed(proposals):
    t = " | ".join(texts(proposals))
    for ident in ("YX61 ABC", "14 Oak Tree Road", "S60 1AA", "07912 345678"):
        assert ident in t


def test_agencies_places_and_kept_people_are_not_proposed(proposals):
    t = " | ".join(texts(proposals))
    assert "Police" not in t and "Council" not in t and "Khan" not in t and "Sadiq" not in t
    assert not any(p.text == "Rotherham" for p in proposals)
    assert "hope that" not in t


def test_every_occurrence_is_proposed(proposals):
    kay = [p for p in proposals if p.text.lower().startswith("kayleigh")]
    assert len(kay) == 3  # "Kayleigh Brammer", "Kayleigh lives", "kayleigh said"
    assert len([p for p in proposals if p.text == "Brammer"]) == 1


def test_boxes_and_offsets(proposals):
    page = page_of(TEXT)
    for p in proposals:
        assert page.text[p.start : p.end] == p.text and p.boxes and p.page == 1


def test_overlapping_proposals_merge(nlp):
    reg = Register([Person("C-001", "Kayleigh Smith")])
    props = propose([page_of("Kayleigh Smith's phone")], register=reg)
    assert len(props) == 1 and props[0].code == "VA" and props[0].label == "C-001"
    assert "spacy" in props[0].source and "register" in props[0].source


def test_relationship_contexts(nlp):
    text = "her brother Rebaz came with my cousin Dariusz and a man called Shwan."
    got = texts(propose([page_of(text)]))
    assert {"Rebaz", "Dariusz", "Shwan"} <= set(got)


def test_propagate_reviewer_strings():
    pages = [
        page_of("The Red Lion pub. Later the red lion again.", 1),
        page_of("Nothing here about lions; RED LION.", 2),
    ]
    props = propagate(pages, ["Red Lion"], "IS")
    assert [(p.page, p.text) for p in props] == [(1, "Red Lion"), (1, "red lion"), (2, "RED LION")]
    assert all(p.code == "IS" and p.source == "propagated" for p in props)
    assert propagate(pages, [" "], "IS") == []


def test_codes():
    codes = Codes()
    assert set(DEFAULT_CODES) == {"PD", "VA", "IS", "RO", "LPP"}
    assert "1992" in codes.describe("VA")
    assert codes.stronger("PD", "VA") == "VA"
    with pytest.raises(UnknownCodeError):
        codes.describe("XX")
    custom = Codes({"S40": "FOIA s40 personal information"})
    assert custom.validate("S40") == "S40"
    with pytest.raises(ValueError):
        Codes({"bad code!": "x"})


def test_proposal_round_trip(proposals):
    p = proposals[0]
    assert Proposal.from_dict(p.to_dict()).text == p.text
