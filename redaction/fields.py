"""Values found by the label a form or a table puts beside or above them.

Extraction gives a table cell or a form value as its own line, apart from its label, so
the text alone cannot say that "12/03/2001" sits under a "DOB" heading or that "Lacey
BRENNAN" fills the box beside "Statement of". The page's word boxes can: words are grouped
into lines, lines into cells by the gaps between them; a cell that is a known label marks
the cell to its right as its value (a form), or, when several labels share a line (a table
heading), every cell below it in its column down to the end of the table.

Only what a label says is returned; the proposal policy decides what to redact, so a date
under "Date of incident" is never taken for a date of birth.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.pages import Page, Word

from . import lexicon

LABELS: dict[str, str] = {}
for _kind, _phrases in {
    "name": "name|full name|names|surname|forename|forenames|first name|given name|"
            "middle name|middle names|middlenames|preferred surname|preferredsurname|"
            "preferred forename|preferredforename|former surname|formersurname|"
            "family name|statement of|child|child's name|name of child|young person|"
            "yp|subject|nominal|nominal name|suspect|suspect name|offender|perpetrator|"
            "alleged perpetrator|victim|victim name|mother|father|parent|parents|carer|"
            "driver|driver name|licence holder|applicant|witness name|interviewee|"
            "alias|aliases|aka|known as|also known as|nickname|nicknames|other names|"
            "names used|street name|street names|street name(s)|known by|moniker|"
            "associate|associates|person|"
            "person concerned|named person|sibling|siblings|partner|boyfriend|author|"
            "officer|officer in case|oic|interviewing officer|social worker|"
            "allocated worker|key worker|from|to|cc|sent by|signed|signature|print name|"
            "witnessed by|signature witnessed by|taken by|recorded by|minutes by|"
            "minute taker|reporting officer|referrer|contact name|lead professional|"
            "team manager|completed by|assessor|assessed by|practitioner|manager|"
            "supervisor|named nurse|gp|teacher|head teacher|headteacher|dsl|"
            "designated safeguarding lead|foster carer|foster carers|interpreter|"
            "solicitor|appropriate adult|legal representative|owner|tenant|occupier|"
            "registered keeper|keeper|passenger|reported by|referred by|informant|"
            "approved by|authorised by|reviewed by|prepared by|checked by|billing name|"
            "account name|account holder|account holder name|cardholder|card holder|"
            "cardholder name|name on card|customer name|client name|patient name|pupil name|"
            "student name|caller name|subscriber|subscriber name|registered name|guest name|"
            "guest|next of kin|tenant name|resident name|passenger name|hirer|hirer name|"
            "driver's name|mother's name|father's name|parent's name|carer's name|"
            "saved as|saved name|stored as|contact saved as|display name|profile name",
    "dob": "dob|d.o.b|date of birth|birth date|born|date of birth/age|dob/age|birthday|"
           "birthday given|date of birth given|dob given|birth_date|date_of_birth",
    "address": "address|home address|current address|last known address|addr|"
               "address of child|previous address|home",
    "phone": "tel|telephone|mobile|phone|contact number|mob|mobile number|phone number|"
             "tel no|contact",
    "ni": "ni|ni no|ni number|nino|national insurance|national insurance number",
    "other": "id|client id|person id|child id|case id|pnc|pnc id|pnc no|cro|cro no|"
             "ho ref|home office ref|home office reference|uan|upn|uln|mosaic id|lcs id|"
             "carefirst id|ehm id|client no|case no|service user id|account|account no|"
             "account number|a/c|a/c no|acc no|sort code|sort code / account|card number|"
             "customer number|custody no|custody number|crime ref|crime reference|crime no|"
             "claim no|policy no|prison no|prisoner no|prison number|hospital no|"
             "hospital number|mrn|crn|urn|exhibit|exhibit ref|exhibit no|tenancy ref|"
             "booking ref|case ref|log no|occurrence no|incident no|imei|camhs id|"
             "referral ref|referral no|passport no|driving licence no|payroll|payroll no|"
             "staff no|staff number|staff id|employee no|employee number|employee id|"
             "personnel no|cell|cell no|cell location|scn|candidate no|pupil no",
    "nhs": "nhs|nhs no|nhs number",
    "school": "school|school attended|education provider|college|education|"
              "school/college|school or college|place of education",
    "placement": "placement|care placement|current placement|residence|children's home|"
                 "placement address|placed at|accommodation",
    "licence": "licence|licence no|licence number|badge|badge no|badge number|plate|"
               "plate no|licence/badge|badge/licence|phd licence|hcd licence|driver licence",
    "vrm": "vrm|vrn|reg|registration|vehicle reg|reg no|registration number|index|"
           "vehicle registration",
    "handle": "snapchat|instagram|social media|username|user name|handle|facebook|tiktok|"
              "social media accounts",
}.items():
    for _p in _phrases.split("|"):
        LABELS[_p] = _kind
# headings of a column of reference numbers ("Job | Date | Pick-up", "Item | Description |
# From"): too common as words to trust alone, so a value under one counts only when it is
# shaped like a code (propose.py asks :func:`is_code`)
CODE_COLUMNS = frozenset(
    "job|job no|job ref|job number|job id|item|item no|item ref|sample|sample no|sample ref|"
    "sample id|record|record no|record number|ref|ref no|ref number|reference|reference no|"
    "reference number|adm no|admission no|admission number|file no|file ref|lab no|lab ref|"
    "member no|membership no|order no|invoice no|ticket no|docket no|patient no|"
    "patient id|pupil id|student id|student no|register no".split("|")) - LABELS.keys()
for _p in CODE_COLUMNS:
    LABELS[_p] = "other"
_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9/\-]{2,19}")
_MAX_LABEL_WORDS = max(len(p.split()) for p in LABELS)
# ciphers are the anonymised form: never a name to redact
CIPHER = re.compile(
    r"(?i)^(?:child|complainant|witness|victim|young\s+person|yp|person|girl|boy|suspect|"
    r"nominal|subject|sibling|brother|sister|mother|father|parent|cousin|friend|adult|male|"
    r"female|man|woman|offender|perpetrator|driver|defendant|patient|pupil|c|v|w|cw)"
    r"[\s\-]?(?:[A-Z]|\d{1,3})$|^[A-Z]{1,3}-?\d{1,4}$"
)


@dataclass(frozen=True, slots=True)
class FieldValue:
    """A labelled value: ``text == page.text[start:end]``."""

    kind: str  # a value of LABELS
    label: str
    start: int
    end: int
    text: str
    layout: str  # "form" (beside the label) or "column" (under a table heading)


@dataclass
class _Cell:
    words: list[Word]

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


def _lines(words: list[Word]) -> list[list[Word]]:
    lines: list[tuple[float, float, list[Word]]] = []
    for w in sorted(words, key=lambda w: ((w.y0 + w.y1) / 2, w.x0)):
        yc, h = (w.y0 + w.y1) / 2, w.y1 - w.y0
        if lines and abs(yc - lines[-1][0]) < max(1.0, 0.45 * min(h, lines[-1][1])):
            lines[-1][2].append(w)
        else:
            lines.append((yc, h, [w]))
    return [sorted(ws, key=lambda w: w.x0) for _, _, ws in lines]


def _cells(line: list[Word]) -> list[_Cell]:
    cells: list[_Cell] = []
    for w in line:
        h = max(w.y1 - w.y0, 4.0)
        if cells and w.x0 - cells[-1].x1 < 1.1 * h:
            cells[-1].words.append(w)
        else:
            cells.append(_Cell([w]))
    return cells


def _label_of(text: str) -> str | None:
    """The label a cell is, exactly or by its first words ("Other names used in the
    evidence" is an "other names" column)."""
    t = lexicon.fold(text).strip().rstrip(":.-–").strip()
    t = re.sub(r"\s*\(.*\)$", "", t)
    if t in LABELS:
        return t
    words = re.sub(r"[/|]", " ", t).split()
    shortest = 1 if len(words) <= 4 else 2  # "Aka / nicknames", "DOB (age)"
    for k in range(min(len(words) - 1, _MAX_LABEL_WORDS), shortest - 1, -1):
        head = " ".join(words[:k])
        if head in LABELS:
            return head
    return None


def _split_labels(cell: _Cell) -> list[tuple[str, list[Word]]]:
    """A cell "DOB: 12/03/2001 Name: Jo Bloggs" holds labels ending in ':' and their
    values; each value runs to the next such label."""
    found: list[tuple[int, int, str]] = []  # (first word, words in label, label)
    words = cell.words
    i = 0
    while i < len(words):
        for k in range(min(_MAX_LABEL_WORDS, len(words) - i), 0, -1):
            if words[i + k - 1].text.endswith(":"):
                label = _label_of(" ".join(w.text for w in words[i:i + k]))
                if label:
                    found.append((i, k, label))
                    i += k - 1
                    break
        i += 1
    out = []
    for n, (i, k, label) in enumerate(found):
        stop = found[n + 1][0] if n + 1 < len(found) else len(words)
        if i + k < stop:
            out.append((label, words[i + k:stop]))
    return out


_HEADING_WORDS = frozenset(
    "date time agency event role notes note action actions owner details description "
    "outcome comments comment source category status ref reference type item no number "
    "by when what who where summary concern concerns risk score level rating response "
    "organisation organization attended apologies present title position department "
    "document page pages tab entry entries result decision".split()
)


def _is_heading_text(text: str) -> bool:
    words = lexicon.fold(text).replace("/", " ").split()
    return bool(words) and (all(w.strip(":.") in _HEADING_WORDS for w in words)
                            or _label_of(text) is not None)


def find_fields(page: Page) -> list[FieldValue]:
    """Labelled values on one page, from its word boxes."""
    out: list[FieldValue] = []
    lines = [_cells(line) for line in _lines(page.words)]
    in_table = -1  # lines before this index belong to a table already read
    for li, cells in enumerate(lines):
        labels = [_label_of(c.text) for c in cells]
        if li > in_table and any(labels) and _is_heading(lines, li):
            values, in_table = _columns(page, lines, li, list(zip(cells, labels, strict=True)))
            out += values
            continue
        if li <= in_table:
            continue
        for i, cell in enumerate(cells):
            split = _split_labels(cell)
            if split:
                out += [_value(page, label, value, "form") for label, value in split]
                continue
            lab = labels[i]
            if lab and i + 1 < len(cells) and labels[i + 1] is None:
                value = list(cells[i + 1].words)
                value += _continuation(lines, li, cells[i + 1].x0, cells[i].x1)
                out.append(_value(page, lab, value, "form"))
    return [v for v in out if v.text]


def _is_form_row(lines: list[list[_Cell]], li: int) -> bool:
    """"Label | value" with more labels in the same left column above or below."""
    for k in (li - 1, li + 1):
        if 0 <= k < len(lines) and lines[k] and _label_of(lines[k][0].text):
            if abs(lines[k][0].x0 - lines[li][0].x0) < 8:
                return True
    return False


def _row_below_a_row(lines: list[list[_Cell]], li: int) -> bool:
    """"Billing name | Rex FALLOWFIELD" under "Linked payment | PayPal ...": a row in the
    body of a two-column key and value table, not the heading of a table."""
    if li == 0 or len(lines[li - 1]) < 2:
        return False
    above, cells = lines[li - 1], lines[li]
    aligned = sum(any(abs(a.x0 - c.x0) < 8 for a in above) for c in cells[:2])
    height = max(w.y1 - w.y0 for w in cells[0].words)
    gap = cells[0].words[0].y0 - max(w.y1 for w in above[0].words)
    return aligned == 2 and gap < 1.5 * height


def _is_heading(lines: list[list[_Cell]], li: int) -> bool:
    """A table's heading row: short cells that are not a form's label and value, with a
    row below that has cells under at least two of them."""
    cells = lines[li]
    if len(cells) < 2 or any(len(c.words) > 6 for c in cells) or li + 1 >= len(lines):
        return False
    labels = [_label_of(c.text) for c in cells]
    if labels[0] and not labels[1] and (_is_form_row(lines, li) or _row_below_a_row(lines, li)):
        return False
    if any(re.search(r"\d", c.text) or c.text.rstrip().endswith(":") for c in cells):
        return False  # "Label:" is a form's, and headings have no numbers
    # the row below has cells under two of the heading's; a row whose first cell sits a
    # little higher than the rest ("Child 7" over "Chantelle Adebisi | 09.09.06 | ...") is
    # read as two lines, so the line after it counts too
    return any(len(below) >= 2 and sum(any(abs(b.x0 - c.x0) < 8 for b in below)
                                       for c in cells) >= 2
               for below in lines[li + 1:li + 3])


def _continuation(lines: list[list[_Cell]], li: int, x0: float, label_x1: float) -> list[Word]:
    """Lines below a form value that carry on in its column with nothing under the label."""
    more: list[Word] = []
    for cells in lines[li + 1: li + 4]:
        if not cells or cells[0].x0 < label_x1 or abs(cells[0].x0 - x0) > 6:
            break
        more += [w for c in cells for w in c.words]
    return more


def _columns(page: Page, lines: list[list[_Cell]], li: int,
             heads: list[tuple[_Cell, str | None]]) -> tuple[list[FieldValue], int]:
    """Cells under a table heading, in the labelled columns, until the table ends: a gap,
    or a row whose cells do not start under the heading's. Returns the values and the
    index of the table's last line."""
    heads.sort(key=lambda h: h[0].x0)
    starts = [c.x0 for c, _ in heads]
    bounds = []
    for k, (cell, lab) in enumerate(heads):
        left = cell.x0 - 4 if k else -1e9
        right = heads[k + 1][0].x0 - 4 if k + 1 < len(heads) else 1e9
        if lab:
            bounds.append((left, right, lab))
    out: list[FieldValue] = []
    last_y = max(w.y1 for c, _ in heads for w in c.words)
    # a heading cell no label reads, of three words or more, may be two headings run
    # together ("Placement at the time Summary"): a cell may start anywhere under it
    merged = [c for c, lab in heads if lab is None and len(c.words) >= 3]
    end = li
    for k in range(li + 1, len(lines)):
        cells = lines[k]
        words = [w for c in cells for w in c.words]
        height = max(w.y1 - w.y0 for w in words)
        if words[0].y0 - last_y > 2.5 * height:
            break  # a gap: the table ended
        if k == li + 1 and (all(_is_heading_text(c.text) for c in cells)
                            or words[0].y0 < last_y):
            last_y, end = max(w.y1 for w in words), k
            for x in [c.x0 for c in cells if min(abs(c.x0 - x) for x in starts) > 8]:
                starts.append(x)
                bounds = [(a, min(b, x - 4) if x > a else b, lab) for a, b, lab in bounds]
            continue  # the heading wrapped onto a second line ("Review\nref"), or one of
            # its cells sits a little lower than the others ("Seen?")
        if len(cells) == 2 and _label_of(cells[0].text) and not _label_of(cells[1].text):
            break  # "Surname | PETTIGREW": a form's label and value, the table ended
        if any(min(abs(c.x0 - x) for x in starts) > 8 and not any(
                h.x0 - 4 <= c.x0 <= h.x1 for h in merged) for c in cells):
            break  # cells that are not in this table's columns (a cell may start under a
            # heading that ran two headings together: "Placement at the time Summary")
        if any(w.x0 < x - 1 and w.x1 > x + 1 for w in words for x in starts[1:]):
            break  # a word across a column's edge: running text, the table ended
        if all(_is_heading_text(c.text) for c in cells) or any(_split_labels(c)
                                                                 for c in cells):
            break  # the next table's heading, or a form
        last_y, end = max(w.y1 for w in words), k
        for left, right, lab in bounds:
            inside = [w for w in words if left <= (w.x0 + w.x1) / 2 < right]
            if inside:
                out.append(_value(page, lab, inside, "column"))
    return out, end


def _value(page: Page, label: str, words: list[Word], layout: str) -> FieldValue:
    words = sorted(words, key=lambda w: w.start)
    s, e = words[0].start, words[-1].end
    return FieldValue(LABELS[label], label, s, e, page.text[s:e], layout)


def is_code(text: str) -> bool:
    """"88104", "PM/11", "KN0785": one token of five digits or more, or letters with
    digits (two with a separator, three without); never a date, a time or a sum."""
    t = text.strip().strip("'\"()")
    if not _CODE.fullmatch(t):
        return False
    digits = sum(ch.isdigit() for ch in t)
    letters = sum(ch.isalpha() for ch in t)
    if not letters:
        return digits >= 5 and t.isdigit()
    return digits >= (2 if re.search(r"[/\-]", t) else 3) and letters <= 6


def is_cipher(text: str) -> bool:
    """"Child A", "Complainant 3", "YP1", "C-104": the anonymised form, never redacted."""
    return bool(CIPHER.match(" ".join(text.split())))
