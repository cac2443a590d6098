"""Entity pages (every document and page naming a person, place or agency, and who or what
appears with it) and the admin's merging of duplicates."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for

from inquiry.auth.policy import requires
from inquiry.extensions import limiter
from inquiry.services import entity_merge, searching
from inquiry.services.searching import SearchError
from inquiry.views.context import current_actor
from inquiry.views.forms import ConfirmForm
from inquiry.views.rate_limits import search_limit, user_key
from inquiry.views.search_forms import MergeForm

bp = Blueprint("entities", __name__, url_prefix="/entities")

KIND_LABELS = {"person": "Person", "place": "Place", "agency": "Agency"}
KIND_PLURALS = {"person": "People", "place": "Places", "agency": "Agencies"}


@bp.route("/<kind>/<path:name>")
@requires("entities.view")
@limiter.limit(search_limit, key_func=user_key)
def show(kind: str, name: str):  # noqa: ANN201
    if kind not in KIND_LABELS or not name.strip() or len(name) > 300:
        abort(404)
    try:
        result = searching.entity(kind, name, current_actor())
    except searching.SearchUnavailable as exc:
        return render_template("errors/error.html", code=503, title="Search unavailable",
                               message=str(exc)), 503
    except SearchError:
        abort(404)
    return render_template("entities/show.html", kind=kind, kind_label=KIND_LABELS[kind],
                           name=name, result=result, kind_labels=KIND_LABELS,
                           kind_plurals=KIND_PLURALS)


@bp.route("/merges", methods=["GET", "POST"])
@requires("entities.merge")
def merges():  # noqa: ANN201
    form = MergeForm()
    status = 200
    if form.validate_on_submit():
        try:
            count = entity_merge.merge(form.kind.data, form.duplicate.data,
                                       form.canonical.data, current_actor())
        except entity_merge.MergeError as exc:
            flash(str(exc), "error")
            status = 400
        else:
            flash(f"Merged {form.duplicate.data!r} into {form.canonical.data!r}; "
                  f"{count} document(s) re-indexed.", "success")
            return redirect(url_for("entities.merges"))
    elif request.method == "POST":
        flash("Fill in both names.", "error")
        status = 400
    return render_template("entities/merges.html", form=form, merges=entity_merge.aliases(),
                           confirm=ConfirmForm(), kind_labels=KIND_LABELS), status


@bp.route("/merges/<int:alias_id>/delete", methods=["POST"])
@requires("entities.merge")
def unmerge(alias_id: int):  # noqa: ANN201
    if not ConfirmForm().validate_on_submit():
        abort(400)
    try:
        entity_merge.unmerge(alias_id, current_actor())
    except entity_merge.MergeError as exc:
        flash(str(exc), "error")
        return redirect(url_for("entities.merges")), 303
    flash("Merge undone.", "success")
    return redirect(url_for("entities.merges"))
