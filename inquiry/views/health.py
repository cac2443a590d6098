"""Health checks for load balancers and `make run`: JSON, no sign-in."""

from flask import Blueprint, jsonify

from inquiry.auth.policy import public
from inquiry.extensions import limiter
from inquiry.services.health import readiness
from inquiry.views.context import settings

bp = Blueprint("health", __name__)


@bp.route("/healthz")
@public
@limiter.exempt
def healthz():  # noqa: ANN201
    return jsonify(status="ok")


@bp.route("/readyz")
@public
@limiter.exempt
def readyz():  # noqa: ANN201
    checks = readiness(settings().effective_elasticsearch_url, settings().effective_redis_url)
    ready = all(c.ok for c in checks)
    body = {"status": "ready" if ready else "not ready",
            "checks": {c.name: {"ok": c.ok, "detail": c.detail} for c in checks}}
    return jsonify(body), 200 if ready else 503
