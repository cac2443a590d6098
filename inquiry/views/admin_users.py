"""Admin: accounts and their roles."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for

from inquiry.auth.policy import requires
from inquiry.services import sessions, users
from inquiry.views.context import current_actor, settings
from inquiry.views.forms import ConfirmForm, UserCreateForm, UserEditForm

bp = Blueprint("admin_users", __name__, url_prefix="/admin/users")


@bp.route("/")
@requires("users.manage")
def index():  # noqa: ANN201
    return render_template("admin/users.html", users=users.list_users(), confirm=ConfirmForm(),
                           delayed=users.delayed_user_ids())


@bp.route("/new", methods=["GET", "POST"])
@requires("users.manage")
def create():  # noqa: ANN201
    form = UserCreateForm()
    status = 200
    if form.validate_on_submit():
        try:
            account = users.create_user(form.email.data, set(form.roles.data), current_actor(),
                                        display_name=form.display_name.data or "",
                                        otp_hours=settings().one_time_password_hours)
        except users.UserError as exc:
            flash(str(exc), "error")
            status = 400
        else:
            return render_template("admin/user_created.html", user=account.user,
                                   password=account.password)
    elif request.method == "POST":
        status = 400
    return render_template("admin/user_new.html", form=form), status


def _user_or_404(user_id: int):  # noqa: ANN202
    user = users.get(user_id)
    if user is None:
        abort(404)
    return user


@bp.route("/<int:user_id>", methods=["GET", "POST"])
@requires("users.manage")
def edit(user_id: int):  # noqa: ANN201
    user = _user_or_404(user_id)
    form = UserEditForm(obj=None if request.method == "POST" else user,
                        data=None if request.method == "POST" else {
                            "display_name": user.display_name, "roles": sorted(user.roles),
                            "active": user.active})
    status = 200
    if form.validate_on_submit():
        try:
            users.update_user(user, current_actor(), display_name=form.display_name.data,
                              roles=set(form.roles.data), active=bool(form.active.data))
        except users.UserError as exc:
            flash(str(exc), "error")
            status = 400
        else:
            flash(f"Saved changes to {user.email}.", "success")
            return redirect(url_for("admin_users.index"))
    elif request.method == "POST":
        status = 400
    return render_template("admin/user_edit.html", form=form, user=user,
                           confirm=ConfirmForm(), throttles=users.throttles_of(user.email),
                           sessions=sessions.open_sessions(user.id)), status


@bp.route("/<int:user_id>/reset-password", methods=["POST"])
@requires("users.manage")
def reset_password(user_id: int):  # noqa: ANN201
    user = _user_or_404(user_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    password = users.reset_password(user, current_actor(),
                                    otp_hours=settings().one_time_password_hours)
    return render_template("admin/user_created.html", user=user, password=password, reset=True)


@bp.route("/<int:user_id>/unlock", methods=["POST"])
@requires("users.manage")
def unlock(user_id: int):  # noqa: ANN201
    """Clear the sign-in delays held against an account."""
    user = _user_or_404(user_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    cleared = users.unlock(user, current_actor())
    flash(f"Cleared {cleared} sign-in delay(s) on {user.email}.", "success")
    return redirect(url_for("admin_users.edit", user_id=user.id))
