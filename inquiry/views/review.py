"""The reviewer's workspace and queue: proposals on the page, decisions, workflow steps,
the preview of the published page."""

from __future__ import annotations

import math

from flask import (
    Blueprint,
    Response,
    abort,
    flash,
    g,
    jsonify,
    redirect,
    render_template,
    request,
    session,
    url_for,
)

from inquiry.auth.policy import requires
from inquiry.extensions import limiter
from inquiry.services import decisions, propagation, publication_progress, review, workspace
from inquiry.services.review import ReviewError
from inquiry.views.context import current_actor, settings
from inquiry.views.document_lookup import visible_document_or_404
from inquiry.views.forms import ConfirmForm
from inquiry.views.rate_limits import image_refused, page_image_limit, user_key

bp = Blueprint("review", __name__, url_prefix="/review")

WARNED_KEY = "content_warnings_seen"


@bp.route("/")
@requires("review.work")
def queue():  # noqa: ANN201
    return render_template("review/queue.html", items=review.queue(current_actor()),
                           priorities=review.PRIORITIES)


def _acknowledged(urn: str) -> bool:
    return urn in session.get(WARNED_KEY, [])


@bp.route("/<urn>/warning", methods=["POST"])
@requires("review.work")
def acknowledge_warning(urn: str):  # noqa: ANN201
    visible_document_or_404(urn)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    seen = [u for u in session.get(WARNED_KEY, []) if u != urn][-200:]
    session[WARNED_KEY] = [*seen, urn]
    return redirect(url_for("review.workspace_page", urn=urn,
                            page=request.form.get("page", 1, type=int)))


@bp.route("/<urn>")
@requires("review.work")
def workspace_page(urn: str):  # noqa: ANN201
    document = visible_document_or_404(urn)
    number = request.args.get("page", 1, type=int) or 1
    if document.content_warning and not _acknowledged(urn):
        return render_template("review/warning.html", document=document, number=number,
                               confirm=ConfirmForm())
    context = workspace.load(document, number, current_actor())
    if context is None:
        abort(404)
    return render_template("review/workspace.html", **context, confirm=ConfirmForm(),
                           preview=request.args.get("preview") == "1")


@bp.route("/<urn>/progress")
@requires("review.work")
def progress(urn: str):  # noqa: ANN201
    """Where a running publication has got (no evidence in it: status and page counts)."""
    document = visible_document_or_404(urn)
    return jsonify(status=document.review_status,
                   progress=publication_progress.describe(document.id)
                   if document.review_status == "publishing" else None)


@bp.route("/<urn>/pages/<int:number>/preview.png")
@requires("review.work")
@limiter.limit(page_image_limit, key_func=user_key, on_breach=image_refused)
def preview(urn: str, number: int):  # noqa: ANN201
    document = visible_document_or_404(urn)
    from inquiry.services.publishing import preview_png
    from inquiry.services.viewing import record_page_view

    png = preview_png(document, number)
    if png is None:
        abort(404)
    record_page_view(document, number, "preview", current_actor(), g.get("session_id"))
    return Response(png, mimetype="image/png", headers={"Cache-Control": "no-store"})


def _revision() -> int:
    value = request.form.get("revision", type=int)
    if value is None:
        raise ReviewError("This form is missing the document's revision; reload the page.")
    return value


def _done(urn: str, message: str, status: int = 200, **extra: object):  # noqa: ANN202
    """JSON for the workspace script (with the state it redraws from), a redirect back to
    the page otherwise."""
    if request.accept_mimetypes.best == "application/json":
        page = request.form.get("page", type=int) or 1
        document = visible_document_or_404(urn)
        return jsonify(ok=status < 400, message=message,
                       state=workspace.state(document.id, page), **extra), status
    flash(message, "success" if status < 400 else "error")
    page = request.form.get("page", type=int) or 1
    return redirect(url_for("review.workspace_page", urn=urn, page=page) + "#proposals", 303)


def _run(urn: str, action):  # noqa: ANN001, ANN202
    if not ConfirmForm().validate_on_submit():
        return _done(urn, "This form has expired; reload the page and try again.", 400)
    try:
        outcome = action()
    except review.StaleReview as exc:  # and DecisionConflict: another reviewer got there
        return _done(urn, str(exc), 409)
    except ReviewError as exc:
        return _done(urn, str(exc), 400)
    if isinstance(outcome, decisions.Outcome):
        return _done(urn, outcome.message, 200, revision=outcome.revision,
                     created=outcome.created_id)
    return _done(urn, outcome or "Done.", 200)


@bp.route("/<urn>/decide", methods=["POST"])
@requires("review.work")
def decide(urn: str):  # noqa: ANN201
    document = visible_document_or_404(urn)
    form = request.form
    ids = [int(i) for i in form.getlist("proposal") if i.isdigit()][:5000]
    return _run(urn, lambda: decisions.decide(
        document.id, current_actor(), status=form.get("status", ""),
        expected_revision=_revision(), ids=ids,
        entity=None if ids else (form.get("entity") or None),
        code=None if ids or form.get("entity") else (form.get("code") or None)))


@bp.route("/<urn>/proposals/<int:proposal_id>", methods=["POST"])
@requires("review.work")
def edit_proposal(urn: str, proposal_id: int):  # noqa: ANN201
    document = visible_document_or_404(urn)
    form = request.form
    return _run(urn, lambda: decisions.relabel(
        document.id, current_actor(), proposal_id, expected_revision=_revision(),
        code=form.get("code") or None, label=form.get("label") if "label" in form else None,
        comment=form.get("comment") if "comment" in form else None))


def _number(name: str) -> float:
    raw = request.form.get(name, "")
    try:
        value = float(raw)
    except ValueError:
        raise ReviewError(f"{name} must be a number, not {raw[:20]!r}.") from None
    if not math.isfinite(value):
        raise ReviewError(f"{name} must be an ordinary number, not {raw[:20]!r}.")
    return value


def _whole(name: str) -> int:
    raw = request.form.get(name, "").strip()
    if not raw.isdigit() or len(raw) > 9:
        raise ReviewError(f"{name} must be a whole number, not {raw[:20]!r}.")
    return int(raw)


@bp.route("/<urn>/add-text", methods=["POST"])
@requires("review.work")
def add_text(urn: str):  # noqa: ANN201
    document = visible_document_or_404(urn)
    form = request.form
    return _run(urn, lambda: decisions.add_text(
        document.id, current_actor(), page=_whole("page"), start=_whole("start"),
        end=_whole("end"), code=form.get("code", ""), label=form.get("label", ""),
        expected_revision=_revision()))


@bp.route("/<urn>/add-box", methods=["POST"])
@requires("review.work")
def add_box(urn: str):  # noqa: ANN201
    document = visible_document_or_404(urn)
    form = request.form
    return _run(urn, lambda: decisions.add_box(
        document.id, current_actor(), page=_whole("page"),
        box=[_number("x0"), _number("y0"), _number("x1"), _number("y1")],
        code=form.get("code", ""), label=form.get("label", ""),
        expected_revision=_revision()))


@bp.route("/<urn>/undo", methods=["POST"])
@requires("review.work")
def undo(urn: str):  # noqa: ANN201
    document = visible_document_or_404(urn)
    return _run(urn, lambda: decisions.undo(document.id, current_actor(),
                                            expected_revision=_revision()))


@bp.route("/<urn>/propagate", methods=["POST"])
@requires("review.work")
def propagate(urn: str):  # noqa: ANN201
    document = visible_document_or_404(urn)
    form = request.form

    def act() -> str:
        try:
            return propagation.request_everywhere(
                document, form.get("text", ""), form.get("code", ""), form.get("label", ""),
                form.get("reason", ""), current_actor(),
                min_chars=settings().propagate_min_chars)
        except propagation.PropagationError as exc:
            raise ReviewError(str(exc)) from exc

    return _run(urn, act)


@bp.route("/strings")
@requires("review.work")
def strings():  # noqa: ANN201
    """Strings asked to be redacted everywhere, waiting for a second reviewer."""
    return render_template("review/strings.html", pending=propagation.pending(current_actor()),
                           confirm=ConfirmForm())


def _string_action(string_id: int, action):  # noqa: ANN001, ANN202
    if not ConfirmForm().validate_on_submit():
        abort(400)
    try:
        flash(action(string_id, current_actor()), "success")
    except propagation.PropagationError as exc:
        flash(str(exc), "error")
        return redirect(url_for("review.strings")), 303
    return redirect(url_for("review.strings"), 303)


@bp.route("/strings/<int:string_id>/confirm", methods=["POST"])
@requires("review.work")
def confirm_string(string_id: int):  # noqa: ANN201
    return _string_action(string_id, propagation.confirm)


@bp.route("/strings/<int:string_id>/withdraw", methods=["POST"])
@requires("review.work")
def withdraw_string(string_id: int):  # noqa: ANN201
    return _string_action(string_id, propagation.withdraw)


def _workflow(urn: str, action: str):  # noqa: ANN202
    document = visible_document_or_404(urn)

    def act() -> str:
        review.transition(document.id, action, current_actor(),
                          expected_revision=_revision(),
                          comment=request.form.get("comment", ""))
        return f"{review.ACTION_LABELS[action]}: done."

    return _run(urn, act)


@bp.route("/<urn>/start", methods=["POST"])
@requires("review.work")
def start(urn: str):  # noqa: ANN201
    return _workflow(urn, "start")


@bp.route("/<urn>/submit", methods=["POST"])
@requires("review.work")
def submit(urn: str):  # noqa: ANN201
    return _workflow(urn, "submit")


@bp.route("/<urn>/approve", methods=["POST"])
@requires("review.approve")
def approve(urn: str):  # noqa: ANN201
    return _workflow(urn, "approve")


@bp.route("/<urn>/return", methods=["POST"])
@requires("review.approve")
def return_(urn: str):  # noqa: ANN201
    return _workflow(urn, "return")


@bp.route("/<urn>/details", methods=["POST"])
@requires("review.work")
def details(urn: str):  # noqa: ANN201
    document = visible_document_or_404(urn)
    priority = request.form.get("priority", type=int)
    return _run(urn, lambda: review.set_details(
        document.id, current_actor(), priority=priority,
        content_warning=request.form.get("content_warning")) or "Saved.")
