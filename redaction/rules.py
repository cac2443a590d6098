"""UK personal identifier recognisers.

Each recogniser scans the plain text of a page and returns :class:`Hit` records with
character offsets into that same text, so callers can map hits onto word boxes.  Where
a number carries a checksum (NHS numbers, payment cards) the checksum decides; where a
format is ambiguous on its own (sort codes, account numbers, older vehicle marks,
collar numbers) the recogniser only fires near a context word.  Recall matters more
than precision here: a missed identifier can identify a complainant, while a false
alarm costs a reviewer one click.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import phonenumbers


@dataclass(frozen=True, slots=True)
class Hit:
    """One identifier found in text: ``text == source[start:end]``."""

    kind: str
    text: str
    start: int
    end: int
    confidence: float
    rule: str


_Finder = Callable[[str], Iterator[Hit]]
_FINDERS: list[_Finder] = []


def _finder(fn: _Finder) -> _Finder:
    _FINDERS.append(fn)
    return fn


def _hit(kind: str, m: re.Match, conf: float, rule: str, group: int | str = 0) -> Hit:
    return Hit(kind, m.group(group), m.start(group), m.end(group), conf, rule)


# ---------------------------------------------------------------- email, web, handles
_EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)
_PROFILE_URL = re.compile(
    r"(?:https?://)?(?:www\.|m\.)?(?:facebook|fb|instagram|tiktok|twitter|x|snapchat|youtube|"
    r"linkedin)\.com/(?:@|add/|in/)?[A-Za-z0-9_.-]+",
    re.I,
)
_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?")
_PLATFORM = (
    r"snap\s?chat|snap|insta(?:gram)?|ig|tik\s?tok|kik|twitter|facebook|fb|"
    r"whats\s?app|telegram|discord|sc|x"
)
_HANDLE_CTX = re.compile(
    r"\b(?:(?:" + _PLATFORM + r")\s*(?:user\s?name|handle|name|id|account|profile)?\s*"
    r"(?:[:\-–=]|\bis\b|\bwas\b|\bcalled\b|\bas\b)"
    r"|user\s?name\s*(?:[:\-–=]|\bis\b|\bwas\b|\bof\b|\bcalled\b)?"
    r"|handle\s*(?:[:\-–=]|\bis\b|\bwas\b|\bof\b|\bcalled\b))"
    r"[ \t]*[\"'“‘(]?(?P<h>@?[A-Za-z0-9_][A-Za-z0-9_.\-]{1,30}[A-Za-z0-9_])",
    re.I,
)
_NOT_HANDLE = frozenset(
    "the a an and or on to in of for from with was is be her his their she he they it this "
    "that which who account accounts messages message app name username profile also then "
    "but not".split()
)


@_finder
def _emails(text: str) -> Iterator[Hit]:
    for m in _EMAIL.finditer(text):
        yield _hit("email", m, 0.99, "email")
    for m in _PROFILE_URL.finditer(text):
        yield _hit("social_handle", m, 0.95, "profile_url")


@_finder
def _handles(text: str) -> Iterator[Hit]:
    for m in _HANDLE.finditer(text):
        if m.end() < len(text) and text[m.end()] == "@":
            continue
        yield _hit("social_handle", m, 0.9, "at_handle")
    for m in _HANDLE_CTX.finditer(text):
        h = m.group("h")
        if h.lower().strip("@") in _NOT_HANDLE:
            continue
        # "instagram is Kayleigh_99" - a plain capitalised word after "is" is weak evidence
        conf = 0.9 if re.search(r"[\d_.@]", h) or ":" in m.group(0) else 0.6
        yield _hit("social_handle", m, conf, "handle_context", "h")


# ---------------------------------------------------------------------------- phones
_PHONE_FALLBACK = re.compile(
    r"(?<![\w/])(?:\+\s?44\s?(?:\(0\)\s?)?|0044\s?|\(?0)\d{2,4}\)?(?:[ \-.]?\s?\d){6,8}(?![\w/])"
)


@_finder
def _phones(text: str) -> Iterator[Hit]:
    seen: list[tuple[int, int]] = []
    for m in phonenumbers.PhoneNumberMatcher(text, "GB", leniency=phonenumbers.Leniency.POSSIBLE):
        raw = m.raw_string
        digits = re.sub(r"\D", "", raw)
        if len(digits) < 10 or not (raw.lstrip("( ").startswith(("0", "+", "44"))):
            continue
        valid = phonenumbers.is_valid_number(m.number)
        seen.append((m.start, m.end))
        yield Hit("phone", raw, m.start, m.end, 0.95 if valid else 0.75, "phone")
    for m in _PHONE_FALLBACK.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in seen):
            continue
        if len(re.sub(r"\D", "", m.group())) in (10, 11, 12, 13):
            yield _hit("phone", m, 0.6, "phone_pattern")


# ------------------------------------------------------------------------- postcodes
_POSTCODE = re.compile(
    r"\b(?:GIR ?0AA|(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|"
    r"[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])"
    r"[ \t]?[0-9][ABD-HJLNP-UW-Z]{2})\b"
)


@_finder
def _postcodes(text: str) -> Iterator[Hit]:
    for m in _POSTCODE.finditer(text):
        yield _hit("postcode", m, 0.95, "postcode")
    # OCR and typing sometimes lower-case a postcode; accept it only in an address line
    for m in re.finditer(r"(?i)(?<=,[ \t])" + _POSTCODE.pattern[2:], text):
        if m.group() != m.group().upper():
            yield _hit("postcode", m, 0.6, "postcode_lower")


# ------------------------------------------------------------- NI and NHS numbers
_NI = re.compile(
    r"\b([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])[ \t]?(\d{2})[ \t]?(\d{2})[ \t]?(\d{2})"
    r"(?:[ \t]?([A-D]))?\b"
)
_NI_BAD_PREFIX = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})
_NI_CTX = re.compile(r"(?i)\b(?:N\.?I\.?\s*(?:no|number|num)?|national\s+insurance)\b")


@_finder
def _ni_numbers(text: str) -> Iterator[Hit]:
    for m in _NI.finditer(text):
        if m.group(1) in _NI_BAD_PREFIX:
            continue
        ctx = bool(_NI_CTX.search(text, max(0, m.start() - 40), m.start()))
        if m.group(5) or ctx:
            yield _hit("ni_number", m, 0.95 if m.group(5) else 0.8, "ni_number")


def nhs_checksum_ok(digits: str) -> bool:
    """Modulus 11 check of a 10-digit NHS (or CHI) number."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=False))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


_NHS = re.compile(r"(?<![\d+])(\d{3})[ \t-]?(\d{3})[ \t-]?(\d{4})(?![\d])")
_NHS_CTX = re.compile(r"(?i)\b(?:NHS|CHI|H&C|health\s*(?:and\s*care\s*)?(?:no|number))\b")


@_finder
def _nhs_numbers(text: str) -> Iterator[Hit]:
    for m in _NHS.finditer(text):
        digits = "".join(m.groups())
        if digits.startswith("0") and not _NHS_CTX.search(text, max(0, m.start() - 40), m.start()):
            continue  # a phone number; the phone finder has it
        if nhs_checksum_ok(digits):
            yield _hit("nhs_number", m, 0.95, "nhs_number")
        elif _NHS_CTX.search(text, max(0, m.start() - 40), m.start()):
            yield _hit("nhs_number", m, 0.6, "nhs_number_context")


@_finder
def _card_numbers(text: str) -> Iterator[Hit]:
    for m in re.finditer(r"(?<!\d)(?:\d{4}[ \t-]?){3}\d{4}(?!\d)", text):
        digits = re.sub(r"\D", "", m.group())
        total = 0
        for i, d in enumerate(reversed(digits)):
            n = int(d) * (2 if i % 2 else 1)
            total += n - 9 if n > 9 else n
        if total % 10 == 0:
            yield _hit("card_number", m, 0.9, "card_luhn")


# ------------------------------------------------------------------ dates of birth
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DATE = (
    r"(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})"
    r"|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+" + _MONTHS + r",?\s+(?:\d{4}|'?\d{2})"
    r"|" + _MONTHS + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"
)
_DATE_RE = re.compile(r"(?i)\b" + _DATE + r"\b")
_DOB_CTX = re.compile(
    r"(?i)\b(?:D\.?\s?O\.?\s?B\.?|date\s+of\s+birth|born(?:\s+on)?|birth\s*date|"
    r"d\.o\.b)\b[\s:\-–=(]*(?:(?:is|was|of|on)\s+)?(?P<d>" + _DATE + r")"
)
_DOB_HEADER = re.compile(r"(?i)\b(?:D\.?O\.?B\.?|date\s+of\s+birth|birth\s*date)\b")


@_finder
def _dates_of_birth(text: str) -> Iterator[Hit]:
    for m in _DOB_CTX.finditer(text):
        yield _hit("date_of_birth", m, 0.95, "dob_context", "d")
    # tables: a "DOB" column header, then dates on the following lines of the same block
    for h in _DOB_HEADER.finditer(text):
        inline = _DOB_CTX.match(text, h.start())
        if inline and "\n" not in inline.group():
            continue  # "DOB: 12/03/1998" on one line is not a column header
        block_end = text.find("\n\n", h.end())
        block_end = len(text) if block_end < 0 else block_end
        line_end = text.find("\n", h.end())
        if line_end < 0 or line_end >= block_end:
            continue
        for m in _DATE_RE.finditer(text, line_end, min(block_end, line_end + 3000)):
            yield _hit("date_of_birth", m, 0.6, "dob_table")


# --------------------------------------------------------------- vehicles and banks
_VRM_CURRENT = re.compile(r"\b[A-HJ-PR-Y][A-HJ-PR-Y]\d{2}[ \t]?[A-HJ-PR-Z]{3}\b")
_VRM_PREFIX = re.compile(r"\b[A-HJ-NP-Y]\d{1,3}[ \t]?[A-HJ-PR-Y]{3}\b")
_VRM_SUFFIX = re.compile(r"\b[A-HJ-PR-Y]{3}[ \t]?\d{1,3}[A-HJ-NP-Y]\b")
_VRM_DATELESS = re.compile(r"\b(?:[A-HJ-PR-Y]{1,3}[ \t]?\d{1,4}|\d{1,4}[ \t]?[A-HJ-PR-Y]{1,3})\b")
_VRM_CTX = re.compile(
    r"(?i)\b(?:reg(?:istration)?(?:\s+(?:no|number|mark|plate))?|VRM|index|"
    r"plates?|number\s*plate|vehicle|car|van|taxi|cab)\b[\s.:\-–]*"
)


@_finder
def _vehicles(text: str) -> Iterator[Hit]:
    for m in _VRM_CURRENT.finditer(text):
        yield _hit("vehicle_reg", m, 0.9, "vrm_current")
    for rx, rule in ((_VRM_PREFIX, "vrm_prefix"), (_VRM_SUFFIX, "vrm_suffix")):
        for m in rx.finditer(text):
            ctx = _VRM_CTX.search(text, max(0, m.start() - 40), m.start())
            yield _hit("vehicle_reg", m, 0.9 if ctx else 0.6, rule)
    for c in _VRM_CTX.finditer(text):
        m = _VRM_DATELESS.match(text, c.end())
        if m and re.search(r"\d", m.group()) and re.search(r"[A-Z]", m.group()):
            yield _hit("vehicle_reg", m, 0.7, "vrm_context")


_SORT_CODE = re.compile(
    r"(?i)\b(?:sort\s*code|s/c)\b[\s.:\-–]*(?P<n>\d{2}[ \t\-]?\d{2}[ \t\-]?\d{2})\b"
)
_ACCOUNT = re.compile(
    r"(?i)\b(?:acc(?:oun)?t\.?\s*(?:no\.?|number|num)?|a/c(?:\s*no\.?)?)[\s.:\-–]*"
    r"(?P<n>\d{6,10})\b"
)


@_finder
def _bank(text: str) -> Iterator[Hit]:
    for m in _SORT_CODE.finditer(text):
        yield _hit("sort_code", m, 0.95, "sort_code", "n")
    for m in _ACCOUNT.finditer(text):
        yield _hit("account_number", m, 0.9, "account_number", "n")


# ------------------------------------------------------------------------ addresses
_SUFFIXES = (
    "Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Cl|Drive|Dr|Way|Crescent|Cres|Grove|Gr|"
    "Gardens|Gdns|Place|Pl|Terrace|Terr|Court|Ct|Walk|Row|Mews|Hill|Park|Square|Sq|View|"
    "Rise|Green|Parade|Fold|Gate|Vale|Bank|Brow|Croft|Mount|Wynd|Boulevard|Embankment|"
    "Heights|Meadows?|Gardens|Crossing|Circus|Approach|Chase|End|Grange|Villas|Yard|"
    "Wharf|Quay|Side|Top|Bottom|Lea|Leys|Dale|Garth|Avenue|Estate|House|Towers?|Flats"
)
_STREET_WORD = r"(?:[A-Z][a-z'’]+|St\.?|[A-Z]{2,})"
_ADDRESS = re.compile(
    r"(?:\b(?:Flat|Apartment|Apt|Unit|Room)\s+\d+[A-Za-z]?,?\s+)?"
    r"\b\d{1,4}[A-Za-z]?(?:\s*[-–]\s*\d{1,4})?,?\s{1,3}(?:" + _STREET_WORD + r"\s+){1,3}"
    r"(?:" + _SUFFIXES.replace("|", "|").upper() + "|" + _SUFFIXES + r")\b\.?"
)
_STREET_ONLY = re.compile(
    r"(?<![\w])(?:(?:lives?|lived|living|address|resides?|resided|staying|stayed|moved|"
    r"house|flat|home)\b[^.\n]{0,40}?\b(?:on|in|at|to|of)\s+(?:the\s+)?)"
    r"(?P<s>(?:" + _STREET_WORD + r"[ \t]+){1,3}(?:" + _SUFFIXES + r"))\b"
)
_ABBREVIATIONS = frozenset("St Rd Ave Dr Cl Ln Cres Gr Gdns Pl Terr Ct Sq".split())
_FLAT = re.compile(r"\b(?:Flat|Apartment|Apt)\s+\d+[A-Za-z]?\b")


@_finder
def _addresses(text: str) -> Iterator[Hit]:
    for m in _ADDRESS.finditer(text):
        h = _hit("address", m, 0.9, "street_address")
        if h.text.endswith(".") and h.text[:-1].split()[-1] not in _ABBREVIATIONS:
            h = Hit(h.kind, h.text[:-1], h.start, h.end - 1, h.confidence, h.rule)
        yield h
    for m in _STREET_ONLY.finditer(text):
        yield _hit("address", m, 0.6, "street_context", "s")
    for m in _FLAT.finditer(text):
        yield _hit("address", m, 0.7, "flat_number")


# ----------------------------------------------------------------- police numbers
_COLLAR = re.compile(
    r"\b(?:P\.?C|D\.?C|P\.?S|D\.?S|Sgt|PCSO|TDC|DSgt|Insp)\.?[ \t]*(?P<n>\d{2,6})\b"
    r"|\b(?:collar|shoulder|epaulette)\s*(?:no\.?|number|num)?[\s.:\-–#]*(?P<c>\d{1,6})\b"
    r"|\bwarrant\s*(?:card\s*)?(?:no\.?|number|num|#)[\s.:\-–#]*(?P<w>[A-Z]{0,3}\d{3,8})\b"
    r"|\b(?:badge|staff|payroll|employee|force)\s*(?:no\.?|number|num|id)[\s.:\-–#]*"
    r"(?P<b>[A-Z]{0,3}\d{3,8})\b",
    re.I,
)


_RANK_NAME_NUMBER = re.compile(
    r"\b(?:PC|DC|PS|DS|Sgt|PCSO|TDC|DSgt|Insp|DI|DCI)\.?[ \t]+(?:[A-Z][\w'’\-]+[ \t]+){1,3}"
    r"(?:\(|no\.?[ \t]*|number[ \t]*)?(?P<n>\d{3,6})\b"
)


@_finder
def _police_numbers(text: str) -> Iterator[Hit]:
    for m in _RANK_NAME_NUMBER.finditer(text):
        yield _hit("collar_number", m, 0.8, "rank_name_number", "n")
    for m in _COLLAR.finditer(text):
        for group, kind, rule in (
            ("n", "collar_number", "rank_number"),
            ("c", "collar_number", "collar_context"),
            ("w", "warrant_number", "warrant_context"),
            ("b", "staff_number", "staff_context"),
        ):
            if m.group(group):
                yield _hit(kind, m, 0.9, rule, group)


# ----------------------------------------------------------------------------- API
def find_identifiers(text: str) -> list[Hit]:
    """Run every recogniser over ``text``; overlapping hits of one kind are merged.

    Returned sorted by position.  Different kinds may overlap (a postcode inside an
    address); the proposal policy merges those into one redaction.
    """
    hits: list[Hit] = []
    for finder in _FINDERS:
        hits.extend(finder(text))
    hits.sort(key=lambda h: (h.kind, h.start, -h.end))
    merged: list[Hit] = []
    for h in hits:
        last = merged[-1] if merged else None
        if last and last.kind == h.kind and h.start < last.end:
            if h.end > last.end or h.confidence > last.confidence:
                end = max(last.end, h.end)
                merged[-1] = Hit(
                    h.kind,
                    text[last.start : end],
                    last.start,
                    end,
                    max(last.confidence, h.confidence),
                    last.rule,
                )
            continue
        merged.append(h)
    merged.sort(key=lambda h: (h.start, h.end, h.kind))
    return merged
