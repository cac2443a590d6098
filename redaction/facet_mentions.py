"""The mentions the tagging stage stores for search facets, in one place.

spaCy's mentions, the names its model missed (:mod:`redaction.name_mentions`), names a line
break cut in two (:mod:`redaction.wrapped_names`) and names it listed in parts that the text
writes whole (:mod:`redaction.name_joins`), each kept with the words either side of it
(:func:`redaction.person_model.mention_context`). The tagging stage stores what this gives;
the entity bench and the check's trainer score and learn from the very same, so the three
cannot drift apart. Pure: no database.
"""

from __future__ import annotations

from collections.abc import Sequence

from ingest.pages import Page

from .entities import Mention
from .name_joins import joined_name_mentions
from .name_mentions import name_finder_mentions
from .person_model import mention_context
from .wrapped_names import wrapped_name_mentions


def facet_mentions(pages: Sequence[Page], mentions: Sequence[Mention]) -> list[Mention]:
    """Every mention to store for the pages, given spaCy's ``mentions`` of them."""
    stored = [*mentions, *name_finder_mentions(pages, mentions), *wrapped_name_mentions(pages)]
    return stored + joined_name_mentions(pages, stored)


def stored_forms(pages: Sequence[Page], mentions: Sequence[Mention]
                 ) -> list[tuple[str, str, str, str]]:
    """The mentions as resolution reads them back: kind, text, label and context (each
    mention's page among ``pages``)."""
    text_of = {p.number: p.text for p in pages}
    return [(m.kind, m.text, m.label, mention_context(text_of[m.page], m.start, m.end))
            for m in mentions]
