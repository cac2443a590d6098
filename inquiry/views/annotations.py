"""Counsel's tags and private notes on a document."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, request, url_for

from inquiry.auth.policy import requires
from inquiry.services import annotations
from inquiry.services.annotations import AnnotationError
from inquiry.views.context import current_actor
from inquiry.views.document_lookup import visible_document_or_404
from inquiry.views.forms import ConfirmForm
from inquiry.views.search_forms import NoteForm, TagForm

bp = Blueprint("annotations", __name__, url_prefix="/documents")


def _back(urn: str):  # noqa: ANN202
    """To the viewer as it was (page and search), never to another site or document."""
    back = request.form.get("return_to", "")
    if not back.startswith(f"/documents/{urn}?") or "//" in back or "\\" in back:
        page = request.form.get("return_page", type=int) or 1
        back = url_for("documents.view", urn=urn, page=page)
    return redirect(back + "#annotations", 303)


@bp.route("/<urn>/tags", methods=["POST"])
@requires("tags.write")
def add_tag(urn: str):  # noqa: ANN201
    document = visible_document_or_404(urn)
    form = TagForm()
    if not form.validate_on_submit():
        flash("Type a tag of up to 64 characters.", "error")
        return _back(urn)
    try:
        name = annotations.add_tag(document, form.name.data, current_actor())
    except AnnotationError as exc:
        flash(str(exc), "error")
    else:
        flash(f"Tagged {name!r}.", "success")
    return _back(urn)


@bp.route("/<urn>/tags/remove", methods=["POST"])
@requires("tags.write")
def remove_tag(urn: str):  # noqa: ANN201
    document = visible_document_or_404(urn)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    try:
        annotations.remove_tag(document, request.form.get("name", ""), current_actor())
    except AnnotationError as exc:
        flash(str(exc), "error")
    return _back(urn)


@bp.route("/<urn>/notes", methods=["POST"])
@requires("notes.write")
def add_note(urn: str):  # noqa: ANN201
    document = visible_document_or_404(urn)
    form = NoteForm()
    if not form.validate_on_submit():
        flash("A note needs some text (at most 20,000 characters) and a valid page.", "error")
        return _back(urn)
    try:
        annotations.add_note(document, form.body.data, form.page.data, current_actor())
    except AnnotationError as exc:
        flash(str(exc), "error")
    else:
        flash("Note saved.", "success")
    return _back(urn)


@bp.route("/<urn>/notes/<int:note_id>/edit", methods=["POST"])
@requires("notes.write")
def edit_note(urn: str, note_id: int):  # noqa: ANN201
    visible_document_or_404(urn)
    form = NoteForm()
    if not form.validate_on_submit():
        flash("A note needs some text (at most 20,000 characters).", "error")
        return _back(urn)
    try:
        annotations.update_note(note_id, form.body.data, current_actor())
    except AnnotationError as exc:
        flash(str(exc), "error")
    else:
        flash("Note updated.", "success")
    return _back(urn)


@bp.route("/<urn>/notes/<int:note_id>/delete", methods=["POST"])
@requires("notes.write")
def delete_note(urn: str, note_id: int):  # noqa: ANN201
    visible_document_or_404(urn)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    try:
        annotations.delete_note(note_id, current_actor())
    except AnnotationError as exc:
        flash(str(exc), "error")
    else:
        flash("Note deleted.", "success")
    return _back(urn)
