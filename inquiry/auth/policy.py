"""The one declarative permission policy: role -> allowed actions.

Every view declares the single action it needs with :func:`requires` (or :func:`public`,
:func:`signed_in`); :func:`enforce` runs before every request and refuses any endpoint
that declares nothing, so a forgotten decorator fails closed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

PUBLIC = "public"        # anyone, signed in or not: sign-in, static files, health checks
SIGNED_IN = "signed_in"  # any active user: dashboard, own account, sign out

POLICY: dict[str, frozenset[str]] = {
    "admin": frozenset({
        "users.manage", "audit.view", "registers.manage", "access.manage", "entities.merge",
    }),
    "clerk": frozenset({
        "documents.list", "documents.view", "documents.download", "documents.upload",
        "documents.edit", "documents.retry", "requests.view", "requests.manage",
        "bundles.view",
    }),
    "reviewer": frozenset({
        "documents.list", "documents.view", "documents.download", "review.work",
        "review.approve", "publication.publish", "publication.withdraw", "registers.manage",
        "bundles.view",
    }),
    "counsel": frozenset({
        "documents.list", "documents.view", "documents.download", "search.use",
        "search.export", "entities.view", "notes.write", "tags.write", "requests.view",
        "requests.manage", "bundles.view", "bundles.build", "bundles.publish",
    }),
}

ACTIONS: frozenset[str] = frozenset().union(*POLICY.values())

F = TypeVar("F", bound=Callable)


def _mark(permission: str) -> Callable[[F], F]:
    def decorator(view: F) -> F:
        view.permission = permission  # type: ignore[attr-defined]
        return view
    return decorator


def requires(action: str) -> Callable[[F], F]:
    """Declare the action a view needs; unknown actions are a programming error."""
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}: add it to POLICY first")
    return _mark(action)


public = _mark(PUBLIC)
signed_in = _mark(SIGNED_IN)


def allowed_actions(roles: Iterable[str]) -> frozenset[str]:
    return frozenset().union(*(POLICY.get(r, frozenset()) for r in roles))


def is_allowed(permission: str, roles: Iterable[str] | None) -> bool:
    """``roles`` is None for an anonymous visitor."""
    if permission == PUBLIC:
        return True
    if roles is None:
        return False
    if permission == SIGNED_IN:
        return True
    return permission in allowed_actions(roles)
