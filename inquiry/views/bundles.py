"""Hearing bundles: tabs of published documents, stamped, indexed and issued."""

from __future__ import annotations

import json
from collections.abc import Callable

from flask import Blueprint, abort, flash, redirect, render_template, send_file, url_for

from inquiry.auth.policy import requires
from inquiry.extensions import limiter
from inquiry.models.hearing import STAMP_FORMATS
from inquiry.services import bundle_issues, bundles, intake
from inquiry.views.context import current_actor, user_actions
from inquiry.views.forms import ConfirmForm
from inquiry.views.hearing_forms import AddDocumentForm, BundleForm, MoveForm, TabForm
from inquiry.views.rate_limits import download_limit, user_key

bp = Blueprint("bundles", __name__, url_prefix="/bundles")


def _bundle_or_404(bundle_id: int):  # noqa: ANN202
    bundle = bundles.get(bundle_id)
    if bundle is None:
        abort(404)
    return bundle


def _back(bundle_id: int):  # noqa: ANN202
    return redirect(url_for("bundles.show", bundle_id=bundle_id), 303)


def _form_errors(form) -> None:  # noqa: ANN001
    for errors in form.errors.values():
        for e in errors:
            flash(str(e), "error")


@bp.route("/")
@requires("bundles.view")
def index():  # noqa: ANN201
    form = BundleForm()
    return render_template("bundles/index.html", bundles=bundles.all_bundles(), form=form,
                           formats=STAMP_FORMATS, actions=user_actions())


@bp.route("/new", methods=["POST"])
@requires("bundles.build")
def create():  # noqa: ANN201
    form = BundleForm()
    if not form.validate_on_submit():
        _form_errors(form)
        return redirect(url_for("bundles.index"), 303)
    try:
        bundle = bundles.create(form.reference.data, form.title.data, form.hearing_date.data,
                                form.stamp_format.data, current_actor())
    except bundles.BundleError as exc:
        flash(str(exc), "error")
        return redirect(url_for("bundles.index"), 303)
    flash(f"Bundle {bundle.reference} created: add its tabs, then its documents.", "success")
    return _back(bundle.id)


@bp.route("/<int:bundle_id>")
@requires("bundles.view")
def show(bundle_id: int):  # noqa: ANN201
    bundle = _bundle_or_404(bundle_id)
    actor = current_actor()
    entries, hidden = bundles.entries(bundle, actor)
    add = AddDocumentForm()
    add.tab.choices = [(t.id, f"{t.position}. {t.title}") for t in bundle.tabs]
    return render_template(
        "bundles/show.html", bundle=bundle, entries=entries, hidden=hidden, tab_form=TabForm(),
        add_form=add, confirm=ConfirmForm(), move=MoveForm(), formats=STAMP_FORMATS,
        actions=user_actions(), preview=bundle_issues.preview(bundle, actor),
        changes={i.number: json.loads(i.changes) for i in bundle.issues})


def _change(bundle, form, call: Callable[[], object], done: Callable[[object], str]):  # noqa: ANN001, ANN202
    """Every change to a bundle: a form that fails says why; a change the service refuses
    says why and changes nothing; back to the bundle either way."""
    if not form.validate_on_submit():
        _form_errors(form)
        return _back(bundle.id)
    try:
        result = call()
    except bundles.BundleError as exc:
        flash(str(exc), "error")
        return _back(bundle.id)
    flash(done(result), "success")
    return _back(bundle.id)


@bp.route("/<int:bundle_id>/tabs", methods=["POST"])
@requires("bundles.build")
def add_tab(bundle_id: int):  # noqa: ANN201
    bundle = _bundle_or_404(bundle_id)
    form = TabForm()
    return _change(bundle, form, lambda: bundles.add_tab(bundle, form.title.data,
                                                         current_actor()),
                   lambda _tab: f"Tab {form.title.data} added.")


@bp.route("/<int:bundle_id>/documents", methods=["POST"])
@requires("bundles.build")
def add_document(bundle_id: int):  # noqa: ANN201
    bundle = _bundle_or_404(bundle_id)
    if not bundle.tabs:
        flash("Add a tab first.", "error")
        return _back(bundle.id)
    form = AddDocumentForm()
    form.tab.choices = [(t.id, t.title) for t in bundle.tabs]
    return _change(bundle, form, lambda: bundles.add_document(
        bundle, form.tab.data, form.urn.data, current_actor()),
        lambda _entry: f"{form.urn.data.strip().upper()} added.")


@bp.route("/<int:bundle_id>/entries/<int:entry_id>/remove", methods=["POST"])
@requires("bundles.build")
def remove_entry(bundle_id: int, entry_id: int):  # noqa: ANN201
    bundle = _bundle_or_404(bundle_id)
    return _change(bundle, ConfirmForm(), lambda: bundles.remove_entry(
        bundle, entry_id, current_actor()),
        lambda _: "Removed from the bundle; the next issue lists the change.")


@bp.route("/<int:bundle_id>/entries/<int:item_id>/move", methods=["POST"],
          defaults={"what": "entry"})
@bp.route("/<int:bundle_id>/tabs/<int:item_id>/move", methods=["POST"],
          defaults={"what": "tab"})
@requires("bundles.build")
def move(bundle_id: int, item_id: int, what: str):  # noqa: ANN201
    """A document or a tab one place up or down."""
    bundle = _bundle_or_404(bundle_id)
    form = MoveForm()
    if what == "tab":
        return _change(bundle, form, lambda: bundles.move_tab(
            bundle, item_id, form.direction.data, current_actor()),
            lambda number: f"Tab moved {form.direction.data}: it is now tab {number}.")
    return _change(bundle, form, lambda: bundles.move_entry(
        bundle, item_id, form.direction.data, current_actor()),
        lambda place: f"Moved {form.direction.data}: now {place}.")


@bp.route("/<int:bundle_id>/reissue", methods=["POST"])
@requires("bundles.build")
def open_reissue(bundle_id: int):  # noqa: ANN201
    bundle = _bundle_or_404(bundle_id)
    return _change(bundle, ConfirmForm(), lambda: bundles.open_reissue(bundle, current_actor()),
                   lambda number: f"Issue {number} is being prepared: change the bundle, then "
                   "re-issue it. The published issue stays as it is until then.")


@bp.route("/<int:bundle_id>/publish", methods=["POST"])
@requires("bundles.publish")
def publish(bundle_id: int):  # noqa: ANN201
    bundle = _bundle_or_404(bundle_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    try:
        with intake.scratch_dir("bundle-") as scratch:
            issue = bundle_issues.publish(bundle, current_actor(), scratch)
    except (bundles.BundleError, intake.StoreUnavailable) as exc:
        flash(str(exc) if isinstance(exc, bundles.BundleError) else "The publication store "
              "is unavailable; nothing was published. Try again shortly.", "error")
        return _back(bundle.id)
    flash(f"Bundle {bundle.reference} issue {issue.number} published: {issue.pages} pages.",
          "success")
    return _back(bundle.id)


@bp.route("/<int:bundle_id>/issues/<int:number>/<name>")
@requires("bundles.view")
@limiter.limit(download_limit, key_func=user_key)
def download(bundle_id: int, number: int, name: str):  # noqa: ANN201
    bundle = _bundle_or_404(bundle_id)
    issue = bundle_issues.find_issue(bundle, number)
    if issue is None or name not in bundle_issues.FILES:
        abort(404)
    stream = bundle_issues.open_file(issue, name, current_actor())
    return send_file(stream, mimetype=bundle_issues.FILES[name], as_attachment=True,
                     download_name=f"bundle-{bundle.reference}-issue-{number}-{name}",
                     max_age=0)
