"""A document's people: one per real person, keyed by first and last name, and what each
shorter form written in the document means ("Kayleigh", "Ms Brammer", "K. Brammer", a
nickname, "Jade T"). Used by :mod:`redaction.entity_resolution`. Pure: no spaCy.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from . import entity_filters as ef
from . import lexicon

PLACE = "\0place"  # a one-word "person" that is only a town
NOBODY = "\0nobody"  # a surname two people in the document share
_DIMINUTIVE = ("o", "y", "i", "ie", "ey", "z", "za", "zy", "ers", "na")


@dataclass(slots=True)
class Person:
    words: tuple[str, ...]  # folded

    @property
    def first(self) -> str:
        return self.words[0]

    @property
    def last(self) -> str:
        for i, w in enumerate(self.words[1:-1], 1):
            if w in ef.PARTICLES:
                return " ".join(self.words[i:])
        return self.words[-1]

    @property
    def key(self) -> tuple[str, str]:
        return (self.first, self.last)

    @property
    def is_full(self) -> bool:
        return len(self.words) >= 2 and len(self.first) > 1 and not self.is_first_and_initial

    @property
    def is_initialled(self) -> bool:
        return len(self.words) >= 2 and len(self.first) == 1

    @property
    def is_first_and_initial(self) -> bool:
        """ "Chantelle M": a first name and the initial of the surname."""
        return len(self.words) == 2 and len(self.first) > 1 and len(self.words[1]) == 1


def proper_case(word: str) -> str:
    """A name word in proper case whatever case it was written in: "o'neill" -> "O'Neill",
    "MCKENZIE" -> "McKenzie", "smith-jones" -> "Smith-Jones"."""
    if "-" in word:
        return "-".join(proper_case(p) for p in word.split("-"))
    low = word.lower().replace("’", "'")
    if "'" in low:
        head, _, rest = low.partition("'")
        if len(head) == 1 and rest:
            return head.upper() + "'" + proper_case(rest)
    if low.startswith("mc") and len(low) > 3:
        return "Mc" + low[2].upper() + low[3:]
    return low[:1].upper() + low[1:]


def person_display(words: Iterable[str]) -> str:
    """Proper case, particles after the first word in lower case ("Ahmed al Rashid")."""
    out = []
    for i, w in enumerate(words):
        out.append(w if i and w in ef.PARTICLES else proper_case(w))
    return " ".join(out)


def _pet_form(short: str, formal: str) -> bool:
    """ "Bernie" of Bernadette, "Jonno" of Jonathan: the formal name's first three letters and
    a pet ending, where no nickname list has the pair."""
    return (len(short) >= 4 and short.endswith(_DIMINUTIVE) and formal[:3] == short[:3]
            and len(formal) >= len(short))


def _stem(word: str) -> str:
    """A nickname without its pet ending and a doubled last letter: "shieldsy" ->
    "shield", "redz" -> "red", "timmy" -> "tim"."""
    for end in ("sy", "ie", "ey", "y", "z", "s", "o"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            word = word[:-len(end)]
            break
    return word[:-1] if len(word) > 3 and word[-1] == word[-2] else word


def _contains(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    n = len(short)
    return any(long[i:i + n] == short for i in range(len(long) - n + 1))


class People:
    """A document's people, keyed by first and last name, and what each shorter form means."""

    def __init__(self, people: dict[str, Person], aliases: dict[str, str] | None = None,
                 kin: set[str] | None = None, titled: set[str] | None = None) -> None:
        self.people = people
        self.aliases = aliases or {}  # folded alias -> the surface of the name it stands for
        self.kin = kin or set()  # surfaces of a named person's relative ("Mrs Worsnop")
        self.titled = titled or set()  # surfaces written after a title somewhere ("Ms Bolton")
        full = [p for p in people.values()  # "Big Sal" of "Salman Iqbal aka Big Sal": him
                if p.is_full and " ".join(p.words) not in self.aliases]
        # a full name inside a longer one ("Kayleigh Dawn" in "Kayleigh Dawn Brammer") is it
        self.target: dict[tuple[str, ...], Person] = {}
        for p in sorted(full, key=lambda p: -len(p.words)):
            if p.words in self.target:
                continue
            longer = {self.target[q.words].key: self.target[q.words] for q in full
                      if len(q.words) > len(p.words) and _contains(q.words, p.words)}
            self.target[p.words] = next(iter(longer.values())) if len(longer) == 1 else p
        for p in full:  # "Terry Stanyard" beside "Terence Stanyard", "Mo Zaman" beside
            # "Mohammed Zaman": a familiar form of the given name and the same surname
            formal = {self.target[q.words].key: self.target[q.words] for q in full
                      if q.last == p.last and q.first != p.first
                      and (q.first in lexicon.nicknames().get(p.first, frozenset())
                           or _pet_form(p.first, q.first))
                      and len(q.first) > len(p.first)}
            if len(formal) == 1 and self.target[p.words] is p:
                self.target[p.words] = next(iter(formal.values()))
        self.keys = {self.target[p.words].key for p in full}
        # a middle name the document also writes as the given name before the surname
        # ("Arif Chaudhry" beside "Mohammed Arif Chaudhry"): the name he goes by, so "Arif"
        # alone is him; a middle name written only in full ("Dawid Marek Kowalczyk") is not
        called = {(q.first, q.last) for q in full}
        self.middle: dict[str, set[tuple[str, str]]] = {}
        for p in full:
            for w in p.words[1:-1]:
                if w not in ef.PARTICLES and (w, p.last) in called:
                    self.middle.setdefault(w, set()).add(self.target[p.words].key)

    def candidates(self, p: Person) -> set[tuple[str, str]]:
        """Full names a short form can stand for: "K Brammer", "Brammer", "Kayleigh",
        a nickname ("Mikey" for Michael) or a short form of the first name ("Zak")."""
        keys = self.keys
        if p.is_first_and_initial:  # "Jade T", or a statement's "FAROOQ S"
            init = p.words[1]
            return {k for k in keys if k[0] == p.first and k[1].startswith(init)
                    or k[1] == p.first and k[0].startswith(init)}
        if p.is_initialled:
            found = {k for k in keys if k[1] == p.last and k[0].startswith(p.first)}
            # "A. Rhiannon" (a cipher's letter before a first name): Rhiannon's full name
            return found or {k for k in keys if len(p.words) == 2 and k[0] == p.words[1]}
        w = p.words[0]
        found = {k for k in keys if w in (k[0], k[1]) or k[1].endswith(" " + w)}
        if not found:
            nick = lexicon.nicknames().get(w, frozenset())
            found = {k for k in keys if k[0] in nick}
        if not found and len(p.words) == 1:  # "Arif" of Mohammed Arif Chaudhry
            found = set(self.middle.get(w, ()))
        if not found and len(w) >= 3:
            found = {k for k in keys if k[0].startswith(w)}
        if not found and len(w) >= 4 and len(p.words) == 1 and not ef.is_known_name(w):
            # "Shaf" for Amir Shafiq: a nickname cut from the surname, where no list knows
            # the word as a name of its own
            found = {k for k in keys if k[1].startswith(w) and len(k[1]) > len(w)}
        if not found and len(w) >= 4 and w.endswith(_DIMINUTIVE):
            # "Jonno" for Jonathan, "Shady" for Shahid: the first name's start and a pet ending
            found = {k for k in keys if k[0][:3] == w[:3] and len(k[0]) >= len(w) - 1}
        if not found and len(p.words) == 1 and len(_stem(w)) >= 3:
            # "Shieldsy" for Connor Shields, "Redz" for Liam Redcar, "Timmy" for Imtiaz
            # Timol: a nickname made of the surname's start and a pet ending
            found = {k for k in keys if k[1].startswith(_stem(w)) and k[1] != w}
        return found

    def name(self, surface: str) -> str | None:
        """Display name of the person a written form resolves to; None when it could be
        two people; :data:`PLACE` for a lone town name."""
        p = self.people[surface]
        if surface in self.kin:
            return person_display(p.words)
        if " ".join(p.words) in self.aliases:  # "Biggz", "Big Sal"
            target = self.aliases[" ".join(p.words)]
            if target in self.people and target != surface:
                return self.name(target)
        if p.is_full:
            first, last = self.target[p.words].key
            return person_display([first, *last.split()])
        found = self.candidates(p)
        if len(found) == 1:
            first, last = next(iter(found))
            return person_display([first, *last.split()])
        if found:
            return None  # "Smith" with John and Jane Smith in the document
        if len(p.words) == 1 and surface not in self.titled:
            w = p.words[0]
            if ef.is_place_name(w) and not (ef.is_known_name(w) and ef.is_given_name(w)):
                return PLACE  # "Nelson", "Farnworth", and no one of that name: the town
            if surface.isupper() and len(w) <= 3:
                return None  # "MIR", "IB": letters of a code or someone's initials
        if p.is_initialled:
            return person_display([p.last])  # "J. Oduya": named only by the surname
        if p.is_first_and_initial:
            return person_display([p.first])
        return person_display(p.words)

    def one_word(self, word: str, town: bool = False) -> str | None:
        """The one person a single word tagged as a place or agency stands for, if any;
        ``town``: the word is also a town's name, so only a surname counts ("HOLLOWAY" in a
        form naming Kayden Holloway)."""
        w = lexicon.fold(word)
        if w in self.aliases and self.aliases[w] in self.people:
            return self.name(self.aliases[w])
        found = self.candidates(Person((w,)))
        if town and not ef.is_given_name(w):
            found = {k for k in found if k[1] == w}  # a town and a surname: the surname only
        if not found and any(self.people[t].words == (w,) for t in self.titled):
            return person_display([w])  # "Eaglescliffe" where "Mrs Eaglescliffe" is written
        if len(found) != 1:  # two people's surname ("HEATHCOTE" of Tegan and Donna): no place
            return NOBODY if found else None
        first, last = next(iter(found))
        return person_display([first, *last.split()])
