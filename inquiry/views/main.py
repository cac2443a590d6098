"""The dashboard."""

from flask import Blueprint, render_template
from flask_login import current_user

from inquiry.auth.policy import allowed_actions, signed_in

bp = Blueprint("main", __name__)


@bp.route("/")
@signed_in
def dashboard():  # noqa: ANN201
    return render_template("main/dashboard.html", actions=allowed_actions(current_user.roles))
