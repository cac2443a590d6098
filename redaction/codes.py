"""Redaction codes: the short label printed in each box and the reason behind it.

The set is configurable because each inquiry's protocol defines its own; the defaults
follow the usual UK public-inquiry practice.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

DEFAULT_CODES: dict[str, str] = {
    "PD": "Personal data",
    "VA": "Victim anonymity (Sexual Offences (Amendment) Act 1992)",
    "IS": "Irrelevant and sensitive",
    "RO": "Restriction order",
    "LPP": "Legal professional privilege",
}
#: When two proposals overlap the stronger reason is kept.
DEFAULT_PRIORITY = ("VA", "RO", "LPP", "PD", "IS")


class UnknownCodeError(KeyError):
    """A proposal or decision used a code the inquiry has not defined."""


@dataclass(frozen=True)
class Codes:
    """An immutable code table: ``Codes()`` for defaults or ``Codes({"X": "..."})``."""

    table: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_CODES))
    priority: tuple[str, ...] = DEFAULT_PRIORITY

    def __post_init__(self) -> None:
        for code in self.table:
            if not code or not code.replace("-", "").replace("_", "").isalnum() or len(code) > 12:
                raise ValueError(f"bad redaction code {code!r}: use up to 12 letters or digits")

    def __contains__(self, code: object) -> bool:
        return code in self.table

    def describe(self, code: str) -> str:
        """The reason shown to reviewers and in the publication manifest."""
        try:
            return self.table[code]
        except KeyError:
            raise UnknownCodeError(
                f"unknown redaction code {code!r}; known: {', '.join(self.table)}"
            ) from None

    def validate(self, code: str) -> str:
        self.describe(code)
        return code

    def stronger(self, a: str, b: str) -> str:
        """The code to keep when two redactions merge."""
        rank = {c: i for i, c in enumerate(self.priority)}
        return a if rank.get(a, len(rank)) <= rank.get(b, len(rank)) else b
