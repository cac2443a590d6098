"""Thirteenth held-out redaction evaluation part (written apart; see ``FORMAT.md``)."""
