"""The protected-persons register (complainants known by cipher) and the keep list.

Every mention of a registered person must be found, however it is written: full name,
first name or surname alone, alias or nickname, possessive, ALL CAPS, a name broken
over a line (even hyphenated), and small OCR misspellings.  Matching is therefore
deliberately generous; the reviewer clears false alarms.  The keep list names public
office holders whose names are never proposed.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from . import lexicon

REQUIRED_COLUMNS = ("cipher", "full_name", "aliases", "date_of_birth")
_TOKEN = re.compile(r"[^\W_]+")
_JOINABLE_GAP = re.compile(r"[ \t]*[-‐‑­][ \t]*\n[ \t]*")  # "Kay-\nleigh"
_NAME_GAP = re.compile(r"[ \t]*(?:\n[ \t]*)?|[ \t]*[-‐‑][ \t]*")


class RegisterError(ValueError):
    """The register (or keep list) file is unusable; ``problems`` lists every reason."""

    def __init__(self, path: str | Path, problems: list[str]):
        self.path = str(path)
        self.problems = problems
        super().__init__(f"{path}: {len(problems)} problem(s):\n  " + "\n  ".join(problems))


@dataclass(frozen=True, slots=True)
class Person:
    """One protected person.  ``cipher`` is the label shown in place of their name."""

    cipher: str
    full_name: str
    aliases: tuple[str, ...] = ()
    date_of_birth: date | None = None

    def names(self) -> list[str]:
        """Every written form worth searching for in output: full name, parts, aliases."""
        out = [self.full_name, *self.aliases]
        parts = [p for p in _TOKEN.findall(self.full_name) if len(p) >= 2]
        out += parts
        return list(dict.fromkeys(out))


@dataclass(frozen=True, slots=True)
class RegisterMatch:
    """A mention of a registered person: ``text == source[start:end]``."""

    cipher: str
    start: int
    end: int
    text: str
    form: str  # full, alias, first, surname, middle, nickname, dob; + "~ocr" for an OCR
    # confusion of it, + "~" for a spelling slip
    confidence: float


@dataclass(slots=True)
class _Form:
    cipher: str
    tokens: tuple[str, ...]
    form: str
    confidence: float


@dataclass
class Register:
    """Protected persons with a matcher built once for all pages."""

    persons: list[Person] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._forms: dict[str, list[_Form]] = {}
        self._fuzzy_choices: set[str] = set()
        self._dates: list[tuple[re.Pattern, str]] = []
        for p in self.persons:
            self._add_person(p)

    def __len__(self) -> int:
        return len(self.persons)

    def _add(self, cipher: str, text: str, form: str, conf: float) -> None:
        tokens = tuple(lexicon.fold(t) for t in _TOKEN.findall(text))
        tokens = tuple(t for t in tokens if t)
        if not tokens or (len(tokens) == 1 and len(tokens[0]) < 2):
            return
        self._forms.setdefault(tokens[0], []).append(_Form(cipher, tokens, form, conf))
        for t in tokens:
            if len(t) >= 4 and not t.isdigit():
                self._fuzzy_choices.add(t)

    def _add_person(self, p: Person) -> None:
        self._add(p.cipher, p.full_name, "full", 0.99)
        parts = [t for t in _TOKEN.findall(p.full_name) if lexicon.fold(t) not in lexicon.titles()]
        for i, part in enumerate(parts):
            form = "first" if i == 0 else "surname" if i == len(parts) - 1 else "middle"
            self._add(p.cipher, part, form, 0.9)
        for alias in p.aliases:
            self._add(p.cipher, alias, "alias", 0.95)
        for part in parts[:1] + [a for a in p.aliases if " " not in a.strip()]:
            for nick in lexicon.nicknames().get(lexicon.fold(part), ()):
                self._add(p.cipher, nick, "nickname", 0.7)
                if len(parts) > 1:
                    self._add(p.cipher, f"{nick} {parts[-1]}", "full", 0.95)
        if p.date_of_birth:
            self._dates.append((_date_pattern(p.date_of_birth), p.cipher))

    def name_tokens(self, cipher: str) -> frozenset[str]:
        """Case-folded words of a person's name, aliases and nicknames."""
        out: set[str] = set()
        for p in self.persons:
            if p.cipher == cipher:
                for n in (p.full_name, *p.aliases):
                    out.update(lexicon.fold(t) for t in _TOKEN.findall(n))
                for t in _TOKEN.findall(p.full_name):
                    out.update(lexicon.nicknames().get(lexicon.fold(t), ()))
        return frozenset(out)

    def ciphers(self) -> list[str]:
        return [p.cipher for p in self.persons]

    def cipher_spans(self, text: str) -> list[tuple[int, int]]:
        """Where the register's own ciphers are written ("C-1101"): the anonymised form,
        never to be proposed, though a cipher can look like a record number; a redacted
        cipher would also make every box's label a finding for verification."""
        ciphers = sorted({c for c in self.ciphers() if c.strip()}, key=len, reverse=True)
        if not ciphers:
            return []
        rx = re.compile(r"(?<![\w\-/])(?:" + "|".join(map(re.escape, ciphers))
                        + r")(?![\w\-/])")
        return [(m.start(), m.end()) for m in rx.finditer(text)]

    def names(self) -> list[tuple[str, str]]:
        """(cipher, written form) pairs that must never survive into a publication."""
        return [(p.cipher, n) for p in self.persons for n in p.names()]

    # ------------------------------------------------------------------ matching
    def match_text(self, text: str) -> list[RegisterMatch]:
        """Every mention of every registered person in ``text``, longest first wins."""
        if not self.persons:
            return []
        toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
        toks = _join_hyphenated(text, toks)
        found: list[RegisterMatch] = []
        for i in range(len(toks)):
            for cand, fuzzy in self._candidates(toks[i][2]):
                for f in self._forms.get(cand, ()):
                    end = self._match_form(text, toks, i, f)
                    if end is None:
                        continue
                    s, e = toks[i][0], toks[end][1]
                    conf = f.confidence * (0.85 if fuzzy else 1.0)
                    found.append(RegisterMatch(f.cipher, s, e, text[s:e], f.form + fuzzy, conf))
        for rx, cipher in self._dates:
            for m in rx.finditer(text):
                found.append(RegisterMatch(cipher, m.start(), m.end(), m.group(), "dob", 0.95))
        return _longest(found)

    def _candidates(self, raw: str) -> list[tuple[str, str]]:
        """Register words ``raw`` may stand for: ("", exact), ("~ocr", an OCR confusion of
        it) or ("~", a spelling slip). Never an ordinary word or a month ("March" is not
        "Marsh"), and a slip only when ``raw`` is not itself another real name."""
        t = lexicon.fold(raw)
        out = [(t, "")] if t in self._forms else []
        if len(t) < 4 or t.isdigit() or not self._fuzzy_choices:
            return out
        if lexicon.is_dictionary_word(t) or lexicon.is_not_a_name(raw):
            return out
        if not hasattr(self, "_choice_list"):
            self._choice_list = sorted(self._fuzzy_choices)
        known = t in lexicon.given_names() or t in lexicon.surnames()
        for choice, _, _ in process.extract(
            t, self._choice_list, scorer=Levenshtein.distance, score_cutoff=3, limit=None
        ):
            if choice == t or choice not in self._forms:
                continue
            if ocr_equal(t, choice):
                out.append((choice, "~ocr"))
            elif raw[:1].isupper() and not known and _fuzzy_equal(t, choice):
                out.append((choice, "~"))
        return out

    def _match_form(self, text: str, toks: list, i: int, f: _Form) -> int | None:
        """Index of the last token when ``f`` matches at token ``i``, else None."""
        for k, want in enumerate(f.tokens):
            j = i + k
            if j >= len(toks):
                return None
            raw = toks[j][2]
            got = lexicon.fold(raw)
            if k and not _NAME_GAP.fullmatch(text[toks[j - 1][1] : toks[j][0]]):
                return None
            if got != want and not (
                len(want) >= 4 and (ocr_equal(got, want) or raw[:1].isupper()
                                    and _fuzzy_equal(got, want)
                                    and not lexicon.is_dictionary_word(got))
            ):
                return None
        if len(f.tokens) == 1 and lexicon.is_ordinary_word(f.tokens[0]):
            # "hope" the word is not "Hope" the person: require a capital letter
            if not toks[i][2][:1].isupper():
                return None
        return i + len(f.tokens) - 1


_OCR_CONFUSIONS = (("rn", "m"), ("vv", "w"), ("cl", "d"), ("ii", "u"), ("0", "o"),
                   ("1", "l"), ("|", "l"), ("5", "s"), ("8", "b"), ("6", "b"), ("!", "l"),
                   ("i", "l"), ("é", "e"))


def ocr_normal(word: str) -> str:
    """A word with OCR's usual confusions undone, for comparing readings."""
    word = lexicon.fold(word)
    for a, b in _OCR_CONFUSIONS:
        word = word.replace(a, b)
    return word


def ocr_equal(a: str, b: str) -> bool:
    """The same word read through OCR's usual confusions: 0/O, 1/l/I, rn/m, vv/w, cl/d."""
    a, b = lexicon.fold(a), lexicon.fold(b)
    return a != b and ocr_normal(a) == ocr_normal(b)


def _fuzzy_equal(a: str, b: str) -> bool:
    """Small OCR or spelling slips in names of four letters or more."""
    if len(a) < 4 or len(b) < 4 or abs(len(a) - len(b)) > 2:
        return False
    if fuzz.ratio(a, b) >= 85:
        return True
    dist = Levenshtein.distance(a, b)
    return (min(len(a), len(b)) >= 5 and dist <= 1) or (min(len(a), len(b)) >= 8 and dist <= 2)


def _join_hyphenated(text: str, toks: list) -> list:
    """Merge ``Kay-`` + newline + ``leigh`` into one token spanning both parts."""
    out: list = []
    for tok in toks:
        if out and _JOINABLE_GAP.fullmatch(text[out[-1][1] : tok[0]]) and tok[2][:1].islower():
            prev = out.pop()
            out.append((prev[0], tok[1], prev[2] + tok[2]))
        else:
            out.append(tok)
    return out


def _longest(found: list[RegisterMatch]) -> list[RegisterMatch]:
    found.sort(key=lambda m: (m.start, -(m.end - m.start), -m.confidence))
    out: list[RegisterMatch] = []
    for m in found:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def _date_pattern(d: date) -> re.Pattern:
    day, month, yy, yyyy = d.day, d.month, d.year % 100, d.year
    mname = d.strftime("%B")
    forms = [
        rf"0?{day}\s*[/.\-]\s*0?{month}\s*[/.\-]\s*(?:{yyyy}|{yy:02d})",
        rf"{yyyy}-{month:02d}-{day:02d}",
        rf"0?{day}(?:st|nd|rd|th)?(?:\s+of)?\s+(?:{mname}|{mname[:3]})\.?,?\s+(?:{yyyy}|'?{yy:02d})",
        rf"(?:{mname}|{mname[:3]})\.?\s+0?{day}(?:st|nd|rd|th)?,?\s+{yyyy}",
    ]
    return re.compile(r"(?<![\d])(?:" + "|".join(forms) + r")(?![\d])", re.I)


# ------------------------------------------------------------------------- loading
def _parse_date(value: str) -> date | None:
    value = value.strip()
    if not value:
        return None
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise ValueError(value)


def load_register(path: str | Path) -> Register:
    """Read a register CSV; raise :class:`RegisterError` listing every problem found.

    Nothing is loaded partially: one bad line rejects the file, because a silently
    skipped person would never be redacted.
    """
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise RegisterError(path, [f"{path}: cannot read: {exc}"]) from exc
    rows = list(csv.reader(raw.splitlines()))
    if not rows or not any(c.strip() for c in rows[0]):
        raise RegisterError(
            path, [f"{path}:1: empty file (expected header {','.join(REQUIRED_COLUMNS)})"]
        )
    header = [c.strip().lower() for c in rows[0]]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise RegisterError(path, [f"{path}:1: missing column(s): {', '.join(missing)}"])
    col = {c: header.index(c) for c in REQUIRED_COLUMNS}
    problems: list[str] = []
    persons: list[Person] = []
    seen: dict[str, int] = {}
    for n, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        if len(row) != len(header):
            problems.append(f"{path}:{n}: expected {len(header)} fields, found {len(row)}")
            continue
        cipher = row[col["cipher"]].strip()
        name = " ".join(row[col["full_name"]].split())
        aliases = tuple(a.strip() for a in row[col["aliases"]].split("|") if a.strip())
        if not cipher:
            problems.append(f"{path}:{n}: empty cipher")
        elif cipher in seen:
            problems.append(
                f"{path}:{n}: duplicate cipher {cipher!r} (first on line {seen[cipher]})"
            )
        else:
            seen[cipher] = n
        if not name:
            problems.append(f"{path}:{n}: empty full_name")
        try:
            dob = _parse_date(row[col["date_of_birth"]])
        except ValueError:
            problems.append(
                f"{path}:{n}: bad date_of_birth {row[col['date_of_birth']]!r} "
                "(use YYYY-MM-DD or DD/MM/YYYY)"
            )
            dob = None
        persons.append(Person(cipher, name, aliases, dob))
    if problems:
        raise RegisterError(path, problems)
    return Register(persons)


# ------------------------------------------------------------------------ keep list
@dataclass
class KeepList:
    """Public office holders whose names are never proposed for redaction."""

    names: tuple[str, ...] = ()
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        alts = sorted(
            {re.escape(" ".join(n.split())).replace(r"\ ", r"\s+") for n in self.names},
            key=len,
            reverse=True,
        )
        titles = "|".join(sorted(lexicon.titles(), key=len, reverse=True))
        self._rx = (
            re.compile(
                rf"(?i)(?<![\w])(?:(?:{titles})\.?\s+)?(?:{'|'.join(alts)})"
                r"(?:['’]s?)?(?![\w])"
            )
            if alts
            else None
        )
        self._canon = {lexicon.canonical_name(n) for n in self.names}

    def __len__(self) -> int:
        return len(self.names)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where a kept name occurs in ``text`` (whole words, any case, with title)."""
        return [(m.start(), m.end()) for m in self._rx.finditer(text)] if self._rx else []

    def is_kept(self, name: str) -> bool:
        return lexicon.canonical_name(name) in self._canon


def load_keep_list(path: str | Path) -> KeepList:
    """One name per line; blank lines and ``#`` comments ignored.  Empty gives a warning."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise RegisterError(path, [f"{path}: cannot read: {exc}"]) from exc
    names = tuple(
        " ".join(ln.split()) for ln in lines if ln.strip() and not ln.strip().startswith("#")
    )
    warnings = (
        [] if names else [f"{path}: keep list is empty: every person's name will be proposed"]
    )
    return KeepList(names, warnings)
