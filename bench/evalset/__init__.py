"""Annotated evaluation documents for bench/redaction_quality.py."""
