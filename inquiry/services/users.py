"""Accounts: create, change, deactivate, sign in with throttling and lockout."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import timedelta

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError

from inquiry.auth.passwords import (
    generate_password,
    hash_password,
    needs_rehash,
    password_problems,
    verify_password,
)
from inquiry.extensions import db
from inquiry.models import ROLES, SignInThrottle, User, UserRole
from inquiry.models.audit import AuditEntry
from inquiry.models.base import utcnow
from inquiry.services import audit, sessions
from inquiry.services.actor import Actor


class UserError(ValueError):
    """A request about accounts that can't be done; the message is safe to show."""


def normalise_email(email: str) -> str:
    try:
        return validate_email(email.strip(), check_deliverability=False).normalized.lower()
    except EmailNotValidError as exc:
        raise UserError(f"That is not a valid email address: {exc}") from None


def get_by_email(email: str) -> User | None:
    return db.session.scalar(select(User).where(User.email == email.strip().lower()))


def get(user_id: int) -> User | None:
    return db.session.get(User, user_id)


def list_users() -> list[User]:
    return list(db.session.scalars(select(User).order_by(User.email)))


def _check_roles(roles: set[str]) -> None:
    unknown = roles - set(ROLES)
    if unknown:
        raise UserError(f"Unknown role(s): {', '.join(sorted(unknown))}. "
                        f"Roles are: {', '.join(ROLES)}.")


@dataclass(frozen=True)
class NewAccount:
    user: User
    password: str | None  # the generated one-time password, shown once; None if given


def create_user(email: str, roles: set[str], actor: Actor, *, display_name: str = "",
                password: str | None = None, min_length: int = 12,
                otp_hours: int = 72) -> NewAccount:
    """Create an account. Without a password one is generated and must be changed at sign-in."""
    email = normalise_email(email)
    _check_roles(roles)
    if not roles:
        raise UserError("Give the account at least one role.")
    if get_by_email(email):
        raise UserError(f"An account for {email} already exists.")
    generated = None
    if password is None:
        password = generated = generate_password()
    else:
        problems = password_problems(password, min_length, email)
        if problems:
            raise UserError(" ".join(problems))
    user = User(email=email, display_name=(display_name.strip() or email.split("@")[0])[:120],
                password_hash=hash_password(password), must_change_password=generated is not None,
                one_time_password_expires_at=(utcnow() + timedelta(hours=otp_hours))
                if generated else None)
    user.set_roles(roles)
    db.session.add(user)
    db.session.commit()
    audit.record("user.create", actor, target_type="user", target_id=user.id,
                 details={"email": email, "roles": sorted(roles)})
    return NewAccount(user, generated)


def update_user(user: User, actor: Actor, *, display_name: str, roles: set[str],
                active: bool) -> User:
    _check_roles(roles)
    if not roles:
        raise UserError("Give the account at least one role.")
    if user.id == actor.user_id and (not active or "admin" not in roles):
        raise UserError("You can't remove your own admin role or deactivate yourself.")
    if user.active and "admin" in user.roles and (not active or "admin" not in roles):
        if _active_admin_count() <= 1:
            raise UserError("This is the last active admin; appoint another admin first.")
    before = {"display_name": user.display_name, "roles": sorted(user.roles),
              "active": user.active}
    user.display_name = display_name.strip()[:120] or user.display_name
    roles_changed = set(roles) != set(user.roles)
    user.set_roles(roles)
    if (user.active and not active) or roles_changed:
        user.session_version += 1  # signs the user out everywhere
        sessions.end_all(user.id, "deactivated" if not active else "roles changed")
    user.active = active
    after = {"display_name": user.display_name, "roles": sorted(roles), "active": active}
    db.session.commit()
    changes = {k: [before[k], after[k]] for k in after if before[k] != after[k]}
    if changes:
        audit.record("user.update", actor, target_type="user", target_id=user.id,
                     details={"email": user.email, "changes": changes})
    return user


def reset_password(user: User, actor: Actor, *, otp_hours: int = 72) -> str:
    """Issue a new one-time password (shown once) and end the user's sessions."""
    password = generate_password()
    user.password_hash = hash_password(password)
    user.must_change_password = True
    user.failed_sign_ins = 0
    user.locked_until = None
    user.session_version += 1
    user.one_time_password_expires_at = utcnow() + timedelta(hours=otp_hours)
    sessions.end_all(user.id, "password reset")
    clear_throttles(user.email)
    db.session.commit()
    audit.record("user.password_reset", actor, target_type="user", target_id=user.id,
                 details={"email": user.email})
    return password


def change_password(user: User, current: str, new: str, actor: Actor, *,
                    min_length: int = 12) -> None:
    if not verify_password(user.password_hash, current):
        audit.record("user.password_change_failed", actor, target_type="user",
                     target_id=user.id, details={"reason": "wrong current password"})
        raise UserError("Your current password is not right.")
    problems = password_problems(new, min_length, user.email)
    if new == current:
        problems.append("Choose a password different from the current one.")
    if problems:
        raise UserError(" ".join(problems))
    user.password_hash = hash_password(new)
    user.must_change_password = False
    user.password_changed_at = utcnow()
    user.one_time_password_expires_at = None
    user.session_version += 1
    sessions.end_all(user.id, "password changed")
    db.session.commit()
    audit.record("user.password_change", actor, target_type="user", target_id=user.id)


def _active_admin_count() -> int:
    return db.session.scalar(
        select(func.count()).select_from(User).join(UserRole)
        .where(User.active.is_(True), UserRole.role == "admin")) or 0


def has_active_admin() -> bool:
    return _active_admin_count() > 0


@dataclass(frozen=True)
class SignInResult:
    user: User | None
    message: str = ""


GENERIC_FAILURE = "That email and password don't match an active account."
EXPIRED_ONE_TIME = ("That one-time password has expired: ask an administrator for a new "
                    "one.")


def _throttle_key(email: str, ip: str) -> str:
    return hashlib.sha256(f"{email}|{ip}".encode()).hexdigest()


def _delay_seconds(failures: int, free: int, cap_minutes: int) -> int:
    """Nothing for the first ``free`` failures, then 2, 4, 8... seconds up to the cap."""
    if failures < free:
        return 0
    return min(2 ** min(failures - free + 1, 20), cap_minutes * 60)


def authenticate(email: str, password: str, actor: Actor, *, max_failures: int,
                 lockout_minutes: int) -> SignInResult:
    """Check credentials, throttling failures per (email, address) with growing delays.

    Unknown, deactivated and wrong-password sign-ins get the same answer after the same
    work, and the delays are the same for an address that doesn't exist, so nothing here
    tells whether an account exists. Throttling is by the pair, so failing from one place
    never shuts an account's owner out elsewhere. Every outcome is audited.
    """
    email_key = email.strip().lower()[:254]
    ip = (actor.ip or "")[:64]
    key = _throttle_key(email_key, ip)
    throttle = db.session.get(SignInThrottle, key)
    now = utcnow()
    user = get_by_email(email_key) if email_key else None
    if throttle is not None and throttle.blocked_until and throttle.blocked_until > now:
        verify_password(None, password)  # same work as a real check
        wait = max(1, int((throttle.blocked_until - now).total_seconds() + 0.999))
        audit.record("auth.sign_in_failed", actor, target_type="user",
                     target_id=user.id if user else None,
                     details={"email": email_key, "reason": "throttled"})
        return SignInResult(None, f"Too many failed attempts: wait {wait} second(s) "
                                  "before trying again.")
    ok = verify_password(user.password_hash if user else None, password)
    if user is None or not ok or not user.active:
        reason = ("unknown account" if user is None else
                  "wrong password" if not ok else "deactivated")
        if throttle is None:
            throttle = SignInThrottle(key=key, email=email_key, ip=ip, failures=0)
            db.session.add(throttle)
        throttle.failures += 1
        throttle.updated_at = now
        delay = _delay_seconds(throttle.failures, max_failures, lockout_minutes)
        throttle.blocked_until = now + timedelta(seconds=delay) if delay else None
        try:
            db.session.commit()
        except IntegrityError:  # the same pair failed at the same moment elsewhere
            db.session.rollback()
        audit.record("auth.sign_in_failed", actor, target_type="user",
                     target_id=user.id if user else None,
                     details={"email": email_key, "reason": reason, "delay_seconds": delay})
        return SignInResult(None, GENERIC_FAILURE)
    if user.must_change_password and user.one_time_password_expires_at \
            and user.one_time_password_expires_at <= now:
        audit.record("auth.sign_in_failed", actor, target_type="user", target_id=user.id,
                     details={"email": email_key, "reason": "one-time password expired"})
        return SignInResult(None, EXPIRED_ONE_TIME)
    if throttle is not None:
        db.session.delete(throttle)
    user.failed_sign_ins = 0
    user.locked_until = None
    user.last_sign_in_at = now
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    db.session.commit()
    audit.record("auth.sign_in", Actor(user.id, user.email, actor.ip, actor.user_agent),
                 target_type="user", target_id=user.id)
    return SignInResult(user)


def throttles_of(email: str) -> list[SignInThrottle]:
    """Failed sign-ins held against this address, per place they came from (admin page)."""
    return list(db.session.scalars(select(SignInThrottle).where(
        SignInThrottle.email == email.strip().lower()).order_by(
        SignInThrottle.updated_at.desc())))


def delayed_user_ids() -> set[int]:
    """Accounts some address must wait before trying again (the users list shows it)."""
    return set(db.session.scalars(select(User.id).join(
        SignInThrottle, SignInThrottle.email == User.email).where(
        SignInThrottle.blocked_until > utcnow())))


def clear_throttles(email: str) -> int:
    """Forget the failures held against an account (the caller commits)."""
    result = db.session.execute(delete(SignInThrottle).where(
        SignInThrottle.email == email.strip().lower()))
    return result.rowcount or 0


def unlock(user: User, actor: Actor) -> int:
    """An admin clears the sign-in delays held against an account."""
    cleared = clear_throttles(user.email)
    user.failed_sign_ins = 0
    user.locked_until = None
    db.session.commit()
    audit.record("user.unlock", actor, target_type="user", target_id=user.id,
                 details={"email": user.email, "cleared": cleared})
    return cleared


def load_session_user(session_id: str) -> User | None:
    """flask-login loader: the id carries the session version, so old sessions die."""
    try:
        user_id, version = (int(part) for part in session_id.split(":", 1))
    except ValueError:
        return None
    user = db.session.get(User, user_id)
    if user is None or not user.active or user.session_version != version:
        return None
    return user


_ACCOUNT_CONTROL = ("user.create", "user.update", "user.password_reset")


def controls(a: int, b: int) -> bool:
    """Did either user create the other's account, reset its password or change its roles?
    Then one person may hold both accounts, and they are not two people for approval."""
    return db.session.scalar(select(func.count()).select_from(AuditEntry).where(
        AuditEntry.action.in_(_ACCOUNT_CONTROL), AuditEntry.target_type == "user",
        ((AuditEntry.actor_id == a) & (AuditEntry.target_id == str(b)))
        | ((AuditEntry.actor_id == b) & (AuditEntry.target_id == str(a))))) > 0
