"""Apply the permission policy to every request, before any view runs."""

from __future__ import annotations

from flask import Flask, abort, g, redirect, request, session, url_for
from flask_login import current_user, logout_user

from inquiry.auth.policy import PUBLIC, SIGNED_IN, is_allowed
from inquiry.extensions import login_manager

# Endpoints Flask itself registers, which can't carry a decorator.
BUILTIN_PERMISSIONS = {"static": PUBLIC}


def permission_for(app: Flask, endpoint: str | None) -> str | None:
    if endpoint is None:
        return None
    if endpoint in BUILTIN_PERMISSIONS:
        return BUILTIN_PERMISSIONS[endpoint]
    view = app.view_functions.get(endpoint)
    return getattr(view, "permission", None)


def init_enforcement(app: Flask) -> None:
    login_manager.session_protection = "strong"
    login_manager.login_view = "auth.sign_in"
    login_manager.login_message = "Please sign in to continue."
    login_manager.login_message_category = "info"

    @login_manager.user_loader
    def load_user(session_id: str):  # noqa: ANN202
        from inquiry.services.users import load_session_user

        return load_session_user(session_id)

    @app.before_request
    def enforce_policy():  # noqa: ANN202
        if request.endpoint is None:
            return None  # 404/405: let Flask answer
        permission = permission_for(app, request.endpoint)
        if permission is None:
            app.logger.error("endpoint %s has no permission declared; refused",
                             request.endpoint)
            abort(403)
        g.permission = permission
        if permission == PUBLIC and request.blueprint == "health":
            # Probes never look the user up: that needs the database, and /readyz must
            # answer which dependency is down even to a browser that is signed in.
            return None
        if current_user.is_authenticated:
            _check_server_session(app)
        if permission == PUBLIC:
            return None
        if not current_user.is_authenticated:
            if request.method == "GET":
                return redirect(url_for("auth.sign_in", next=request.full_path.rstrip("?")))
            abort(401)
        if (current_user.must_change_password and permission != PUBLIC
                and request.endpoint not in {"auth.change_password", "auth.sign_out"}):
            return redirect(url_for("auth.change_password"))
        if permission != SIGNED_IN and not is_allowed(permission, current_user.roles):
            from inquiry.services import audit
            from inquiry.views.context import current_actor

            audit.record("access.denied", current_actor(), target_type="endpoint",
                         target_id=request.endpoint, details={"path": request.path})
            abort(403)
        return None


SESSION_TOKEN = "sid"  # noqa: S105 - the cookie key naming the server-side session


def _check_server_session(app: Flask) -> None:
    """Sign the request out unless its server-side session is alive (see services.sessions)."""
    from inquiry.services import audit, sessions
    from inquiry.views.context import current_actor, settings

    s = settings()
    result = sessions.check(session.get(SESSION_TOKEN), current_user.id,
                            request.headers.get("User-Agent", ""),
                            idle_minutes=s.session_idle_minutes,
                            lifetime_minutes=s.session_lifetime_minutes)
    g.session_id = result.session_id
    if result.ended:
        actor = current_actor()
        logout_user()
        session.clear()
        if result.ended in ("lifetime reached", "idle", "another browser"):
            audit.record("auth.session_ended", actor, target_type="user",
                         target_id=actor.user_id, details={"reason": result.ended})
