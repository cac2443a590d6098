"""The words of a person's name in a tagged span, and what can never be one.

A tagger's span runs on past a name ("Kayleigh\\nSigned", "Rachel Tindall Role", a court
list's "SHIPLEY Kieran Michael Trial") or holds no name at all ("THE QUEEN", "DRIVERS ROTA",
"MIR"). :func:`person_words` keeps the name's words, in given-names-first order, and
:func:`rejects_person` says when nothing of a person is left. Pure functions over text; the
word tests are :mod:`redaction.entity_filters`'.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from . import lexicon
from .entity_filters import (
    AGENCY_TAILS,
    COLOUR_WORDS,
    CONTACT_WORDS,
    LAW_REPORT_WORDS,
    PARTICLES,
    RANK_WORDS,
    ROLE_WORDS,
    clean_token,
    continues_name,
    has_digit,
    is_cipher,
    is_given_name,
    is_known_name,
    is_label,
    is_name_word,
    is_place_name,
    is_product,
    is_title,
)


def _role_letters(word: str) -> bool:
    """ "RN", "SW", "FME": capitals with no vowel before a name are a role, not a name."""
    return word.isupper() and 1 < len(word) <= 4 and not re.search(r"[AEIOUY]", word)


def _segments_marked(text: str) -> list[tuple[list[str], bool]]:
    """As :func:`redaction.entity_filters.segments`, each with whether a separator ("|",
    ": ", " - ") rather than a line end stands before it: a name may wrap to the next line,
    never cross a separator."""
    out, hard = [], False
    for piece in re.split(r"(\n+|\||:(?=\s)|\s[-–—/]\s)", text):
        if re.fullmatch(r"\n+|\||:(?=\s)|\s[-–—/]\s", piece) or piece == ":":
            hard = hard or "\n" not in piece
            continue
        words = [w for w in (clean_token(t) for t in piece.split()) if w]
        if words:
            out.append((words, hard))
            hard = False
    return out


def _changes_style(before: list[str], after: list[str]) -> bool:
    """A line in capitals after a name in mixed case: a name is written in one style, so
    the next line's capitals begin something else."""
    return (all(w.isupper() for w in after) and not any(w.isupper() and len(w) > 1
                                                       for w in before))


#: Lower-case words that join a full name to the place it is from or at ("Shehzad Butt of
#: Edgeley", "Jade Nuttall from Shadsworth"): the name ends before them.
_PLACE_LINKS = frozenset(("of", "from", "in", "at", "near"))


def person_words(text: str, vouched: Collection[str] = ()) -> list[str]:
    """The words of a person's name in a tagged span, or [] when none is there.

    Drops timestamps, numbers and codes, leading titles, ranks, labels and relation words
    ("09:14 dc Hepworth", "Carer - Mrs Sowerby", "Statement of: Lorna"), later lines that
    are labels ("Sohail DOB", "Kayleigh\\nSigned"), a single-letter initial in front of a
    full name ("A. Margaret Anne Sutcliffe", a transcript's answer mark) and repeated words.
    ``vouched``: folded words the document writes after a title, surnames though also
    ordinary words ("June Callow" beside "Mrs Callow").
    """
    if _LIST_SEP.search(text):  # "Colin, Rhiannon Pilbeam", "Kelsey + Tash": the longest
        text = max(_LIST_SEP.split(text), key=lambda part: len(part.split()))
    if text.count("(") > text.count(")"):  # "Anthony Bramall (AB": the span ends inside a
        text = text[:text.rfind("(")]        # bracket of initials or a note, not the name
    quotes = re.findall(r"[\"“”]", text)
    if len(quotes) % 2 and text.strip()[:1] not in "\"“":  # 'Adam "Beanie': the span ends
        text = text[:max(text.rfind('"'), text.rfind("“"))]  # inside a quoted nickname
    marked = [([w for w in seg if not has_digit(w) and is_name_word(w)], hard)
              for seg, hard in _segments_marked(text)]
    marked = [(seg, hard) for seg, hard in marked if seg]
    while len(marked) > 1 and all(
            lexicon.is_dictionary_word(w) or is_label(w)
            or _town_only(w) and _opens_name(marked[1][0]) for w in marked[0][0]
    ) and not _titled(marked[0][0]):
        marked = marked[1:]  # "Lane\nBradford BD7", "Carer - Mrs Sowerby", a town closing
        # the line before a name ("Scarborough\nDean HOLT"); not "Mrs Rose\nLee"
    while (len(marked) > 1 and not marked[-1][1] and all(_town_only(w) for w in marked[-1][0])
           and (_complete(marked[-2][0]) or not any(
               is_given_name(w) or is_title(w) for w in marked[0][0]))):
        marked = marked[:-1]  # "Madeley\nTelford", "Karen Pike\nLeeds": a town on the next
        # line of an address; not a lone given name's surname ("Sarah\nBolton", "Cllr
        # Ray\nHemsworth")
    words: list[str] = []
    for i, (seg, hard) in enumerate(marked):
        if i and words and hard:
            break  # "HOLMES, Kirsty - Wath upon Dearne": a name ends at a separator
        if i and not all(continues_name(w) for w in seg):
            seg = [w for w in seg if continues_name(w)] if not words else []
        if i and words and seg and _changes_style(words, seg):
            if _surname_wrapped(words, seg):
                words.append(seg[0])  # "Cllr Sonia\nHOLDSWORTH (Sowerby Bridge ward)"
            break  # "Ms Hollis\nAKHTAR produced...": the next line starts another name
        if i and seg and (_complete(words) and not is_known_name(seg[0]) or len(words) > 1
                          and len(seg) > 1 and is_given_name(seg[0])):
            break  # "Stephen Ashdown\nHeadteacher", "Ash Kooner\nLauren Fewtrell": a full
            # name on one line is not continued by a job or by the next person's name
        words.extend(seg)
    words = _before_next_title(words)
    link = next((i for i, w in enumerate(words) if i > 1 and w in _PLACE_LINKS), None)
    if link is not None:
        words = words[:link]  # "Shehzad Butt of Edgeley": a full name, then where he is from
    dotted = bool(re.match(r"\s*[A-Z]\.\s*[A-Z]", text))  # "A. Leyland": an initial
    while words and (is_label(words[0]) and not _month_name(words, text)
                     and not _model_given_name(words)
                     or _is_filler(words[0]) and not dotted and not _month_name(words, text)
                     or lexicon.fold(words[0]) in RANK_WORDS or is_title(words[0])
                     or len(words) > 1 and _role_letters(words[0])
                     or len(words) > 1 and (_shift_days(words[0]) or _addressed_job(words))
                     or _ahead_of_full_name(words)):
        words = words[1:]  # "09:14 dc", "Chief Inspector", "RN Joanne Skipton"; a rota's
        # "Mon-Wed Pauline Ackroyd"; "Nurse Patel", "Ustadh Bilal"
    while (len(words) > 1 and lexicon.fold(words[0]) in CONTACT_WORDS
           and words[1][:1].isupper() and is_known_name(words[1])):
        words = words[1:]  # "Tell Sandra", "Ask Lorna Pybus", "Control Bilal": a note's verb
        # or a chat's role before the name
    if (len(words) > 1 and not is_caps(words[0])
            and re.search(r"(?:or|er|ist|ant|ent|ian)$", words[0]) and is_given_name(words[1])
            and _job_shaped(words[0])
            and (not is_known_name(words[0])
                 or len(words) > 2 and lexicon.is_dictionary_word(words[0])
                 and not is_given_name(words[0]) and not lexicon.is_dictionary_word(words[1]))):
        words = words[1:]  # "Facilitator Ruth", "Caseworker Jodie": a job (an agent noun)
        # before a name; not a rare given name ("Jaylah Ahmed"); a job that is a surname
        # too only before a full name ("Driver Shahid Iqbal"), not "Driver Jones"
    while len(words) > 2 and (_post_nominal(words[-1], words[:-1]) or is_title(words[-1])
                              or words[-1].isupper() and _degree(words[-1])):
        words = words[:-1]  # "Priya Nandakumar MBChB MRCGP", "Ewa Sobczak MD", "... Dr"
    while words and _runs_on(words):
        words = words[:-1]  # "Rachel Tindall Role" of "Name: Rachel Tindall  Role: ..."
    if len(words) > 2 and len(words[0].rstrip(".")) == 1 and len(words[1]) > 1:
        words = words[1:]
    if (len(words) == 2 and _degree(words[1])
            and not is_given_name(words[0]) and not is_caps(words[0])):
        words = words[:1]  # "Whitcombe BA" of "Mrs H. Whitcombe BA (Hons)"; not "Jo LEE"
    words = _to_caps_surname(words)
    words = surname_first(words)
    if (len(words) == 2 and words[1][:1].isupper() and is_plain_word(words[1])
            and not titled(text) and lexicon.fold(words[1]) not in vouched):
        # "Miss Ruth Salt", "June Callow" beside "Mrs Callow": a title vouches for the surname
        words = words[:1]  # "Tracey-Ann Plea" of a list's "DOBSON Tracey-Ann Plea hearing"
    deduped: list[str] = []
    for w in words:
        if not deduped or lexicon.fold(w) != lexicon.fold(deduped[-1]):
            deduped.append(w)
    return deduped


def _job_shaped(word: str) -> bool:
    """An agent noun an English word makes: a word itself ("Counsellor"), a verb's stem and
    its ending ("Facilitator", "Befriender") or a compound ending in one ("Keyworker"); not
    a given name no list holds that merely ends so ("Palvinder", "Jasvinder")."""
    w = lexicon.fold(word).replace("-", "")  # "Co-ordinator"
    if lexicon.is_dictionary_word(w):
        return True
    stem = re.sub(r"(?:or|er|ist|ant|ent|ian)$", "", w)
    return any(lexicon.is_dictionary_word(c) for c in (stem, stem + "e")) or any(
        lexicon.is_dictionary_word(w[i:]) for i in range(1, len(w) - 4))


def _before_next_title(words: list[str]) -> list[str]:
    """A title after a name's own words, with a word after it, opens the next person's name
    ("Dr Rachel Firth Dr M Kowalczyk": two cells of a rota in one span): the span is cut
    before it."""
    seen = False
    for i, w in enumerate(words):
        if is_title(w) or lexicon.fold(w) in RANK_WORDS:
            if seen and i < len(words) - 1 and words[i + 1][:1].isupper():
                return words[:i]
        else:
            seen = True
    return words


_LIST_SEP = re.compile(r",|\s[+&]\s")
_WEEKDAYS = frozenset("mon tue tues wed weds thu thur thurs fri sat sun".split())


def _ahead_of_full_name(words: list[str]) -> bool:
    """A word ahead of a name that is no part of it: a job or a verb before a lone name
    ("Paramedic Lumb", "Gave Tasha"), and before a given name and another name a day of a
    rota's column ("Thu Des Kilbride"), letters of a role ("CEO Martin Keighley", "SPO
    Graham Whalley": short capitals that are no common surname, unlike a court list's
    "SHIPLEY Kieran Michael") or an ordinary word no name list holds ("Paramedic Gareth
    Lumb"). Not "Saint Oswald", a church's name that :func:`rejects_person` sees whole."""
    first = words[0]
    if len(words) == 2:
        return (is_plain_word(first) and not is_caps(first) and lexicon.fold(first) != "saint"
                and not lexicon.is_dictionary_word(words[1]) and is_known_name(words[1])
                and not is_caps(words[1]))
    if len(words) < 3 or not is_given_name(words[1]) or is_caps(words[1]):
        return False
    if lexicon.fold(first).rstrip(".") in _WEEKDAYS:
        return True
    if is_caps(first) and len(first) <= 4 and not is_given_name(first):
        return lexicon.surname_ranks().get(lexicon.fold(first), 10**6) > COMMON_SURNAME_RANK
    return lexicon.is_dictionary_word(first) and not is_known_name(first)


def _town_only(word: str) -> bool:
    """A town's name that is no given name ("Filey", "Whitby"): on a line of its own before a
    given name, the end of an address or a place column, not the name's first line."""
    return is_place_name(word) and not is_given_name(word)


def _opens_name(seg: list[str]) -> bool:
    """A line that starts with a given name that is no ordinary word ("Dean HOLT"; not
    "Anyone seeing...")."""
    return is_given_name(seg[0]) and not lexicon.is_dictionary_word(seg[0])


def _model_given_name(words: list[str]) -> bool:
    """ "Leon Askern", "Mercedes Ortiz", "Leon PRESTON": a vehicle model that is also a given
    name, before a surname in mixed case or capitals that is no word and no make or model
    ("Seat Leon", "Leon FR", "Mercedes C-Class" and "Astra Estate" are cars)."""
    surname = words[1] if len(words) > 1 else ""
    return (len(words) > 1 and is_product(words[0]) and is_given_name(words[0])
            and words[0][:1].isupper() and not is_caps(words[0])
            and (re.fullmatch(r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?", surname) is not None
                 or is_caps(surname) and len(surname) > 2 and is_known_name(surname)
                 and re.search(r"[AEIOUY]", surname) is not None)  # "Leon PRESTON"
            and not lexicon.is_dictionary_word(surname) and not is_label(surname)
            and not is_product(surname))


def _month_name(words: list[str], text: str) -> bool:
    """ "June Callow", "April Jones": a month that is a given name, before a surname and
    after no day's number ("14 June Kayleigh said" is a date and a name)."""
    return (len(words) > 1 and lexicon.is_month_or_day(words[0]) and is_given_name(words[0])
            and words[0][:1].isupper()
            and words[1][:1].isupper()
            and not is_label(words[1]) and not re.search(r"\d[ \t]*" + re.escape(words[0]), text))


def _surname_wrapped(before: list[str], after: list[str]) -> bool:
    """A lone given name closing a line and a listed surname in capitals opening the next
    ("Cllr Sonia\nHOLDSWORTH"): one name wrapped, as a record writes surnames in capitals;
    not a full name followed by the next line's heading ("Ms Hollis\nAKHTAR produced")."""
    names = [w for w in before if not is_title(w) and lexicon.fold(w) not in RANK_WORDS]
    return (len(names) == 1 and is_given_name(names[0]) and not names[0].isupper()
            and is_known_name(after[0]) and not is_given_name(after[0])
            and not lexicon.is_dictionary_word(after[0]))


def _complete(words: list[str]) -> bool:
    """A given name and at least one more name word: a name that needs nothing more."""
    return len(words) >= 2 and is_given_name(words[0]) and len(words[-1].rstrip(".")) > 1


#: degrees, honours and registrations written after a surname alone ("Whitcombe BA"),
#: where a capitals word could otherwise be the surname of a given name ("Jo LEE")
_DEGREES_AND_HONOURS = frozenset(
    "BA MA BSC MSC BED MED PHD LLB LLM MBA PGCE NPQH MBBS MBCHB MD MRCGP MRCP MRCPCH FRCP "
    "FRCS RGN RMN RN RSCN DIPSW CQSW MBE OBE CBE QPM KPM KC QC JP DL MP MSP MEP".split())


def _degree(word: str) -> bool:
    return word.rstrip(".").upper() in _DEGREES_AND_HONOURS


def _post_nominal(word: str, before: list[str]) -> bool:
    """Letters after a name in mixed case ("MD", "MBChB", "MRCGP", "QPM"): two or more
    capitals and no name of their own; a surname in capitals ("Holly PASCOE") is a name."""
    letters = word.rstrip(".")
    if any(is_caps(w) for w in before) or is_known_name(letters) or not letters.isalpha():
        return False
    if letters.isupper():  # "MRCGP", "MD", "OBE"; not a surname in capitals ("COLLINGE")
        return not re.search(r"[AEIOUY]", letters) or len(letters) <= 3
    return sum(c.isupper() for c in letters) >= 2  # "MBChB", "BSc", "PhD"


def _runs_on(words: list[str]) -> bool:
    """Whether the last word is the text running on past a name: a label ("Role"), a filler,
    an ordinary word, a job ("Head" of "Peter Holmfirth Head of Year") or a relation in lower
    case ("Kayla's nan"); not a surname's initial ("Jodie W")."""
    last = words[-1]
    if is_label(last) and not is_known_name(last) and not (len(words) == 2 and len(last) == 1):
        return True
    if len(words) > 2 and lexicon.is_dictionary_word(last) and (
            not is_known_name(last) or is_plain_word(last) or is_label(last)
            or lexicon.fold(last) in ROLE_WORDS):
        return True
    if (len(words) == 2 and last.islower() and words[0][:1].isupper()
            and lexicon.is_dictionary_word(last) and not is_given_name(last)
            and lexicon.fold(last) not in PARTICLES):
        return True  # "Faisal rang", "Kirsty said": a capitalised name and a verb after it
    return _is_filler(last) or len(words) > 1 and last.islower() and (
        lexicon.fold(last) in lexicon.relation_words())


def titled(raw: str) -> bool:
    """A mention that begins with a title: "Mrs Bury", "OSG Pickering", "Mr Lancaster KC"."""
    words = [w for w in (clean_token(t) for t in raw.split()) if w and not has_digit(w)]
    return len(words) >= 2 and is_title(words[0]) and not is_label(words[1])


def _titled(words: list[str]) -> bool:
    """A title and a word after it: "Mrs Rosemary", the first line of a name broken in two."""
    return any(is_title(w) and i + 1 < len(words) and not is_label(words[i + 1])
               for i, w in enumerate(words))


def is_plain_word(word: str) -> bool:
    """An ordinary English word that is no given name and at most a rare surname ("Trial",
    "Drivers", "Plea"): in a name's place it is the text running on, not the name."""
    t = lexicon.fold(lexicon.strip_possessive(word))
    if (len(t) < 2 or not lexicon.is_dictionary_word(t) or is_given_name(t)
            or t in lexicon.shipped_surnames() or is_place_name(t)):
        return False
    return lexicon.surname_ranks().get(t, 10**6) > COMMON_SURNAME_RANK


#: Census surnames up to this rank are common enough to be a name even when also a word
#: ("Baker" 37, "Bear" 4,614); rarer ones that are words ("Trial" 25,025) are read as words.
COMMON_SURNAME_RANK = 20000


def _to_caps_surname(words: list[str]) -> list[str]:
    """ "Mohammed Rafiq HUSSAIN Age": given names in mixed case and the surname in capitals
    end the name; what follows in mixed case is the next field."""
    for i, w in enumerate(words[1:-1], 1):
        if (is_caps(w) and len(w) > 1 and not any(is_caps(v) for v in words[:i])
                and not any(is_caps(v) for v in words[i + 1:])):
            return words[:i + 1]
    return words


def is_caps(word: str) -> bool:
    """Written in capitals, a Mc or Mac prefix aside ("McGUINNESS", "MacLEOD")."""
    for prefix in ("Mc", "Mac"):
        if word.startswith(prefix) and word[len(prefix):].isupper():
            return len(word) > len(prefix) + 1
    return word.isupper()


def surname_first(words: list[str]) -> list[str]:
    """ "SHIPLEY Kieran Michael" -> Kieran Michael SHIPLEY: court lists, custody records and
    schedules write the surname first in capitals and the given names after it. A word that
    runs on from the next column ("Trial", "Plea") is left out. A capitalised given name
    before a surname ("KAYLEIGH Brammer") is kept as written."""
    if len(words) < 2 or not (is_caps(words[0]) and len(words[0].strip(".")) > 1):
        return words
    rest = words[1:]
    if not all(w[:1].isupper() and not is_caps(w) for w in rest):
        return words
    if is_given_name(words[0]) and not any(is_given_name(w) for w in rest):
        return words
    while len(rest) > 1 and is_plain_word(rest[-1]):
        rest = rest[:-1]
    if is_plain_word(rest[0]):
        return words
    return [*rest, words[0]]


def _described(words: list[str]) -> bool:
    """A colour and then a vehicle or words no name list holds ("Silver Astra", "Grey
    Tracksuit", "Black Audi Estate"): a description, not a given name and surname ("Amber
    Rudd", "Gray Hollins")."""
    return (len(words) > 1 and lexicon.fold(words[0]) in COLOUR_WORDS and all(
        is_product(w) or not is_known_name(w) or is_plain_word(w) for w in words[1:]))


#: days of the week as rotas write them, alone or in a range ("Tues-Thu", "Sat/Sun")
_DAYS = frozenset(
    "mon monday tue tues tuesday wed weds wednesday thu thur thurs thursday fri friday "
    "sat saturday sun sunday".split())
#: jobs and teachers' honorifics said before a surname or given name as a title is
#: ("Nurse Patel", "Matron Hughes", "Ustadh Bilal"), which are no part of the name
_ADDRESS_JOBS = frozenset(
    "nurse matron midwife sister ustadh ustadha ustad ustaz maulvi molvi moulana".split())
#: the last word of a job title written alone in a staff list or rota ("Night Porter",
#: "Kitchen Porter", "Duty Manager"): a job, though the word is a surname too
_JOB_TAILS = ROLE_WORDS | frozenset(
    "porter porters receptionist cleaner chef cook supervisor steward stewardess "
    "warden caretaker attendant locum".split())

#: the shift or part of a workplace a job is named by, words that are given names too
#: ("Night Porter"; but "Rose Porter", "Grace Cook" are people)
_JOB_PLACES = frozenset("night day kitchen duty head hall site relief shift floor".split())


def _shift_days(word: str) -> bool:
    """A day or a range of days before a name in a rota ("Mon-Wed", "Sat/Sun", "Tues")."""
    parts = [p for p in re.split(r"[-–/]", lexicon.fold(word).rstrip(".")) if p]
    return bool(parts) and all(p in _DAYS for p in parts)


def _addressed_job(words: list[str]) -> bool:
    """A job before a name as a title ("Nurse Patel"), not a name that is that word
    ("Sister" is nobody's surname here; "Nurse Jones" never a Mr Nurse)."""
    return lexicon.fold(words[0]) in _ADDRESS_JOBS and words[1][:1].isupper()


def _job_title(words: list[str]) -> bool:
    """ "Night Porter", "Kitchen Porter", "Duty Manager": an ordinary word and a job's
    word, no given name among them, is a post in a staff list, not a person."""
    first = lexicon.fold(words[0])
    return (len(words) == 2 and lexicon.fold(words[1]) in _JOB_TAILS
            and (first in _JOB_PLACES or lexicon.is_dictionary_word(words[0])
                 and not is_given_name(words[0])) and not words[0].isupper())


def _dated(words: list[str]) -> bool:
    """A span of days or months ("Mon-Thu", "Jan-Mar", "Monday-Friday"): a timetable's."""
    return len(words) == 1 and "-" in words[0] and all(
        lexicon.is_month_or_day(p) for p in words[0].split("-") if p)


def _is_filler(word: str) -> bool:
    t = lexicon.fold(word)
    return t in lexicon.stop_words() or t in ("dear", "dob", "aka", "re", "fao", "attn")


#: A company's closing word: never a person's name alone, though "Co" is in a name list.
_COMPANY_SUFFIXES = AGENCY_TAILS & frozenset("ltd limited plc llp co inc".split())


def rejects_person(words: list[str], raw: str, vouched: Collection[str] = ()) -> bool:
    """True when the cleaned words cannot be a person: nothing left, a cipher, initials
    only, a vehicle, a phone or app, a heading made of labels and ordinary words, an
    all-caps abbreviation, or a town standing alone."""
    if not words:
        return True
    text = " ".join(words)
    if is_cipher(text) or is_cipher(" ".join(raw.split()[:2])):
        return True
    if all(len(w.rstrip(".")) <= 1 for w in words):
        return True
    if lexicon.fold(raw.split()[0]) == "the":
        return True  # "THE QUEEN v ...", "NOTE FOR THE GENERAL MANAGER": no name has "the"
    if len(words) > 1 and lexicon.fold(words[0]).rstrip(".") in ("st", "saint") and not (
            titled(raw)):
        return True  # "St Mary's", "Saint Aidan's": a church, school or hospital's saint
    if any(re.fullmatch(r"[A-Za-z]+-[a-z][a-z-]*", w) for w in words):
        return True  # "Co-opted", "Call-in", "Drop-in": a hyphened word with a lower-case
        # part is a word; a double name capitalises both ("Lily-Mae", "Smith-Jones")
    if _job_title(words) and not titled(raw):
        return True  # "Night Porter", "Kitchen Porter" of a staff list's role column
    if _described(words) or _dated(words) or [lexicon.fold(w) for w in words] == ["po", "box"]:
        return True  # "Silver Astra", "Grey Tracksuit"; "Mon-Thu", "Jan-Mar"; "PO Box"
    if any(lexicon.fold(w) in LAW_REPORT_WORDS for w in words) and not titled(raw):
        return True  # "EWCA Crim" of a neutral citation
    if len(words) > 1 and text.isupper() and any(is_plain_word(w) for w in words):
        return True  # a heading in capitals: "DRIVERS ROTA"
    spoken = [w for w in (clean_token(t) for t in raw.split()) if w and not has_digit(w)]
    if (len(spoken) > 1 and all(is_caps(w) for w in spoken) and not titled(raw)
            and any(is_plain_word(w) for w in spoken)):
        return True  # "ROYAL SPICE", a shop's sign: an ordinary word the name was cut from
    if any(is_product(w) for w in words) and not any(
            is_given_name(w) and not is_product(w) for w in words) and not _model_given_name(
                words):
        return True
    if len(words) == 1 and titled(raw) and not is_label(words[0]) and not is_product(words[0]):
        return False  # "Mr Lancaster KC", "Mrs Bury", "Mrs Barrow": a surname after a title
    if len(words) == 1 and len(spoken) > 1 and all(
            lexicon.is_dictionary_word(w) for w in spoken):
        return True  # "Front Door", "Sage Pay": a phrase of ordinary words the name filter
        # cut to one word; a name keeps a word no dictionary holds
    if lexicon.is_not_a_name(text) and not (
            len(words) > 1 and lexicon.fold(words[-1]) in vouched) and not _model_given_name(
                words):  # "June Callow"; "Leon PRESTON", a model's name and a town's
        return True
    if len(words) == 1:
        w = words[0]
        if lexicon.fold(w).rstrip(".") in _COMPANY_SUFFIXES or not re.search(
                r"[aeiouAEIOU]", w) and not is_known_name(w):
            return True  # "Ltd", "Co" of "Zaheer & Co"; "Qty", "Pcs": an abbreviation with
            # no vowel and no one's name ("Glyn", "Wynn" are)
        if w.isupper() and len(w) <= 4 and not titled(raw) and (
                not is_known_name(w) or not is_given_name(w) and lexicon.surname_ranks().get(
                    lexicon.fold(w), 10**6) > COMMON_SURNAME_RANK):
            return True  # "SMS", "VRM", "ABE"; "ROSH", "SORN": letters that are a rare surname
        if is_place_name(w) and not is_known_name(w) and not titled(raw):
            return True  # "Cleckheaton", but "Ms Bolton" is a woman
        if not w[:1].isupper() and not is_known_name(w):
            return True
    return False
