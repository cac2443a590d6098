"""Entity resolution runs at index time on whatever the tagger stored: no mention text, however
odd, may make it raise (a held-out document's mention of punctuation alone once did, and a
raise there fails the document's indexing)."""

from __future__ import annotations

import itertools

from redaction import entity_filters as ef
from redaction.entity_resolution import KINDS, document_entities, resolve

ODD_TEXTS = ["", " ", "-", "--", ": |", "|", "...", "'", "\n", "( )", "—", "a", "A.", "’s",
             "Mr", "Mr.", "DC 1234", "01/02/2003", "aka", " aka ", "x aka", "\n|\n", "#1"]
LABELS = [None, ef.NAME, ef.FORM, ef.ALIAS, ef.NICK, ef.KIN, ef.ADDRESS, ef.STREET, ef.TOWN,
          ef.ORG, ef.BANK, ef.INSIDE, "PERSON", "ORG", "GPE"]


def test_no_mention_text_makes_resolution_raise():
    mentions = [(kind, text, label) for kind, text, label
                in itertools.product(KINDS, ODD_TEXTS, LABELS)]
    resolved = resolve(mentions)
    assert set(resolved) <= {(k, t) for k, t, _ in mentions}
    assert resolved[("agency", ": |")] is None  # the text that raised: no entity, no error
    document_entities(mentions)  # the bench's and the index's way in
