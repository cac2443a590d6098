"""Sign in, sign out, change password."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from flask_login import current_user, login_user, logout_user

from inquiry.auth.enforce import SESSION_TOKEN
from inquiry.auth.policy import public, signed_in
from inquiry.extensions import limiter
from inquiry.services import audit, sessions, users
from inquiry.views.context import current_actor, settings
from inquiry.views.forms import ChangePasswordForm, SignInForm

bp = Blueprint("auth", __name__)


def _safe_next(target: str | None) -> str:
    """Only same-site relative paths, so sign-in can't be used as an open redirect."""
    if target:
        parts = urlsplit(target)
        if not parts.scheme and not parts.netloc and target.startswith("/") \
                and not target.startswith("//") and "\\" not in target:
            return target
    return url_for("main.dashboard")


def _sign_in_limit() -> str:
    return settings().sign_in_rate_limit


@bp.route("/sign-in", methods=["GET", "POST"])
@public
@limiter.limit(_sign_in_limit, methods=["POST"])
def sign_in():  # noqa: ANN201
    if current_user.is_authenticated:
        return redirect(url_for("main.dashboard"))
    form = SignInForm()
    error = None
    status = 200
    if form.validate_on_submit():
        s = settings()
        result = users.authenticate(form.email.data or "", form.password.data or "",
                                    current_actor(), max_failures=s.max_failed_sign_ins,
                                    lockout_minutes=s.lockout_minutes)
        if result.user is not None:
            # Not a permanent session: a browser-session cookie, which keeps Flask-Login's
            # strong protection in force; lifetime and idle expiry are the server's.
            session.clear()
            login_user(result.user)
            session[SESSION_TOKEN] = sessions.start(result.user.id, current_actor())
            return redirect(_safe_next(request.args.get("next")))
        error, status = result.message, 401
    elif request.method == "POST":
        status = 400
        error = "Enter your email address and password."
    return render_template("auth/sign_in.html", form=form, error=error), status


@bp.route("/sign-out", methods=["POST"])
@signed_in
def sign_out():  # noqa: ANN201
    actor = current_actor()
    sessions.end(session.get(SESSION_TOKEN), "signed out")
    logout_user()
    session.clear()
    audit.record("auth.sign_out", actor, target_type="user", target_id=actor.user_id)
    flash("You have signed out.", "info")
    return redirect(url_for("auth.sign_in"))


@bp.route("/account/password", methods=["GET", "POST"])
@signed_in
def change_password():  # noqa: ANN201
    form = ChangePasswordForm()
    status = 200
    if form.validate_on_submit():
        try:
            users.change_password(current_user, form.current_password.data,
                                  form.new_password.data, current_actor(),
                                  min_length=settings().password_min_length)
        except users.UserError as exc:
            flash(str(exc), "error")
            status = 400
        else:
            # Every session ended: sign in again on this device with a new one.
            user = current_user._get_current_object()  # noqa: SLF001 - the User, not the proxy
            session.clear()
            login_user(user)
            session[SESSION_TOKEN] = sessions.start(user.id, current_actor())
            flash("Your password has been changed. Other sessions have been signed out.",
                  "success")
            return redirect(url_for("main.dashboard"))
    elif request.method == "POST":
        status = 400
    return render_template("auth/change_password.html", form=form,
                           min_length=settings().password_min_length), status
