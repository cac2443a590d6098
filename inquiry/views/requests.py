"""The request register: Rule 9 requests and section 21 notices, counsel's dashboard."""

from __future__ import annotations

from datetime import date

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for

from inquiry.auth.policy import requires
from inquiry.models.hearing import STATUS_LABELS
from inquiry.services import document_list
from inquiry.services import requests as register
from inquiry.views.context import current_actor, user_actions
from inquiry.views.hearing_forms import (
    LinkBatchForm,
    RequestForm,
    RequestGrantForm,
    RequestStatusForm,
)

bp = Blueprint("requests", __name__, url_prefix="/requests")


@bp.route("/")
@requires("requests.view")
def index():  # noqa: ANN201
    status = (request.args.get("status") or "").strip()
    if status and status not in STATUS_LABELS:
        flash("Choose one of the statuses listed.", "error")
        status = ""
    board = register.dashboard(current_actor(), date.today(), status=status)
    return render_template("requests/index.html", board=board, labels=STATUS_LABELS,
                           status=status, today=date.today(), actions=user_actions())


@bp.route("/new", methods=["GET", "POST"])
@requires("requests.manage")
def new():  # noqa: ANN201
    form = RequestForm()
    if form.validate_on_submit():
        try:
            created = register.create(register.RequestInput(
                kind=form.kind.data, recipient=form.recipient.data or "",
                recipient_kind=form.recipient_kind.data, topics=form.topics.data or "",
                sent_on=form.sent_on.data, deadline=form.deadline.data,
                restricted=bool(form.restricted.data), notes=form.notes.data or ""),
                current_actor())
        except register.RequestError as exc:
            flash(str(exc), "error")
            return render_template("requests/new.html", form=form), 400
        flash(f"Request {created.reference} recorded.", "success")
        return redirect(url_for("requests.show", reference=created.reference), 303)
    return render_template("requests/new.html", form=form), 400 if request.method == "POST" \
        else 200


def _visible_or_404(reference: str):  # noqa: ANN202
    found = register.find(reference, current_actor())
    if found is None:
        abort(404)
    return found


@bp.route("/<reference>")
@requires("requests.view")
def show(reference: str):  # noqa: ANN201
    actor = current_actor()
    found = _visible_or_404(reference)
    register.viewed(found, actor)
    status_form = RequestStatusForm(status=found.status)
    return render_template(
        "requests/show.html", r=found, effective=found.effective_status(date.today()),
        labels=STATUS_LABELS, documents=register.documents_answering(found.id, actor),
        batches=register.batches_of(found.id), status_form=status_form,
        link_form=LinkBatchForm(), grant_form=RequestGrantForm(),
        granted=register.granted_emails(found.id) if found.restricted else [],
        actions=user_actions())


@bp.route("/<reference>/status", methods=["POST"])
@requires("requests.manage")
def set_status(reference: str):  # noqa: ANN201
    found = _visible_or_404(reference)
    form = RequestStatusForm()
    if not form.validate_on_submit():
        flash("Choose one of the statuses listed.", "error")
        return redirect(url_for("requests.show", reference=found.reference), 303)
    register.set_status(found.reference, form.status.data, current_actor())
    flash(f"{found.reference} is now {STATUS_LABELS[form.status.data].lower()}.", "success")
    return redirect(url_for("requests.show", reference=found.reference), 303)


@bp.route("/<reference>/batches", methods=["POST"])
@requires("requests.manage")
def link_batch(reference: str):  # noqa: ANN201
    found = _visible_or_404(reference)
    form = LinkBatchForm()
    if not form.validate_on_submit():
        for errors in form.errors.values():
            for e in errors:
                flash(e if isinstance(e, str) else "The form has expired; try again.",
                      "error")
        return redirect(url_for("requests.show", reference=found.reference), 303)
    try:
        register.link_batch(found.reference, form.batch.data, current_actor(),
                            batch_visible=document_list.batch_visible)
    except register.RequestError as exc:
        flash(str(exc), "error")
        return redirect(url_for("requests.show", reference=found.reference), 303)
    flash(f"Batch {form.batch.data} recorded as answering {found.reference}.", "success")
    return redirect(url_for("requests.show", reference=found.reference), 303)


@bp.route("/<reference>/grants", methods=["POST"])
@requires("requests.manage")
def grant(reference: str):  # noqa: ANN201
    found = _visible_or_404(reference)
    form = RequestGrantForm()
    if not form.validate_on_submit():
        flash("Give the e-mail address of an account.", "error")
        return redirect(url_for("requests.show", reference=found.reference), 303)
    try:
        register.grant(found.reference, form.email.data, current_actor())
    except register.RequestError as exc:
        flash(str(exc), "error")
        return redirect(url_for("requests.show", reference=found.reference), 303)
    flash(f"{form.email.data.strip()} may now see {found.reference}.", "success")
    return redirect(url_for("requests.show", reference=found.reference), 303)
