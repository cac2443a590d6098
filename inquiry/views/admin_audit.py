"""Admin: browse and filter the audit trail, and check its chain."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from flask import Blueprint, abort, render_template, request

from inquiry.auth.policy import requires
from inquiry.services import audit
from inquiry.views.context import current_actor
from inquiry.views.forms import AuditFilterForm, ConfirmForm

bp = Blueprint("admin_audit", __name__, url_prefix="/admin/audit")

PER_PAGE = 50


@bp.route("/")
@requires("audit.view")
def index():  # noqa: ANN201
    form = AuditFilterForm(request.args)
    form.action.choices = [("", "Any action")] + [(a, a) for a in audit.known_actions()]
    page = request.args.get("page", 1, type=int) or 1
    if page < 1 or page > 1_000_000:
        abort(400)
    status = 200
    filters = audit.AuditFilter()
    if request.args and not form.validate():
        status = 400
    elif request.args:
        until = form.until.data
        filters = audit.AuditFilter(
            actor=form.actor.data or None, action=form.action.data or None,
            target_type=form.target_type.data or None, target_id=form.target_id.data or None,
            since=datetime.combine(form.since.data, time.min) if form.since.data else None,
            until=datetime.combine(until + timedelta(days=1), time.min) if until else None)
    entries, total = audit.search(filters, page=page, per_page=PER_PAGE)
    args = {k: v for k, v in request.args.items() if k != "page"}
    return render_template("admin/audit.html", form=form, entries=entries, total=total,
                           page=page, pages=max(1, -(-total // PER_PAGE)), args=args,
                           details=audit.iter_details, confirm=ConfirmForm()), status


@bp.route("/verify", methods=["POST"])
@requires("audit.view")
def verify():  # noqa: ANN201
    if not ConfirmForm().validate_on_submit():
        abort(400)
    result = audit.verify()
    audit.record("audit.verify", current_actor(),
                 details={"checked": result.checked, "ok": result.ok,
                          "problems": len(result.problems)})
    return render_template("admin/audit_verify.html", result=result), 200 if result.ok else 409
