"""Password hashing with Argon2id (memory-hard) via argon2-cffi."""

from __future__ import annotations

import secrets
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

_hasher = PasswordHasher()  # argon2id with the library's RFC 9106 low-memory profile


@cache
def _dummy_hash() -> str:
    """Verified against when the account does not exist, so timing doesn't reveal emails."""
    return _hasher.hash(secrets.token_urlsafe(16))


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _dummy_hash(), password) and bool(password_hash)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


def generate_password() -> str:
    """A random password for a new account, shown once."""
    return secrets.token_urlsafe(15)


def password_problems(password: str, min_length: int, email: str = "") -> list[str]:
    """What is wrong with a password a person chose: length, and guessability judged by
    zxcvbn (common passwords, keyboard patterns, dates, the account's own e-mail)."""
    problems = []
    if len(password) < min_length:
        problems.append(f"Use at least {min_length} characters.")
    if len(password) > 256:
        problems.append("Use at most 256 characters.")
    if password.strip() != password:
        problems.append("Don't start or end with spaces.")
    if len(set(password)) < 5:
        problems.append("Use a less repetitive password.")
    email = email.strip().lower()
    own = [email, email.split("@")[0]] if email else []
    if any(part and len(part) >= 3 and part in password.lower() for part in own):
        problems.append("Don't use your e-mail address in your password.")
    if not problems:
        from zxcvbn import zxcvbn

        judged = zxcvbn(password[:100], user_inputs=own)
        if judged["score"] < 3:
            warning = judged["feedback"].get("warning") or "It is too easy to guess."
            problems.append(f"{warning.rstrip('.')}: choose a longer or less common "
                            "password, for example a few unrelated words.")
    return problems
