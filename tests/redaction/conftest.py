"""Fixtures for the redaction tests: spaCy is loaded once per session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    from redaction.entities import load_nlp

    return load_nlp()
