"""Proving that untrusted files are read only in sandboxed children: the readers and
renderers are made to fail in the test's own process (the web app or the publishing task),
while the children, fresh interpreters that import each function by name, run the real ones."""

from __future__ import annotations

import functools

import pytest


def refuse_here(monkeypatch: pytest.MonkeyPatch, targets: list[tuple[object, str]]) -> None:
    """Each ``(owner, name)`` raises AssertionError if called in this process."""
    for owner, name in targets:
        real = getattr(owner, name)

        @functools.wraps(real)  # keeps the real name, which a sandboxed child imports
        def refuse(*_args: object, **_kwargs: object) -> None:
            raise AssertionError("an untrusted PDF was read or drawn outside the sandbox")

        monkeypatch.setattr(owner, name, refuse)
