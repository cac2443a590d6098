"""Reference numbers that stand for a person: a labelled record number (custody, crime,
claim, prison, tenancy, hospital, policy, referral...), an exhibit reference (an officer's or
witness's initials and a number: "exhibit MJH/7"), a payment card's last digits and a bank
account written as "sort code / account" in a table.

Such numbers lead straight back to the person in a police or council system, so they are
proposed wherever a label or a shape says what they are.  Ciphers ("C-313", "YP3") are the
anonymised form and stay, unless the label says the number is an account or an exhibit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import street_names
from .rulebase import Hit, finder, hit

# what a label calls the number; "no", "ref", "id" may follow each
_LABEL = (
    r"(?:(?:our|your|my|their|the)\s+)?"
    r"(?:crime|occurrence|incident|custody(?:\s+record)?|arrest|log|storm|cad|niche|athena|"
    r"case|file|claim|policy|certificate|cert|customer|client|member(?:ship)?|patient|"
    r"hospital|mrn|prison(?:er)?|inmate|booking|order|device|serial|seal|bag\s+seal|"
    r"tenancy|housing|rent|referral|mash|intel(?:ligence)?|int|docket|complaint|missing|"
    r"urn|crn|cjs|court|icis|visit|pin|benefit|claimant|payroll|passport|licence|permit|"
    r"driving\s+licence|insurer|insurance|underwriter|ref(?:erence)?|ref\.|no\.|number|#)"
)
_QUALIFIER = r"(?:[ \t]*(?:ref(?:erence)?\.?|no\.?|number|num|id|#)){0,2}"
_CODE = (
    r"(?:[A-Z]{2,6}[ \t](?=[0-9]))?"  # "INT 21/K/40371", "CIF 00718834"
    r"[A-Z0-9]+(?:[/\-][A-Z0-9]+){0,5}"
)
_LABELLED = re.compile(
    rf"(?i:\b{_LABEL}{_QUALIFIER})[ \t]*[:#.]?[ \t]*(?:\n[ \t]*)?(?P<n>{_CODE})(?![\w/\-])"
)
# a number that names one worker: "interpreter no. INT-4471", "volunteer no. V-0381"
_STAFF_NUMBER = re.compile(
    r"(?i:\b(?:interpreter|volunteer|staff|employee|badge|warrant(?:\s+card)?|operator|"
    r"call\s+handler|handler|agent|worker|driver|locker|pager|bleep|op|operative|engineer|"
    r"moderator|mod|steward|guard|officer)"
    r"(?:[ \t]*(?:no\.?|number|num|id|ref)))[ \t]*[:#.]?[ \t]*(?P<n>[A-Z]{0,4}-?\d{3,8}[A-Z]?)"
    r"(?![\w/\-])"
    # "(staff 88421)", "payroll 55120", "(staff LS40718)", "Fiona (mod 2231)": the word
    # alone before the number
    r"|(?i:\b(?:staff|employee|payroll|personnel|moderator|mod|operative))[ \t]+"
    r"(?P<m>(?!(?:19|20)\d\d\b)[A-Z]{0,3}\d{4,8})\b"
)
_ACCOUNT_LABEL = re.compile(
    r"(?i:\b(?:acc(?:oun)?t|acc|a/c)(?:[ \t]*(?:no\.?|number|ref))?)[ \t]*[:#.]?[ \t]*"
    rf"(?P<n>{_CODE})(?![\w/\-])"
)
_DATE_LIKE = re.compile(r"\d{1,2}[/\-.]\d{1,2}(?:[/\-.]\d{2,4})?|(?:19|20)\d{2}|"
                        r"\d{1,2}[/\-.](?:19|20)\d{2}")
_CIPHER_LIKE = re.compile(r"[A-Z]{1,3}-?\d{1,3}|[A-Z]{1,2}-[A-Z]\d{1,2}")
_EXHIBIT = re.compile(
    r"(?i:\bexhibits?\b(?:[ \t]+(?:ref(?:erence)?|no\.?|number))?)[ \t]*[:#.]?\s*"
    r"(?P<n>[A-Z]{1,5}(?:/[A-Z]{1,6})?/\d{1,4}(?:/\d{1,4})?[A-Z]?)(?![\w/])"
)
_EXHIBIT_SHAPE = re.compile(r"(?<![\w/\-])[A-Z]{2,4}/\d{1,3}[A-Z]?(?![\w/\-])")
_EXHIBIT_WORD = re.compile(r"(?i)\bexhibit")
# "card ending 4471", "debit card ending in ****4471", "**** **** **** 4471"
_CARD = re.compile(
    r"(?i:\b(?:card|account|a/c|acc)\b[^\n.;]{0,45}?\b(?:ending|ended|ends?)"
    r"(?:[ \t]+(?:in|with))?)"
    r"[ \t:]*"
    r"(?P<n>(?:[*xX•#]{2,}[ \t\-]*)*\d{4})\b"
    r"|(?P<m>(?:[*•#]{4}[ \t\-]?){1,3}\d{4})\b"
)
# "20-45-77 / 43091286", "20-61-53 55012386", a bare sort code near a bank word
_SORT_ACCOUNT = re.compile(
    r"(?<![\d\-/.])(?P<sc>\d{2}-\d{2}-\d{2})(?![\d\-/])"
    r"(?:[ \t]*[/,|]?[ \t]*(?P<acc>\d{8})(?!\d))?"
)
_BANK_WORD = re.compile(r"(?i)\b(?:sort|s/c|bank|banking|account|a/c|acc|bacs|payee|"
                        r"payment|transfer|statement|iban|building\s+society|current|savings|"
                        r"barclays|hsbc|lloyds|natwest|santander|nationwide|monzo|starling|"
                        r"tsb|metro|revolut|co-operative)\b")


def _plausible(value: str, strong: bool) -> bool:
    """A record number, not a date, a year, a small count or a cipher."""
    if value.upper().startswith("INQ"):
        return False  # the inquiry's own document references are for citing
    core = re.sub(r"^[A-Z]{2,6}[ \t]", "", value)
    digits = sum(ch.isdigit() for ch in value)
    if _DATE_LIKE.fullmatch(core) or digits < 3:
        return False
    if not strong and _CIPHER_LIKE.fullmatch(value):
        return False
    return digits >= 4 or any(ch.isalpha() for ch in core) or "/" in core or "-" in core


@finder
def _labelled_references(text: str) -> Iterator[Hit]:
    for m in _LABELLED.finditer(text):
        if _plausible(m.group("n"), strong=False):
            yield hit("reference", m, 0.75, "labelled_reference", "n")
    for m in _STAFF_NUMBER.finditer(text):
        g = "n" if m.group("n") else "m"
        if _plausible(m.group(g), strong=True):
            yield hit("reference", m, 0.8, "staff_number", g)
    for m in _ACCOUNT_LABEL.finditer(text):
        if sum(ch.isdigit() for ch in m.group("n")) >= 3 and not _DATE_LIKE.fullmatch(
                m.group("n")):
            yield hit("account_number", m, 0.85, "account_labelled", "n")


_IBAN = re.compile(r"\b[A-Z]{2}\d{2}[ \t]?[A-Z]{4}(?:[ \t]?\d{4}){3}[ \t]?\d{2}\b")
# a taxi plate written short: "PH 411", "HC0388"
_PLATE = re.compile(r"(?<![\w/])(?:PH|PHV|PHD|HC|HCV|HCD)[ \t]?\d{3,5}(?![\w/])")
# a prison number (HMPPS: a letter, four digits, two letters): "A7729DQ"
_PRISON_NUMBER = re.compile(r"(?<![\w/\-])[A-Z]\d{4}[A-Z]{2}(?![\w/\-])")
# a code no word or date is: letters and at least six digits ("K4418207", "20WM/118443P",
# "RBC-HB-0338172"), or seven or more digits in a row that no date or phone explains
_MONTH_DATE = re.compile(  # "02-Apr-2019", "2019-Apr-02": a date, not a code
    r"(?i)(?:\d{1,2}[/\-](?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[/\-]\d{2,4}"
    r"|\d{4}[/\-](?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[/\-]\d{1,2})")
_CODE_SHAPE = re.compile(
    r"(?<![\w/\-.£$€])(?P<n>(?=[A-Za-z0-9/\-]*[A-Za-z])[A-Za-z0-9]+(?:[/\-][A-Za-z0-9]+){0,5}"
    r"|\d{7,20}[A-Z]?)(?![\w/\-]|[.,]\d)"
)


# a record's letters and a serial of four or more digits (a cipher has three at most)
_LETTER_SERIAL = re.compile(r"(?<![\w/\-.])(?P<n>[A-Z]{1,4}-(?P<d>\d{4,7}))(?![\w/\-]|[.,]\d)")


def _code_like(value: str) -> bool:
    digits = sum(ch.isdigit() for ch in value)
    if value.upper().startswith("INQ"):
        return False  # the inquiry's own document references are for citing
    if value.isdigit() and len(value) == 8 and re.fullmatch(
            r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|"
            r"(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d", value):
        return False  # 20210512: a date
    return digits >= 6 if not value[:-1].isdigit() else digits >= 7


@finder
def _shaped_references(text: str) -> Iterator[Hit]:
    for m in _IBAN.finditer(text):
        yield hit("account_number", m, 0.9, "iban")
    for m in _PLATE.finditer(text):
        yield hit("licence_number", m, 0.7, "plate_short")
    for m in _PRISON_NUMBER.finditer(text):
        yield hit("reference", m, 0.8, "prison_number")
    for m in _LETTER_SERIAL.finditer(text):  # "M-2231" a missing episode, "C-55812" a key card
        if not m.group("n").upper().startswith("INQ") and not re.fullmatch(
                r"(?:19|20)\d\d", m.group("d")):
            yield hit("reference", m, 0.6, "letter_serial", "n")
    for m in _CODE_SHAPE.finditer(text):
        if _code_like(m.group("n")) and not _MONTH_DATE.fullmatch(m.group("n")):
            yield hit("reference", m, 0.6, "code_shape", "n")


@finder
def _exhibits(text: str) -> Iterator[Hit]:
    for m in _EXHIBIT.finditer(text):
        yield hit("reference", m, 0.85, "exhibit_reference", "n")
    exhibits = bool(_EXHIBIT_WORD.search(text))  # "exhibits SR/4 and SR/5"
    for m in _EXHIBIT_SHAPE.finditer(text):  # a bare "MJH/7": someone's initials and a number
        if exhibits or street_names.could_be_initials(m.group().split("/")[0]):
            yield hit("reference", m, 0.65, "exhibit_shape")


@finder
def _cards_and_accounts(text: str) -> Iterator[Hit]:
    for m in _CARD.finditer(text):
        yield hit("account_number", m, 0.85, "card_digits", "n" if m.group("n") else "m")
    for m in _SORT_ACCOUNT.finditer(text):
        a, b, c = (int(x) for x in m.group("sc").split("-"))
        not_a_date = a > 31 or b > 12 or a == 0 or b == 0
        near = _BANK_WORD.search(text, max(0, m.start() - 200), min(len(text), m.end() + 80))
        if m.group("acc") or not_a_date and near or near and re.search(
                r"(?i)\b(?:sort|s/c)\b", text[max(0, m.start() - 300):m.start()]):
            yield hit("account_number" if m.group("acc") else "sort_code", m, 0.85,
                      "sort_code_account")
