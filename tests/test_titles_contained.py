"""A document's metadata title is read by qpdf in a sandboxed child: the upload is
untrusted, so nothing in the worker or web process parses it."""

from __future__ import annotations

import functools
from pathlib import Path

import pikepdf
import pytest

from inquiry.services import contained
from tests import crafted, pdfs

pytestmark = pytest.mark.services


def test_the_metadata_title_comes_from_a_child(app, tmp_path: Path,  # noqa: ANN001
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = pdfs.text_pdf(tmp_path, name="plain.pdf")
    titled = tmp_path / "titled.pdf"
    with pikepdf.open(path) as pdf:
        pdf.docinfo["/Title"] = "Statement of the second witness"
        pdf.save(titled)
    broken = pdfs.corrupt_pdf(tmp_path)
    bomb = crafted.recursive_xobjects(tmp_path)  # harmless to qpdf, but read in a child too

    @functools.wraps(pikepdf.open)  # the child, a fresh interpreter, opens with the real one
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the untrusted PDF was parsed outside the sandbox")

    monkeypatch.setattr(pikepdf, "open", refuse)
    with app.app_context():
        assert contained.metadata_title(titled) == "Statement of the second witness"
        assert contained.metadata_title(broken) is None
        assert contained.metadata_title(bomb) is None
