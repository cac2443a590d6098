"""Vehicle registration marks: current, prefix and suffix formats, dateless marks after a
vehicle word, partial marks near a vehicle word ("YX61", "ending in KLM") and marks split
across words ("Y X 6 1 K L M", "YX61 - KLM")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .rulebase import Hit, finder, hit

_CURRENT = r"[A-HJ-PR-Y][A-HJ-PR-Y]\d{2}[A-HJ-PR-Z]{3}"
_PREFIX = r"[A-HJ-NP-Y]\d{1,3}[A-HJ-PR-Y]{3}"
_SUFFIX = r"[A-HJ-PR-Y]{3}\d{1,3}[A-HJ-NP-Y]"
_WHOLE = re.compile(rf"(?:{_CURRENT}|{_PREFIX}|{_SUFFIX})")
_VRM_CURRENT = re.compile(r"\b[A-HJ-PR-Y][A-HJ-PR-Y]\d{2}(?:[ \t]?|[ \t]*\n[ \t]*)"
                          r"[A-HJ-PR-Z]{3}\b")
_VRM_LOWER = re.compile(r"(?<![\w@./\-])[a-hj-pr-y]{2}\d{2}[ \t]?[a-hj-pr-z]{3}(?![\w@/\-])")
_VRM_PREFIX = re.compile(r"\b[A-HJ-NP-Y]\d{1,3}[ \t]?[A-HJ-PR-Y]{3}\b")
_VRM_SUFFIX = re.compile(r"\b[A-HJ-PR-Y]{3}[ \t]?\d{1,3}[A-HJ-NP-Y]\b")
_VRM_DATELESS = re.compile(r"\b(?:[A-HJ-PR-Y]{1,3}[ \t]?\d{1,4}|\d{1,4}[ \t]?[A-HJ-PR-Y]{1,3})\b")
_VRM_CTX = re.compile(
    r"(?i)\b(?:reg(?:istration)?(?:\s+(?:no|number|mark|plate))?|VRM|VRN|index|"
    r"plates?|number\s*plate|vehicle|car|van|taxi|cab)\b[\s.:\-–]*"
)
# a nearby word that makes a short letters-and-digits group a (partial) registration
_VEHICLE_NEAR = re.compile(
    r"(?i)\b(?:regs?|registrations?|VRMs?|VRNs?|index|plates?|vehicles?|cars?|vans?|taxis?|"
    r"cabs?|hatchback|"
    r"saloon|estate|motor|driving|drove|driven|vauxhall|ford|toyota|nissan|volkswagen|vw|"
    r"bmw|audi|mercedes|skoda|seat|peugeot|renault|citroen|honda|kia|hyundai|fiat|mazda|"
    r"mini|volvo|lexus|land\s?rover|range\s?rover|partial|ending|starting|beginning|"
    r"astra|corsa|insignia|zafira|golf|polo|passat|fiesta|focus|mondeo|transit|clio|micra|"
    r"juke|qashqai|octavia|fabia|leon|ibiza|prius|yaris|auris|corolla|civic|jazz|sportage|"
    r"picanto|tucson|i10|i20|i30|a3|a4|x5|moped|motorbike|scooter|mpv|suv|4x4)\b"
)
# "red VW Golf KX6": a partial mark of two letters and a digit, right after the vehicle
_SHORT_AFTER_VEHICLE = re.compile(r"(?<![\w/])[A-HJ-PR-Y]{2}\d(?![\w/])")
# "YX61" (current-format memory tag and age identifier), "Y123", "ABC 1"
_PARTIAL = re.compile(
    r"(?<![\w/])(?:[A-HJ-PR-Y][A-HJ-PR-Y]\d{2}|[A-HJ-PR-Y][A-HJ-PR-Y][ \t]\d{2})(?![\w/])"
)
_ENDING = re.compile(
    r"(?i:\b(?:ending|ends|ended|finishing|beginning|starting|starts|started)"
    r"(?:\s+(?:in|with))?|\b(?:last|first)\s+(?:three|two|four|3|2|4)?\s*"
    r"(?:letters|characters|digits|part|bit)(?:\s+(?:were|was|are|is))?"
    r"|\b(?:the\s+)?(?:end|start)\s+(?:of\s+it\s+)?(?:was|is|were))"
    r"[\s:\-–'\"‘“]*(?P<p>[A-Z0-9]{2,4}(?:[ \t][A-Z0-9]{2,3})?)\b"
)
# letters and digits in groups of one to four, separated by spaces, dashes or dots
_SPLIT = re.compile(r"(?<![\w/])(?:[A-Z0-9]{1,4}(?:[ \t]*[\-–.][ \t]*|[ \t]+)){1,7}[A-Z0-9]{1,4}"
                    r"(?![\w/])")


# a whole mark close by: "(KX20 JHU, PN14 OXV, YJ17)", a list of marks with a partial one
_WHOLE_BESIDE = re.compile(r"(?<![\w/])[A-HJ-PR-Y]{2}\d{2}[ \t]?[A-HJ-PR-Z]{3}(?![\w/])")
# a mark said to be partial, written in any spacing: "partial reg Y K 7 2", "part VRM YK72"
_SAID_PARTIAL = re.compile(
    r"(?i:\b(?:partial|part)[ \t]+(?:reg(?:istration)?|vrm|vrn|plate|index)"
    r"(?:[ \t]+(?:no\.?|number|mark))?)[\s:\-–'\"‘“(]*(?P<p>[A-Z0-9](?:[ \t]?[A-Z0-9]){1,5})(?!\w)")
# police and CPS form numbers that look like the start of a registration
_FORM_CODES = frozenset(f"mg{n}" for n in range(1, 25)) | {"mg3a", "mg5a", "mg6b", "mg6c"}


@finder
def _vehicles(text: str) -> Iterator[Hit]:
    for m in _VRM_CURRENT.finditer(text):
        yield hit("vehicle_reg", m, 0.9, "vrm_current")
    for m in _VRM_LOWER.finditer(text):  # "grey astra ya65kzu" in a message
        yield hit("vehicle_reg", m, 0.8, "vrm_lower")
    for rx, rule in ((_VRM_PREFIX, "vrm_prefix"), (_VRM_SUFFIX, "vrm_suffix")):
        for m in rx.finditer(text):
            ctx = _VRM_CTX.search(text, max(0, m.start() - 40), m.start())
            yield hit("vehicle_reg", m, 0.9 if ctx else 0.6, rule)
    for c in _VRM_CTX.finditer(text):
        m = _VRM_DATELESS.match(text, c.end())
        if m and re.search(r"\d", m.group()) and re.search(r"[A-Z]", m.group()):
            yield hit("vehicle_reg", m, 0.7, "vrm_context")


# text messages write marks in lower case: "reg is yg15 dkx"
_LOWER_MARK = re.compile(r"(?i:\breg(?:istration)?(?:\s+(?:is|was|no))?[\s:.]*)"
                         r"(?P<m>[a-hj-pr-y]{2}\d{2}\s?[a-hj-pr-z]{3})\b")


@finder
def _split_and_partial_marks(text: str) -> Iterator[Hit]:
    for m in _LOWER_MARK.finditer(text):
        yield hit("vehicle_reg", m, 0.8, "vrm_lower", "m")
    for m in _SPLIT.finditer(text):
        # the longest run of groups that makes a whole mark when the gaps are removed
        groups = list(re.finditer(r"[A-Z0-9]{1,4}", m.group()))
        for i in range(len(groups)):
            for j in range(len(groups) - 1, i, -1):
                joined = "".join(g.group() for g in groups[i:j + 1])
                if _WHOLE.fullmatch(joined):
                    s, e = m.start() + groups[i].start(), m.start() + groups[j].end()
                    yield Hit("vehicle_reg", text[s:e], s, e, 0.85, "vrm_split")
                    break
    for m in _PARTIAL.finditer(text):
        if m.group().lower() in _FORM_CODES:
            continue  # "MG11" is a witness statement form
        if _VEHICLE_NEAR.search(text, max(0, m.start() - 60), min(len(text), m.end() + 40)) \
                or _WHOLE_BESIDE.search(text, max(0, m.start() - 30), min(len(text), m.end() + 30)):
            yield hit("vehicle_reg", m, 0.7, "vrm_partial")
    for m in _SHORT_AFTER_VEHICLE.finditer(text):
        if m.group().lower() not in _FORM_CODES and _VEHICLE_NEAR.search(
                text, max(0, m.start() - 25), m.start()):
            yield hit("vehicle_reg", m, 0.65, "vrm_partial")
    for m in _SAID_PARTIAL.finditer(text):
        if re.search(r"\d", m.group("p")) and re.search(r"[A-Z]", m.group("p")):
            yield hit("vehicle_reg", m, 0.75, "vrm_partial_said", "p")
    for m in _ENDING.finditer(text):
        near = _VEHICLE_NEAR.search(text, max(0, m.start() - 80), m.start() + 1)
        if near and re.search(r"[A-Z]", m.group("p")):
            yield hit("vehicle_reg", m, 0.7, "vrm_partial_context", "p")
