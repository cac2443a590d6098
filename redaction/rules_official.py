"""Numbers that officials and licensed drivers carry: police collar (shoulder), warrant and
staff numbers, written after a rank or a name too ("PC 1234", "DC Smith 5678", "PS 221
Jones"); private-hire and hackney driver licence and badge numbers in council formats
("PH/2015/0042", "XMBC/HC/1234", "Badge No. 40213")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .rulebase import Hit, finder, hit

_RANKS = (
    r"(?:P\.?C|D\.?C|P\.?S|D\.?S|Sgt|PCSO|TDC|T/DC|T/DS|DSgt|Insp|DI|DCI|A/DS|A/PS|DO|DDO|"
    r"Police\s+Constable|Detective\s+Constable|Detective\s+Sergeant|Police\s+Sergeant|"
    r"Sergeant|Constable|Inspector|Detective\s+Inspector|(?:Detective\s+|Det\.?\s+)?"
    r"(?:Chief\s+)?(?:Superintendent|Supt|Inspector)|Ch\.?\s*Insp|C/Insp|C/Supt|DSupt|DCS)"
)
_COLLAR = re.compile(
    r"\b(?:P\.?C|D\.?C|P\.?S|D\.?S|Sgt|PCSO|TDC|DSgt|Insp|Police\s+Constable|Detective\s+"
    r"Constable|Police\s+Sergeant|Detective\s+Sergeant|Sergeant|Constable)\.?"
    r"(?:[ \t]*|[ \t]*\n[ \t]*)(?P<n>\d{2,6})\b(?![/.\-]\d)"
    r"(?![ \t]+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"  # "... Chief
    # Constable\n14 February 2022": a date under a rank, not a collar number
    r"|\b(?:collar|shoulder|epaulette)\s*(?:no\.?|number|num)?[\s.:\-–#]*(?P<c>\d{1,6})\b"
    r"|\bwarrant\s*(?:card\s*)?(?:no\.?|number|num|#)[\s.:\-–#]*(?P<w>[A-Z]{0,3}\d{3,8})\b"
    r"|\b(?:staff|payroll|employee|force)\s*(?:no\.?|number|num|id)[\s.:\-–#]*"
    r"(?P<b>[A-Z]{0,3}\d{3,8})\b",
    re.I,
)
# "DC Smith 5678", "PC J. Smith (1234)", "DS SMITH, 2281", "Police Constable Hart 4410"
_RANK_NAME_NUMBER = re.compile(
    rf"\b{_RANKS}\.?\s+(?:[A-Z]\.?\s+)?(?:[A-Z][\w'’\-]+\s+){{0,2}}[A-Z][\w'’\-]+"
    r"(?:[ \t]+[A-Z]\.?)?\s*[,(]?[ \t]*(?:no\.?[ \t]*|number[ \t]*|#[ \t]*)?(?P<n>\d{3,6})\b"
)
# incident logs: "19:46 6630 CALL FROM ..." (time, then the operator's number);
# "Printed ... by 4471"; "SOWERBY, Mark 1196" in an e-mail header
_LOG_OPERATOR = re.compile(r"(?m)^[ \t]*(?:[01]\d|2[0-3]):[0-5]\d[ \t]+[|]?[ \t]*"
                           r"(?P<n>(?!(?:19|20)\d\d\b)\d{3,6})\b(?=[ \t.|]+[A-Z]|[ \t]*\.?$)")
_BY_NUMBER = re.compile(r"(?i)\b(?:printed|entered|created|updated|closed|actioned)\b[^.\n]{0,40}?"
                        r"\bby[ \t]+(?P<n>\d{3,6})\b")
# a control room operator or call handler by number: "operator 6712", "call handler 3310"
_OPERATOR = re.compile(r"(?i)\b(?:operator|controller|dispatcher|call[ \t]+(?:taker|handler)|"
                       r"radio[ \t]+operator)[ \t]*(?:no\.?|number|#)?[ \t:]*"
                       r"(?P<n>(?!(?:19|20)\d\d\b)\d{3,6})\b")
_NAME_NUMBER = re.compile(r"\b[A-Z]{2,}(?:[-'’][A-Z]+)*,[ \t]*(?!(?:January|February|March|April|"
                          r"May|June|July|August|September|October|November|December)\b)"
                          r"[A-Z][a-z]+[ \t]+(?P<n>\d{3,6})\b")  # not "SD, November 2022"


@finder
def _police_numbers(text: str) -> Iterator[Hit]:
    for m in _RANK_NAME_NUMBER.finditer(text):
        yield hit("collar_number", m, 0.8, "rank_name_number", "n")
    for rx, rule in ((_LOG_OPERATOR, "log_operator"), (_BY_NUMBER, "printed_by"),
                     (_NAME_NUMBER, "name_number"), (_OPERATOR, "operator_number")):
        for m in rx.finditer(text):
            yield hit("collar_number", m, 0.7, rule, "n")
    for m in _COLLAR.finditer(text):
        for group, kind, rule in (
            ("n", "collar_number", "rank_number"),
            ("c", "collar_number", "collar_context"),
            ("w", "warrant_number", "warrant_context"),
            ("b", "staff_number", "staff_context"),
        ):
            if m.group(group):
                yield hit(kind, m, 0.9, rule, group)


# ------------------------------------------------------------- driver licences
# letters / (letters /) year-or-serial / serial: "PH/2015/0042", "XMBC/HC/1234", "HC/0931"
_LICENCE_SHAPE = re.compile(
    r"(?<![\w/])[A-Z]{1,6}(?:[/\-][A-Z]{1,5}){0,2}(?:[/\-]\d{2,6}){1,3}[A-Z]?(?![\w/])"
    r"|(?<![\w/])[A-Z]{2,4}[ \t]\d{3,6}[ \t](?:PHD|PHV|HCD|HC|PH|DL)\b"
    # a council's letters, a space, the year issued and a serial: "PHD 2017/0093", also
    # wrapped in a narrow table cell after the letters ("(PHD" / "2017/0093)")
    r"|(?<![\w/])[A-Z]{2,5}(?:[ \t]|[ \t]*\n[ \t]*)(?P<y>(?:19|20)\d{2})/(?P<s>\d{3,5})(?![\w/])"
)
_CIPHER_SHAPE = re.compile(r"[A-Z]{1,3}-\d{1,2}")
_DIGIT_WORDS = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|" \
               r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
# said aloud in an interview: "his badge was like one one eight seven", "three-one-eight"
_SPOKEN_NUMBER = re.compile(
    r"(?i)\b(?:badge|licence|license|plate|number|collar)\b[^.]{0,50}?"
    rf"(?P<n>{_DIGIT_WORDS}(?:[\s,\-]+{_DIGIT_WORDS}){{2,}})\b"
)
_LICENCE_CTX = re.compile(
    r"(?i)\b(?:licen[cs]e[ds]?|badge|plate|permit|private\s+hire|hackney|phv|phd|hcd|"
    r"taxi|driver'?s?|operator|vehicle\s+licen[cs]e)\b"
)
_LICENCE_AFTER = re.compile(
    r"(?i:\b(?:licen[cs]e|badge|plate|permit)\s*(?:no\.?|number|num|ref(?:erence)?|#)?"
    r"(?:\s+(?:is|was|of|said|read|reads|says))?)"
    r"[\s.:\-–#]*(?P<n>(?:[A-Z]{1,5}[ \t/\-]?)?\d{3,7}[A-Z]?(?:/\d{2,4})?)\b"
)


def _year_span(year: str, serial: str) -> bool:
    """Whether "2017/2018" (or "/18") is a span of years rather than a year and a serial."""
    return int(serial) == int(year) + 1 or serial == str(int(year) + 1)[-len(serial):]


# "the badge hanging on the mirror said 40213"
_BADGE_NEAR = re.compile(r"(?i)\b(?:badge|licence|license|plate)\b[^.\n]{0,40}?"
                         r"(?<![\w/])(?P<n>(?!(?:19|20)\d\d\b)\d{4,6}|\d(?:[-–. ]\d){3,6})"
                         r"(?![\w/])")


@finder
def _driver_licences(text: str) -> Iterator[Hit]:
    for m in _SPOKEN_NUMBER.finditer(text):
        yield hit("licence_number", m, 0.6, "spoken_number", "n")
    for m in _BADGE_NEAR.finditer(text):
        yield hit("licence_number", m, 0.7, "licence_near", "n")
    for m in _LICENCE_SHAPE.finditer(text):
        if _CIPHER_SHAPE.fullmatch(m.group()):
            continue  # "YP-12", "LP-11": an anonymised label, not a badge
        if m.group("y") and _year_span(m.group("y"), m.group("s")):
            continue  # "FY 2017/2018", "SY 2021/22": a span of years, not a serial
        near = _LICENCE_CTX.search(text, max(0, m.start() - 80), min(len(text), m.end() + 30))
        year = re.search(r"[\s/\-](?:19|20)\d{2}[/\-]", m.group())
        kind = re.search(r"\b(?:PHD|PHV|HCD|HC|PH|DL)$", m.group())
        if near or year or kind or m.group().count("/") + m.group().count("-") >= 2:
            yield hit("licence_number", m, 0.9 if near else 0.7, "licence_shape")
    for m in _LICENCE_AFTER.finditer(text):
        yield hit("licence_number", m, 0.85, "licence_context", "n")


# ---------------------------------------------------------- references to a person
# a record number that stands for the person: a social care client ID, a PNC or CRO
# number, a Home Office or unique pupil reference
_PERSON_REF = re.compile(
    r"(?i:\b(?:(?:client|person|child|case|service\s+user|mosaic|lcs|carefirst|liquid\s*logic|"
    r"ehm|pnc|cro|ho|home\s+office|uan|upn|uln|nass|port|nrpsi|registration|gmc|nmc|hcpc|"
    r"gdc|gphc|goc|gosc|gcc|swe|sssc|nisc|"  # a professional register: dentist, pharmacist...
    r"imei|msisdn|imsi)\s*(?:id|no\.?|number|ref(?:erence)?|#)?|(?<![\w-])ID))"
    r"\s{0,3}[:#.]?[ \t]*(?P<n>(?:[A-Z]{1,4}-){0,3}[A-Z]{0,3}\d[\dA-Z/\-]{3,16})\b"
)
_PNC = re.compile(r"(?<![\w/])(?:19|20)?\d{2}/\d{5,7}[A-HJ-NP-Z](?![\w/])")


@finder
def _person_references(text: str) -> Iterator[Hit]:
    for m in _PERSON_REF.finditer(text):
        if re.search(r"\d{3}", m.group("n")) and not re.fullmatch(
                r"(?:19|20)\d{2}|\d{1,2}[/\-.]\d{1,2}[/\-.]\d{2,4}", m.group("n")):
            yield hit("reference", m, 0.75, "person_reference", "n")
    for m in _PNC.finditer(text):
        yield hit("reference", m, 0.8, "pnc_number")
