"""The protected-persons register and the keep list: read, change, import; all audited.

Imports are all-or-nothing: one bad line rejects the file with every problem listed, because
a silently skipped person would never be redacted.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import delete, select

from inquiry.extensions import db
from inquiry.models import KeepName, ProtectedPerson
from inquiry.models.base import utcnow
from inquiry.services import audit
from inquiry.services.actor import Actor
from redaction.register import (
    KeepList,
    Person,
    Register,
    RegisterError,
    load_keep_list,
    load_register,
)


class RegisterProblem(ValueError):
    """What is wrong, line by line, safe to show."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


def persons() -> list[ProtectedPerson]:
    return list(db.session.scalars(select(ProtectedPerson).order_by(ProtectedPerson.cipher)))


def current_register() -> Register:
    return Register([Person(p.cipher, p.full_name, tuple(p.alias_list), p.date_of_birth)
                     for p in persons()])


def current_keep_list() -> KeepList:
    return KeepList(tuple(db.session.scalars(select(KeepName.name).order_by(KeepName.name))))


def keep_names() -> list[str]:
    return list(db.session.scalars(select(KeepName.name).order_by(KeepName.name)))


def add_person(cipher: str, full_name: str, aliases: list[str], date_of_birth: date | None,
               actor: Actor) -> ProtectedPerson:
    cipher, full_name = cipher.strip(), " ".join(full_name.split())
    problems = []
    if not cipher:
        problems.append("Give the person a cipher.")
    if not full_name:
        problems.append("Give the person's full name.")
    taken = select(ProtectedPerson).where(ProtectedPerson.cipher == cipher)
    if cipher and db.session.scalar(taken):
        problems.append(f"The cipher {cipher} is already in use.")
    if problems:
        raise RegisterProblem(problems)
    person = ProtectedPerson(cipher=cipher, full_name=full_name,
                             aliases="|".join(a.strip() for a in aliases if a.strip()),
                             date_of_birth=date_of_birth, created_by_id=actor.user_id)
    db.session.add(person)
    db.session.commit()
    audit.record("register.add", actor, target_type="protected_person", target_id=cipher)
    return person


def request_removal(person_id: int, actor: Actor, reason: str) -> ProtectedPerson:
    """The first of two people asks for a person to leave the register, saying why. Until a
    second person confirms, they stay on it and are still redacted everywhere."""
    person = db.session.get(ProtectedPerson, person_id)
    if person is None:
        raise RegisterProblem(["No such person in the register."])
    reason = " ".join(reason.split())[:2000]
    if len(reason) < 5:
        raise RegisterProblem(["Say why this person should leave the register: a second "
                               "person reads the reason before confirming."])
    if person.removal_requested_by_id is not None:
        raise RegisterProblem([f"Removal of {person.cipher} is already waiting for a second "
                               "person."])
    person.removal_requested_by_id = actor.user_id
    person.removal_requested_at = utcnow()
    person.removal_reason = reason
    db.session.commit()
    audit.record("register.removal_requested", actor, target_type="protected_person",
                 target_id=person.cipher, details={"reason": reason})
    return person


def confirm_removal(person_id: int, actor: Actor) -> str:
    """The second person confirms: the person leaves the register. Returns the cipher."""
    from inquiry.services.users import controls

    person = db.session.get(ProtectedPerson, person_id)
    if person is None:
        raise RegisterProblem(["No such person in the register."])
    requester = person.removal_requested_by_id
    if requester is None:
        raise RegisterProblem([f"Nobody has asked for {person.cipher} to be removed."])
    if requester == actor.user_id or (actor.user_id is not None and controls(requester,
                                                                           actor.user_id)):
        raise RegisterProblem(["Removing a person from the register takes two people: "
                               "someone other than the one who asked (and whose account they "
                               "did not create or reset) must confirm it."])
    cipher = person.cipher
    db.session.delete(person)
    db.session.commit()
    audit.record("register.remove", actor, target_type="protected_person", target_id=cipher,
                 details={"requested_by": requester, "reason": person.removal_reason})
    return cipher


def cancel_removal(person_id: int, actor: Actor) -> None:
    person = db.session.get(ProtectedPerson, person_id)
    if person is None or person.removal_requested_by_id is None:
        raise RegisterProblem(["There is no removal waiting for that person."])
    person.removal_requested_by_id = None
    person.removal_requested_at = None
    person.removal_reason = ""
    db.session.commit()
    audit.record("register.removal_cancelled", actor, target_type="protected_person",
                 target_id=person.cipher)


def import_register(path: Path, display_name: str, actor: Actor) -> int:
    """Add every person of a CSV (cipher,full_name,aliases,date_of_birth); all or nothing."""
    try:
        register = load_register(path)
    except RegisterError as exc:
        raise RegisterProblem([p.replace(str(path), display_name) for p in exc.problems]) \
            from None
    existing = set(db.session.scalars(select(ProtectedPerson.cipher)))
    clashes = [p.cipher for p in register.persons if p.cipher in existing]
    if clashes:
        raise RegisterProblem([f"{display_name}: cipher {c} is already in the register"
                               for c in clashes])
    for p in register.persons:
        db.session.add(ProtectedPerson(cipher=p.cipher, full_name=p.full_name,
                                       aliases="|".join(p.aliases),
                                       date_of_birth=p.date_of_birth,
                                       created_by_id=actor.user_id))
    db.session.commit()
    audit.record("register.import", actor, target_type="protected_person",
                 details={"file": display_name, "persons": len(register.persons)})
    return len(register.persons)


def replace_keep_list(names: list[str], actor: Actor) -> list[str]:
    """Set the keep list to these names (one per entry); returns warnings."""
    clean = list(dict.fromkeys(" ".join(n.split()) for n in names
                               if n.strip() and not n.strip().startswith("#")))
    too_long = [n for n in clean if len(n) > 300]
    if too_long:
        raise RegisterProblem([f"A name is longer than 300 characters: {too_long[0][:40]}…"])
    db.session.execute(delete(KeepName))
    db.session.add_all(KeepName(name=n) for n in clean)
    db.session.commit()
    audit.record("keep_list.replace", actor, target_type="keep_list",
                 details={"names": len(clean)})
    return [] if clean else ["The keep list is empty: every person's name will be proposed."]


def import_keep_list(path: Path, display_name: str, actor: Actor) -> list[str]:
    try:
        keep = load_keep_list(path)
    except RegisterError as exc:
        raise RegisterProblem([p.replace(str(path), display_name) for p in exc.problems]) \
            from None
    return replace_keep_list(list(keep.names), actor)
