"""The registry every identifier recogniser joins, and the hit it returns.

Recognisers live in topic modules (``rules`` for contact details and documents,
``rules_vehicles``, ``rules_official`` for numbers officials and licensed drivers carry,
``rules_references`` for record numbers, exhibits, cards and bank accounts);
each registers itself with :func:`finder`, and :func:`rules.find_identifiers` runs them all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Hit:
    """One identifier found in text: ``text == source[start:end]``."""

    kind: str
    text: str
    start: int
    end: int
    confidence: float
    rule: str


Finder = Callable[[str], Iterator[Hit]]
FINDERS: list[Finder] = []


def finder(fn: Finder) -> Finder:
    FINDERS.append(fn)
    return fn


def hit(kind: str, m: re.Match, conf: float, rule: str, group: int | str = 0) -> Hit:
    return Hit(kind, m.group(group), m.start(group), m.end(group), conf, rule)
