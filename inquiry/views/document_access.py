"""Who may see a restricted document: the admin's grants and the restricted flag."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for

from inquiry.auth.policy import requires
from inquiry.services import access, documents, users
from inquiry.services.access import AccessError
from inquiry.views.context import current_actor
from inquiry.views.forms import ConfirmForm
from inquiry.views.search_forms import GrantForm, RestrictForm

bp = Blueprint("document_access", __name__, url_prefix="/documents")


def _document(urn: str):  # noqa: ANN202
    document = documents.get_by_urn(urn)
    if document is None:
        abort(404)
    return document


def _page(document, status: int = 200, grant_form: GrantForm | None = None):  # noqa: ANN001, ANN202
    return render_template(
        "documents/access.html", document=document, grants=access.grants_for(document.id),
        grant_form=grant_form or GrantForm(formdata=None),
        restrict_form=RestrictForm(formdata=None, restricted=document.restricted),
        confirm=ConfirmForm()), status


@bp.route("/<urn>/access")
@requires("access.manage")
def show(urn: str):  # noqa: ANN201
    return _page(_document(urn))


@bp.route("/<urn>/access/grant", methods=["POST"])
@requires("access.manage")
def grant(urn: str):  # noqa: ANN201
    document = _document(urn)
    form = GrantForm()
    if not form.validate_on_submit():
        flash("Enter the user's email address.", "error")
        return _page(document, 400, form)
    user = users.get_by_email(form.email.data)
    if user is None:
        flash(f"There is no user {form.email.data!r}.", "error")
        return _page(document, 400, form)
    try:
        access.grant(document, user, current_actor())
    except AccessError as exc:
        flash(str(exc), "error")
        return _page(document, 400, form)
    flash(f"{user.email} may now see {urn}.", "success")
    return redirect(url_for("document_access.show", urn=urn))


@bp.route("/<urn>/access/revoke", methods=["POST"])
@requires("access.manage")
def revoke(urn: str):  # noqa: ANN201
    document = _document(urn)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    user = users.get(request.form.get("user_id", type=int) or 0)
    if user is None:
        abort(404)
    try:
        access.revoke(document, user, current_actor())
    except AccessError as exc:
        flash(str(exc), "error")
        return redirect(url_for("document_access.show", urn=urn)), 303
    flash(f"{user.email} no longer has access to {urn}.", "success")
    return redirect(url_for("document_access.show", urn=urn))


@bp.route("/<urn>/access/restricted", methods=["POST"])
@requires("access.manage")
def restrict(urn: str):  # noqa: ANN201
    document = _document(urn)
    form = RestrictForm()
    if not form.validate_on_submit():
        abort(400)
    access.set_restricted(document, bool(form.restricted.data), current_actor())
    flash(f"{urn} is {'restricted' if document.restricted else 'not restricted'}.", "success")
    return redirect(url_for("document_access.show", urn=urn))
