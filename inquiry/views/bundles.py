"""Hearing bundles: tabs of published documents, stamped, indexed and issued."""

from __future__ import annotations

import json

from flask import Blueprint, abort, flash, redirect, render_template, send_file, url_for

from inquiry.auth.policy import requires
from inquiry.extensions import limiter
from inquiry.models.hearing import STAMP_FORMATS
from inquiry.services import bundles, intake
from inquiry.views.context import current_actor, user_actions
from inquiry.views.forms import ConfirmForm
from inquiry.views.hearing_forms import AddDocumentForm, BundleForm, TabForm
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
    entries, hidden = bundles.entries(bundle, current_actor())
    add = AddDocumentForm()
    add.tab.choices = [(t.id, f"{t.position}. {t.title}") for t in bundle.tabs]
    return render_template(
        "bundles/show.html", bundle=bundle, entries=entries, hidden=hidden, tab_form=TabForm(),
        add_form=add, confirm=ConfirmForm(), formats=STAMP_FORMATS, actions=user_actions(),
        changes={i.number: json.loads(i.changes) for i in bundle.issues})


@bp.route("/<int:bundle_id>/tabs", methods=["POST"])
@requires("bundles.build")
def add_tab(bundle_id: int):  # noqa: ANN201
    bundle = _bundle_or_404(bundle_id)
    form = TabForm()
    if not form.validate_on_submit():
        _form_errors(form)
        return _back(bundle.id)
    try:
        bundles.add_tab(bundle, form.title.data, current_actor())
    except bundles.BundleError as exc:
        flash(str(exc), "error")
        return _back(bundle.id)
    flash(f"Tab {form.title.data} added.", "success")
    return _back(bundle.id)


@bp.route("/<int:bundle_id>/documents", methods=["POST"])
@requires("bundles.build")
def add_document(bundle_id: int):  # noqa: ANN201
    bundle = _bundle_or_404(bundle_id)
    form = AddDocumentForm()
    form.tab.choices = [(t.id, t.title) for t in bundle.tabs]
    if not form.validate_on_submit():
        if not bundle.tabs:
            flash("Add a tab first.", "error")
        else:
            _form_errors(form)
        return _back(bundle.id)
    try:
        bundles.add_document(bundle, form.tab.data, form.urn.data, current_actor())
    except bundles.BundleError as exc:
        flash(str(exc), "error")
        return _back(bundle.id)
    flash(f"{form.urn.data.strip().upper()} added.", "success")
    return _back(bundle.id)


@bp.route("/<int:bundle_id>/entries/<int:entry_id>/remove", methods=["POST"])
@requires("bundles.build")
def remove_entry(bundle_id: int, entry_id: int):  # noqa: ANN201
    bundle = _bundle_or_404(bundle_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    try:
        bundles.remove_entry(bundle, entry_id, current_actor())
    except bundles.BundleError as exc:
        flash(str(exc), "error")
        return _back(bundle.id)
    flash("Removed from the bundle; the next issue lists the change.", "success")
    return _back(bundle.id)


@bp.route("/<int:bundle_id>/publish", methods=["POST"])
@requires("bundles.publish")
def publish(bundle_id: int):  # noqa: ANN201
    bundle = _bundle_or_404(bundle_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    try:
        with intake.scratch_dir("bundle-") as scratch:
            issue = bundles.publish(bundle, current_actor(), scratch)
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
    issue = bundles.find_issue(bundle, number)
    if issue is None or name not in bundles.FILES:
        abort(404)
    stream = bundles.open_file(issue, name, current_actor())
    return send_file(stream, mimetype=bundles.FILES[name], as_attachment=True,
                     download_name=f"bundle-{bundle.reference}-issue-{number}-{name}",
                     max_age=0)
