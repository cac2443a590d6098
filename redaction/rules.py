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
from collections.abc import Iterator

import phonenumbers

from . import lexicon
from . import rules_official as _official  # noqa: F401 - importing registers its finders
from . import rules_references as _references  # noqa: F401
from . import rules_vehicles as _vehicles  # noqa: F401
from .rulebase import FINDERS, Hit, finder, hit

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
# a payment app's cash tag names its holder: "$RafaBNLY", "$kelz_m08" (not "$USD" or "$40")
_CASHTAG = re.compile(r"(?<![\w$£€])\$(?P<t>[A-Za-z][A-Za-z0-9_\-]{2,19})(?![\w\-])")
_NOT_HANDLE = frozenset(
    "the a an and or on to in of for from with was is be her his their she he they it this "
    "that which who account accounts messages message app name username profile also then "
    "but not".split()
)


# an IP address in a platform's disclosure names someone's connection
_IPV4 = re.compile(r"(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)"
                   r"(?![\w.]|\.\d)")
_IPV6 = re.compile(r"(?<![\w:])(?=[0-9a-fA-F:]*::|(?:[0-9a-fA-F]{1,4}:){7})"
                   r"(?:[0-9a-fA-F]{1,4}:{1,2}){2,7}[0-9a-fA-F]{0,4}(?![\w:])")


@finder
def _emails(text: str) -> Iterator[Hit]:
    for m in _EMAIL.finditer(text):
        yield hit("email", m, 0.99, "email")
    for m in _IPV4.finditer(text):
        if not re.match(r"(?:0|127|10)\.", m.group()) and m.group().count(".") == 3:
            yield hit("ip_address", m, 0.85, "ip_address")
    for m in _IPV6.finditer(text):
        if sum(c.isdigit() for c in m.group()) >= 2:
            yield hit("ip_address", m, 0.85, "ip_address")
    for m in _PROFILE_URL.finditer(text):
        yield hit("social_handle", m, 0.95, "profile_url")


# a handle written without "@": lower-case words joined by dots or underscores, with a digit
# or an underscore ("kayz.b.98", "mina_xo_01", "firstname.r.123")
_BARE_HANDLE = re.compile(
    r"(?<![\w@./:\-])[A-Za-z][A-Za-z0-9]*(?:[._]+[A-Za-z0-9]+){1,4}(?![\w@/]|\.[A-Za-z0-9])"
)
_NOT_HANDLE_END = frozenset(
    "pdf doc docx xls xlsx csv txt jpg jpeg png gif mp4 mov zip com org net uk gov police "
    "nhs html htm eml msg co ac sch".split()
)
_ABBREVIATION = frozenset(
    "para paras sec reg regs fig app tab art ref vol pp no nos ch sch cl rule rules".split()
)


def _bare_handle(token: str) -> bool:
    parts = re.split(r"[._]+", token)
    letters = sum(c.isalpha() for c in token)
    if letters < (3 if "_" in token else 4) or parts[-1].lower() in _NOT_HANDLE_END:
        return False  # "dpc_1990" is a handle; "s.12" is not
    if parts[0].lower() in _ABBREVIATION:
        return False
    if token.islower() and len(parts) >= 3 and parts[-1].isdigit() and sum(
            len(p) >= 3 and p.isalpha() for p in parts) >= 1:
        return True  # "t.money.2023", "mo.kazmi.786": words and a number, however short
    if token.islower() and len(parts) == 2 and len(parts[1]) == 1 and parts[0].isalpha() \
            and len(parts[0]) >= 4 and not lexicon.is_dictionary_word(parts[0]):
        return True  # "leahhh.r": a name and an initial
    if len(parts[0]) < 3 and "_" not in token:
        return False
    if "_" in token:
        return True
    if token.islower() and len(parts) >= 3 and sum(c.isalpha() for c in token) >= 8:
        return True  # "j.noori.official", "megs.sutcliffe.x"
    if token.islower() and len(parts) == 2 and all(p.isalpha() and len(p) >= 3 for p in parts):
        # "deano.whitty": two words, one of them a name and no ordinary word
        return any(not lexicon.is_dictionary_word(p) and (
            p in lexicon.given_names() or p in lexicon.surnames() or p in lexicon.nicknames())
            for p in parts)
    return token.islower() and any(c.isdigit() for c in token)


@finder
def _handles(text: str) -> Iterator[Hit]:
    for m in _BARE_HANDLE.finditer(text):
        if _bare_handle(m.group()):
            yield hit("social_handle", m, 0.75, "bare_handle")
    for m in _HANDLE.finditer(text):
        if m.end() < len(text) and text[m.end()] == "@":
            continue
        yield hit("social_handle", m, 0.9, "at_handle")
    for m in _CASHTAG.finditer(text):
        if not (m.group("t").isupper() and len(m.group("t")) <= 4):
            yield hit("social_handle", m, 0.85, "cash_tag")
    for m in _HANDLE_CTX.finditer(text):
        h = m.group("h")
        if h.lower().strip("@") in _NOT_HANDLE:
            continue
        # "instagram is Kayleigh_99" - a plain capitalised word after "is" is weak evidence
        conf = 0.9 if re.search(r"[\d_.@]", h) or ":" in m.group(0) else 0.6
        yield hit("social_handle", m, conf, "handle_context", "h")


# ---------------------------------------------------------------------------- phones
_PHONE_FALLBACK = re.compile(
    r"(?<![\w/])(?:\+\s?44\s?(?:\(0\)\s?)?|0044\s?|\(?0)\d{2,4}\)?(?:[ \-.]?\s?\d){6,8}(?![\w/])"
)


_PHONE_ENDING = re.compile(r"(?i)\b(?:number|phone|mobile|mob|tel)\s+(?:ending|ends)"
                           r"(?:\s+(?:in|with))?[\s:]*(?P<n>\d{3,7})\b")


@finder
def _phones(text: str) -> Iterator[Hit]:
    for m in _PHONE_ENDING.finditer(text):
        yield hit("phone", m, 0.8, "phone_ending", "n")
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
            yield hit("phone", m, 0.6, "phone_pattern")


# ------------------------------------------------------------------------- postcodes
_POSTCODE = re.compile(
    r"\b(?:GIR ?0AA|(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|"
    r"[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])"
    r"(?:[ \t]?|[ \t]*\n[ \t]*)[0-9][ABD-HJLNP-UW-Z]{2})\b"  # "OL8\n1QZ" wraps at a line end
)


@finder
def _postcodes(text: str) -> Iterator[Hit]:
    for m in _POSTCODE.finditer(text):
        yield hit("postcode", m, 0.95, "postcode")
    # OCR and typing sometimes lower-case a postcode; accept it only in an address line
    for m in re.finditer(r"(?i)(?<=,[ \t])" + _POSTCODE.pattern[2:], text):
        if m.group() != m.group().upper():
            yield hit("postcode", m, 0.6, "postcode_lower")


# ------------------------------------------------------------- NI and NHS numbers
_NI = re.compile(
    r"\b([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])[ \t]{0,2}(\d{2})[ \t]{0,2}(\d{2})\s{0,2}"
    r"(\d{2})(?:\s{0,2}([A-D]))?\b"
)
_NI_BAD_PREFIX = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})
_NI_CTX = re.compile(
    r"(?i)\b(?:N\.?I\.?\s*(?:no|number|num)?|NINO|national\s+insurance)\b"
)


@finder
def _ni_numbers(text: str) -> Iterator[Hit]:
    for m in _NI.finditer(text):
        if m.group(1) in _NI_BAD_PREFIX:
            continue
        ctx = bool(_NI_CTX.search(text, max(0, m.start() - 40), m.start()))
        if m.group(5) or ctx:
            yield hit("ni_number", m, 0.95 if m.group(5) else 0.8, "ni_number")


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


@finder
def _nhs_numbers(text: str) -> Iterator[Hit]:
    for m in _NHS.finditer(text):
        digits = "".join(m.groups())
        if digits.startswith("0") and not _NHS_CTX.search(text, max(0, m.start() - 40), m.start()):
            continue  # a phone number; the phone finder has it
        if nhs_checksum_ok(digits):
            yield hit("nhs_number", m, 0.95, "nhs_number")
        elif _NHS_CTX.search(text, max(0, m.start() - 40), m.start()):
            yield hit("nhs_number", m, 0.6, "nhs_number_context")


@finder
def _card_numbers(text: str) -> Iterator[Hit]:
    for m in re.finditer(r"(?<!\d)(?:\d{4}[ \t-]?){3}\d{4}(?!\d)", text):
        digits = re.sub(r"\D", "", m.group())
        total = 0
        for i, d in enumerate(reversed(digits)):
            n = int(d) * (2 if i % 2 else 1)
            total += n - 9 if n > 9 else n
        if total % 10 == 0:
            yield hit("card_number", m, 0.9, "card_luhn")
        else:  # sixteen digits in fours: an SIA licence, a membership or an account
            yield hit("reference", m, 0.7, "sixteen_digits")


# ------------------------------------------------------------------ dates of birth
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DATE = (
    r"(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})"
    r"|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}[/.\-]" + _MONTHS + r"[/.\-](?:\d{4}|\d{2})"  # "19-MAR-2008", "02-Apr-19"
    r"|\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+" + _MONTHS + r",?\s+(?:\d{4}|'?\d{2})"
    r"|" + _MONTHS + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"
)
DATE_RE = re.compile(r"(?i)\b" + _DATE + r"\b")
_ORDINAL_WORDS = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
    r"twentieth|thirtieth|twenty[\s\-](?:first|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth)|thirty[\s\-]first)")
# what only a birth date's label makes a date: "11081992", "12 / 03 / 2006", "the eleventh
# of August 2009"
_DOB_ONLY_DATE = (
    r"(?:(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d(?!\d)"
    r"|\d{1,2}[ \t]*[/.\-][ \t]*\d{1,2}[ \t]*[/.\-][ \t]*(?:19|20)\d\d"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d(?![\d/.])"  # "DOB 15/1/8": a year's last digit
    r"|(?:0?[1-9]|[12]\d|3[01])[ \t](?:0?[1-9]|1[0-2])[ \t](?:19|20)\d\d(?!\d)"  # "14 05 2006"
    # the month in Roman numerals: "12.xii.96", "3-IV-2007"
    r"|\d{1,2}[ \t]?[/.\-][ \t]?(?:i{1,3}|iv|vi{0,3}|ix|xi{0,2})[ \t]?[/.\-][ \t]?"
    r"(?:19|20)?\d\d(?!\d)"
    r"|(?:the\s+)?" + _ORDINAL_WORDS + r"(?:\s+of)?\s+" + _MONTHS + r",?\s+(?:19|20)\d\d)")
_DOB_CTX = re.compile(
    r"(?i)\b(?:D\.?\s?[O0]\.?\s?B\b\.?|date[\s_]+of[\s_]+birth\b|born(?:\s+on)?\b|"
    r"birth[\s_]*date\b|[a-z]+_birth_?date\b)"  # "declared_birthdate"
    r"(?:,[^,\n\d]{1,40},|[ \t]*\([^()\n]{1,30}\)|[ \t]+(?:on|per|from)[ \t]+[\w/]{1,12})?"
    # "date of birth, for the court's checks, is ...", "D.O.B. (per school roll): ...", "DOB on
    # ID 07/01/90"
    # an app's export quotes its field and value: '"date_of_birth": "2004-11-19"'
    # and a printed form runs dots up to the value: "DATE OF BIRTH ...... 1988-03-02"
    r"[\s:\-–=(,\"'.]*(?:(?:is|was|of|on|as)\s+)?(?:(?:given|recorded|stated|shown|listed|noted)"
    r"\s+as\s+)?"
    r"(?P<d>" + _DATE + r"|" + _DOB_ONLY_DATE + r")"
)
_BORN_MONTH = re.compile(r"(?i)\bborn\s+(?:in\s+)?(?P<d>(?:" + _MONTHS + r"\s+)?(?:19|20)\d\d)\b"
                         r"|\(\s*b\.\s*(?P<y>(?:19|20)\d\d)\s*\)|,\s*b\.\s*(?P<z>(?:19|20)\d\d)\b")
_DATE_THEN_AGE = re.compile(r"(?<![\d/])(?P<d>\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)\d\d)[ \t]*"
                            r"\([ \t]*(?:aged[ \t]*)?\d{1,2}[ \t]*(?:yrs?|years)?[ \t]*\)")
_BIRTHDAY = re.compile(
    r"(?i)\bbirthday(?:['’]s|\s+is|\s+was)?\s+(?:on\s+)?(?:the\s+)?(?P<d>\d{1,2}(?:st|nd|rd|th)?"
    r"(?:\s+of)?\s+" + _MONTHS + r"(?:,?\s+\d{4})?|" + _MONTHS + r"\s+\d{1,2}(?:st|nd|rd|th)?)\b"
)

# a profile's field: "Birthday 2003-08-25", "birthday: 25/08/2003" (a whole date on the line)
_BIRTHDAY_FIELD = re.compile(
    r"(?i)\bbirthday[\"']?[ \t]*[:=]?[ \t]*[\"']?"
    r"(?P<d>(?:19|20)\d\d-\d{2}-\d{2}|\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)\d\d)\b"
)


@finder
def _dates_of_birth(text: str) -> Iterator[Hit]:
    """Only a date introduced as a birth date: an event date is not personal data, and
    a column of dates under a "DOB" heading is found from the page's layout
    (``redaction.fields``), not from the text alone."""
    for m in _DOB_CTX.finditer(text):
        yield hit("date_of_birth", m, 0.95, "dob_context", "d")
    for m in _BORN_MONTH.finditer(text):  # "born in March 2001", "born in 1993", "(b. 1990)"
        g = "d" if m.group("d") else "y" if m.group("y") else "z"
        yield hit("date_of_birth", m, 0.8, "born_month", g)
    for m in _BIRTHDAY.finditer(text):
        yield hit("date_of_birth", m, 0.8, "birthday", "d")
    for m in _BIRTHDAY_FIELD.finditer(text):
        yield hit("date_of_birth", m, 0.85, "birthday_field", "d")
    for m in _DATE_THEN_AGE.finditer(text):  # "10/10/2006 (15)": a birth date and the age
        yield hit("date_of_birth", m, 0.8, "date_then_age", "d")


_SORT_CODE = re.compile(
    r"(?i)\b(?:sort\s*code|s/c)\b[\s.:\-–]*(?P<n>\d{2}[ \t\-]?\d{2}[ \t\-]?\d{2})\b"
)
_ACCOUNT = re.compile(
    r"(?i)\b(?:acc(?:oun)?t\.?\s*(?:no\.?|number|num)?|a/c(?:\s*no\.?)?)[\s.:\-–]*"
    r"(?P<n>\d{6,10})\b"
)


@finder
def _bank(text: str) -> Iterator[Hit]:
    for m in _SORT_CODE.finditer(text):
        yield hit("sort_code", m, 0.95, "sort_code", "n")
    for m in _ACCOUNT.finditer(text):
        yield hit("account_number", m, 0.9, "account_number", "n")


# ------------------------------------------------------------------------ addresses
_SUFFIXES = (
    "Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Cl|Drive|Dr|Way|Crescent|Cres|Grove|Gr|"
    "Gardens|Gdns|Place|Pl|Terrace|Terr|Court|Ct|Walk|Row|Mews|Hill|Park|Square|Sq|View|"
    "Rise|Green|Parade|Fold|Gate|Vale|Bank|Brow|Croft|Mount|Wynd|Boulevard|Embankment|"
    "Heights|Meadows?|Gardens|Crossing|Circus|Approach|Chase|End|Grange|Villas|Yard|"
    "Wharf|Quay|Side|Top|Bottom|Lea|Leys|Dale|Garth|Avenue|Estate|House|Towers?|Flats"
)
STREET_SUFFIXES = _SUFFIXES  # for the finders that trim a town off an address
_STREET_WORD = r"(?:[A-Z][a-z'’]+|St\.?|[A-Z]{2,})"
_ADDRESS = re.compile(
    r"(?:\b(?i:Flat|Apartment|Apt|Unit|Room)\s+\d+[A-Za-z]?,?\s+)?"
    r"(?<![\d.:/])\b(?!(?:19|20)\d\d\b)\d{1,4}[A-Za-z]?(?:\s*[-–]\s*\d{1,4})?,?"
    r"(?:[ \t]{1,3}|[ \t]*\n[ \t]*)"
    r"(?:" + _STREET_WORD + r"\s+){1,3}"
    r"(?:" + _SUFFIXES.replace("|", "|").upper() + "|" + _SUFFIXES + r")\b\.?"
)
_STREET_ONLY = re.compile(
    r"(?<![\w])(?:(?:lives?|lived|living|address|resides?|resided|staying|stayed|moved|"
    r"house|flat|home)\b[^.\n]{0,40}?\b(?:on|in|at|to|of)\s+(?:the\s+)?)"
    r"(?P<s>(?:" + _STREET_WORD + r"[ \t]+){1,3}(?:" + _SUFFIXES + r"))\b"
)
_FARM = re.compile(r"(?<![\w])(?:[A-Z][a-z'’]+[ \t]+(?:of[ \t]+)?){1,3}Farm(?:[ \t]+Cottages?)?\b"
                   r"(?![ \t]+(?:Shop|Park|Road|Lane|Street|Estate|Trail|Centre|Cafe))")
_ABBREVIATIONS = frozenset("St Rd Ave Dr Cl Ln Cres Gr Gdns Pl Terr Ct Sq".split())
_FLAT = re.compile(r"\b(?:Flat|Apartment|Apt)\s+\d+[A-Za-z]?\b")


_NOT_A_STREET = re.compile(r"(?i)\b(?:crown|magistrates['’]?|county|family|youth|combined|"
                           r"high|supreme|appeal|coroner['’]?s)\s+court\b")


_AGED_OF = re.compile(r"(?:\baged\s+|,\s*)\d{1,2},?\s+of\s+(?P<s>(?:[A-Z][\w'’\-]+\s+){0,3}"
                     r"[A-Z][\w'’\-]+)(?=,\s*\n?\s*[A-Z])")
_COMPOUND_STREET = re.compile(
    r"(?<![\d.:/])\b(?:(?:Flat|Apartment|Apt|Unit|Room)\s+\d+[A-Za-z]?,?\s+)?\d{1,4}[A-Za-z]?"
    r"[ \t]+(?:[A-Z][a-z]+[ \t]+)?[A-Z][a-z]+(?:gate|way|side|fields?|moor|croft|holme|dale|"
    r"brow|gardens|green)\b"
)


@finder
def _addresses(text: str) -> Iterator[Hit]:
    for m in _AGED_OF.finditer(text):
        yield hit("address", m, 0.75, "aged_of_street", "s")
    for m in _COMPOUND_STREET.finditer(text):
        if not re.match(r"(?:19|20)\d\d\b", m.group()):
            yield hit("address", m, 0.8, "compound_street")
    for m in _ADDRESS.finditer(text):
        if _NOT_A_STREET.search(m.group()):
            continue
        number = re.search(r"\d+", m.group())
        if number.group().startswith("0") or "\n" in m.group() and re.search(
                r"[/|:]\s*$", text[max(0, m.start() - 3):m.start()]):
            continue  # "cell 41352 / 0\nServes Hopwood Lane": no house is number 0
        h = hit("address", m, 0.9, "street_address")
        if h.text.endswith(".") and h.text[:-1].split()[-1] not in _ABBREVIATIONS:
            h = Hit(h.kind, h.text[:-1], h.start, h.end - 1, h.confidence, h.rule)
        yield h
    for m in _STREET_ONLY.finditer(text):
        yield hit("address", m, 0.6, "street_context", "s")
    for m in _FLAT.finditer(text):
        yield hit("address", m, 0.7, "flat_number")
    for m in _FARM.finditer(text):  # "Pear Tree Farm, Standish": a rural home's address
        yield hit("address", m, 0.6, "farm_address")


# ----------------------------------------------------------------------------- API
def find_identifiers(text: str) -> list[Hit]:
    """Run every recogniser over ``text``; overlapping hits of one kind are merged.

    Returned sorted by position.  Different kinds may overlap (a postcode inside an
    address); the proposal policy merges those into one redaction.
    """
    hits: list[Hit] = []
    for find in FINDERS:
        hits.extend(find(text))
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
