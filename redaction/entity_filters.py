"""What a tagger calls a person, place or agency but never is one, and the clean-up of the
words around a real one.

spaCy's small model glues timestamps, ranks and form labels to names ("09:14:30 dc Hepworth",
"Kayleigh\\nSigned"), and calls dates, vehicles, cipher labels ("Child A", "YP1"), headings
and postcode districts people, places or agencies. Search facets built from that mislead
counsel, so every mention passes through here before it is resolved
(:mod:`redaction.entity_resolution`). Pure functions over text; the shipped lexicons in
``redaction/data`` supply the word lists.
"""

from __future__ import annotations

import re
from functools import cache

from . import lexicon

#: Labels of the model-free finders' mentions (``redaction.name_mentions``), stored as a
#: mention's label beside spaCy's PERSON, GPE, ORG...: what the page's own words say an entity
#: is. A *cue* decides the kind of every mention of the same words in a document.
NAME = "NAME"  # a person found by the redaction engine's name finders
FORM = "FORM"  # a person from a form's Forename: / Surname: fields
ALIAS = "ALIAS"  # "Yasir IQBAL aka Yaz", stored as "<name> aka <alias>"
NICK = "NICK"  # a nickname in quotes for someone known only by it: 'a man called "Bear"'
KIN = "KIN"  # "Paige's mum, Mrs Worsnop": another person than Paige Worsnop
ADDRESS = "ADDRESS"  # a street, building or town in an address
STREET = "STREET"  # a named street
TOWN = "TOWN"  # a town or district named as a place
ORG = "ORG_CUE"  # a business, school, prison or service named as one
BANK = "BANK_CUE"  # a bank named after a town ("Halifax current account"): the bank there
INSIDE = "INSIDE"  # a tagged span inside a cue's name ("Bradford" of "Bradford MASH")
JOINED = "JOINED"  # a name the text writes whole that the tagger listed in parts
PERSON_CUES = frozenset({NAME, FORM, ALIAS, NICK, KIN, JOINED})
PLACE_CUES = frozenset({ADDRESS, STREET, TOWN})
AGENCY_CUES = frozenset({ORG, BANK})

_EDGE = ".,;:()[]{}<>\"'“”‘’*|/\\-–—=#!?"
_TIMEISH = re.compile(r"\d")
POSTCODE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?(?:\s*\d[A-Z]{2})?$", re.I)
_CIPHER = re.compile(
    r"^(?i:child|young\s+person|yp|complainant|victim|witness|person|girl|boy|suspect|"
    r"nominal|subject|ch|cp|cyp|c|v|n|p|w|s|female|male|mother\s+of\s+child|parent)"
    r"\s*-?\s*(?:[A-Z]|\d{1,3}|[A-Z]\d{1,2})$"
)
OPERATION_WORDS = frozenset({"operation", "op", "project", "programme", "exhibit"})
PARTICLES = frozenset(
    "de da das dos van von der den del della di du le la al el bin ibn bint abu ap".split())
SMALL_WORDS = frozenset("of and the upon on in under for with at by & y".split())
#: Words the shipped vehicle list lacks: slang and the phones and apps evidence names.
_PRODUCTS = frozenset(
    "merc mercs beamer beemer bmw vw audi samsung iphone ipad apple nokia motorola huawei "
    "xbox playstation ps4 snapchat whatsapp facebook messenger instagram tiktok twitter "
    "kik telegram viber wickr".split())


@cache
def _vehicle_words() -> frozenset[str]:
    """Vehicle makes and models: the sections of ``data/not_names.txt`` headed 'Vehicle'."""
    words: set[str] = set()
    section = ""
    for line in (lexicon.DATA / "not_names.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("#"):
            section = line.casefold()
        elif line and "vehicle" in section:
            words.update(lexicon.fold(w) for w in line.split())
    return frozenset(words) | _PRODUCTS


def is_product(token: str) -> bool:
    """A vehicle make or model, a phone or an app ("Vauxhall", "Corsa", "Samsung")."""
    return lexicon.fold(token) in _vehicle_words()


def is_label(token: str) -> bool:
    """A heading, form label, role, title, month or day ("Signed", "DOB", "Chair", "DC")."""
    t = lexicon.fold(token).rstrip(".")
    return (t in lexicon.not_names() or t in lexicon.titles() or lexicon.is_month_or_day(t)
            or t in lexicon.relation_words())


def is_cipher(text: str) -> bool:
    """A cipher standing for a person: "Child A", "YP4", "Complainant 2", "CH3"."""
    return bool(_CIPHER.match(" ".join(text.split())))


def clean_token(raw: str) -> str:
    """One word without the punctuation around it and without a possessive."""
    token = raw.strip(_EDGE)
    token = lexicon.strip_possessive(token).strip(_EDGE)
    return token


def has_digit(token: str) -> bool:
    return bool(_TIMEISH.search(token))


def is_name_word(token: str) -> bool:
    """A word that could be part of a name as written: letters (with ' or -), not a
    number, date, time or code."""
    bare = token.replace("'", "").replace("’", "").replace("-", "")
    bare = bare[:-1] if len(bare) == 2 and bare.endswith(".") else bare  # "R."
    return bool(bare) and bare.isalpha()


@cache
def _known_names() -> frozenset[str]:
    return lexicon.given_names() | lexicon.surnames() | lexicon.name_words()


def is_known_name(token: str) -> bool:
    """In the given-name or surname lists of any origin (a double-barrelled name by its
    parts: "Lily-Mae", "Smith-Jones")."""
    t = lexicon.fold(token)
    return t in _known_names() or "-" in t and all(
        p in _known_names() for p in t.split("-") if p)


def is_given_name(token: str) -> bool:
    """A given name of any origin; a double-barrelled one by its first part ("Lily-Mae")."""
    t = lexicon.fold(token)
    if "-" in t and t.split("-")[0]:
        t = t.split("-")[0]
    return t in lexicon.given_names() or t in lexicon.name_words()


@cache
def _places() -> frozenset[str]:
    from .names import area_names

    return lexicon.uk_places() | area_names()


def place_names() -> frozenset[str]:
    """Folded UK towns, cities, districts and council areas."""
    return _places()


def is_place_name(text: str) -> bool:
    """A UK town, city or council area ("Nelson", "Sowerby Bridge", "Calderdale")."""
    return lexicon.fold(text) in _places()


def segments(text: str) -> list[list[str]]:
    """The words of a mention, line by line: a tagger's span often runs on into the next
    line's label ("Lucy Ambler\\nSent"), and a table cell into the next ("N1 | Tariq")."""
    out = []
    for line in re.split(r"[\n|]+|:(?=\s)|\s[-–—]\s", text):
        words = [clean_token(w) for w in line.split()]
        words = [w for w in words if w]
        if words:
            out.append(words)
    return out


RANK_WORDS = frozenset(
    "chief detective acting temporary deputy assistant senior principal woman special "
    "police det det. sgt insp supt ch".split())
#: Court and prison grades written before a surname as a title is ("Mr Recorder Naylor",
#: "OSG Pickering": an operational support grade officer; "Sr Pat Salt": a ward sister).
GRADE_TITLES = frozenset({"recorder", "osg", "sr"})
#: Judges', clergy's and councils' grades that stand between a title and a name, or before
#: one, as an ordinary word does elsewhere ("Lord Justice Hale", "Mr Justice Pryce", "Revd
#: Canon Ann Hope", "Cllrs Ahmed, Boyd and Carr"; but "Youth Justice Service", "canon law"):
#: stripped from a name's front, so the judge is "Hale", not "Justice Hale"; no finder takes
#: the word alone as the sign of a name.
INNER_GRADES = frozenset({"justice", "canon", "archdeacon", "prebendary", "cllrs",
                          "councillors"})


def is_title(word: str) -> bool:
    """An honorific, rank or grade written before a name ("Mrs", "DC", "Recorder", "OSG")."""
    t = lexicon.fold(word).rstrip(".")
    return t in lexicon.titles() or t in GRADE_TITLES or t in INNER_GRADES


#: The last word of a district or site's name: "Dewsbury Moor", "Cavendish Retail Park".
LOCALITY_WORDS = frozenset(
    "moor heath green hill hills vale common fields field park estate bottom top end brow "
    "village town valley beach sands creek ravine wood cross".split())
COMPASS_WORDS = frozenset("north south east west upper lower".split())
#: The last word of a building's name: "Rosewood House", "Sessions House", "Kirkgate Centre".
BUILDING_WORDS = frozenset(
    "house hall lodge court centre center building buildings tower mill chambers grange "
    "manor".split())
#: A building's last word that no one's surname is ("Byron House", "Fred Perry House"):
#: after a given name too, the span names a building; "Hall", "Lodge", "Court" are surnames.
UNNAMED_BUILDING_WORDS = frozenset(
    "house centre center building buildings chambers tower".split())
STREET_WORDS = frozenset(
    "road street lane avenue close drive way crescent grove gardens place terrace walk "
    "row mews square parade parkway".split())
SITE_WORDS = STREET_WORDS | BUILDING_WORDS | LOCALITY_WORDS
#: The last word of a site's name that no one's surname is, kept apart from the sets above
#: (which the redaction engine's finders read too): "Bigg Market", "Shakespeare Towers",
#: "Kassam Stadium"; a facet's "person" so ending is the site.
SITE_ENDS = frozenset("market towers stadium monument arcade precinct quays wharf".split())


def continues_name(word: str) -> bool:
    """A word on a following line that still belongs to the name ("Courtney\\nPashley")."""
    return (word[:1].isupper() and is_name_word(word) and not is_label(word)
            and not lexicon.is_dictionary_word(word) and not is_product(word))


def place_words(text: str) -> list[str]:
    """The words of a place: no possessive, no leading "the", no postcode or number,
    no label on a following line ("Halifax HX3\\nReferrer" -> Halifax)."""
    parts = [[w for w in seg if not has_digit(w) and not POSTCODE.match(w)]
             for seg in segments(text)]
    parts = [seg for seg in parts if seg]
    while len(parts) > 1 and all(lexicon.is_dictionary_word(w) or is_label(w)
                                 for w in parts[0]):
        parts = parts[1:]  # "Lane\nBradford BD7"
    words = parts[0] if parts else []  # a place does not run on to the next line
    while words and (lexicon.fold(words[0]) == "the" or is_label(words[0]) and not (
            is_title(words[0]) and len(words) > 1 and lexicon.fold(words[-1]) in SITE_WORDS)):
        words = words[1:]  # "the", "Location"; not "Lord" of "Lord Street"
    while words and (is_label(words[-1]) or lexicon.fold(words[-1]) in SMALL_WORDS):
        words = words[:-1]
    return words


def rejects_place(words: list[str], raw: str) -> bool:
    """True for a postcode or postcode district, a date, a cipher, a vehicle or a heading
    made only of labels."""
    if not words or POSTCODE.match(" ".join(raw.split())):
        return True
    text = " ".join(words)
    if is_cipher(text) or all(is_product(w) for w in words):
        return True
    if all(is_label(w) or lexicon.fold(w) in SMALL_WORDS for w in words):
        return True
    if len(words) == 1 and lexicon.is_dictionary_word(words[0]) and not is_place_name(text):
        return True  # "Role", "Palace": a word, not a place
    return not any(c.isupper() for c in text) and not is_place_name(text)


def _agency_token(raw: str) -> str:
    token = raw.strip(_EDGE.replace("'", "").replace("’", "")).lstrip("'’")
    if token[-1:] in "'’" and token[-2:-1] not in "sS":
        token = token.rstrip("'’")  # a closing quote, not a possessive
    bare = lexicon.strip_possessive(token)
    return bare if lexicon.fold(bare) in AGENCY_TAILS else token  # "Council's", "Barnardo's"


def agency_words(text: str) -> list[str]:
    """The words of an agency: as :func:`place_words`, keeping "&", inner small words and
    a possessive that is part of the name ("Barnardo's"); a name that ends in an agency
    word does not run on into the next line ("... Council\nCity Hall")."""
    parts: list[list[str]] = []
    closed = False
    for line in re.split(r"[\n|]+|:(?=\s)|\s[-–—]\s", text):
        seg = [_agency_token(w) for w in line.split()]
        seg = [w for w in seg if w.strip(_EDGE) and not has_digit(w) and "/" not in w]
        if closed and seg:
            parts = []  # "(Telford)\nTelford & Wrekin Council": a bracket closed the line
        if seg:
            parts.append(seg)
            closed = line.rstrip().endswith((")", ";", ".")) and not _initial(line)
    for i in range(len(parts) - 1):  # "the Crown\nProsecution Service" wrapped at a line end
        joined = [w for seg in parts[i:] for w in seg]
        if lexicon.fold(" ".join(joined)) in gazetteer():
            return joined
    while len(parts) > 1 and all(is_generic(w) for w in parts[0]):
        parts = parts[1:]  # "School - Spen Valley High"
    words: list[str] = []
    for seg in parts:
        if words and (lexicon.fold(words[-1]) in AGENCY_TAILS or all(is_label(w) for w in seg)
                      or not all(continues_name(w) or lexicon.fold(w) in SMALL_WORDS
                                 or lexicon.fold(w) in AGENCY_TAILS for w in seg)):
            break
        words.extend(seg)
    while words and lexicon.fold(words[0]) in ("the", "dear", "to", "from", "at", "of", "for"):
        words = words[1:]
    for i in range(1, len(words) - 1):  # "Streetlife Project in Blackpool": the town apart
        rest = words[i + 1:]
        if (lexicon.fold(words[i]) in ("in", "at") and is_place_name(" ".join(rest))
                or lexicon.fold(words[i]) in ("on", "in", "off", "at")
                and lexicon.fold(rest[-1]) in STREET_WORDS):
            words = words[:i]  # "Chicken Spot on Union Street"
            break
    while words and (lexicon.fold(words[-1]) in SMALL_WORDS or len(words) > 1 and is_label(
            words[-1]) and lexicon.fold(words[-1]) not in _NAME_ENDS):
        words = words[:-1]  # "Huddersfield Date" of "Huddersfield    Date: 04/09/2014"
    return words


_GENERIC = frozenset(
    "social health youth education housing emergency duty local area children's childrens "
    "young people's peoples adult adults family families early help specialist borough "
    "county metropolitan district".split())


def _initial(line: str) -> bool:
    """A line ending in an initial's full stop ("Smith J."), which ends no sentence."""
    return bool(re.search(r"(?:^|\s)[A-Z]\.$", line.rstrip()))


@cache
def gazetteer() -> dict[str, str]:
    """Folded name -> spelling of every listed public body."""
    from .entities import gazetteer_patterns

    out: dict[str, str] = {}
    for p in gazetteer_patterns():  # sorted: "Barnardo's" before "Barnardo’s"
        out.setdefault(lexicon.fold(p["pattern"]), p["pattern"])
    return out


def is_generic(word: str) -> bool:
    """A word of a department's description, not of a name ("Children's", "Social", "Care")."""
    f = lexicon.fold(word)
    return f in _GENERIC or f in AGENCY_TAILS or is_label(word) or f in SMALL_WORDS


ROLE_WORDS = frozenset(
    "worker workers manager practitioner nurse officer director head teacher assistant "
    "coordinator co-ordinator lead adviser advisor consultant visitor liaison investigator "
    "analyst examiner".split())
#: Colours, which before a vehicle or a garment describe one ("Silver Astra", "Grey
#: Tracksuit", "Black Audi"); before a surname they may be a given name ("Amber Rudd").
COLOUR_WORDS = frozenset(
    "black white grey gray silver red blue green yellow orange purple pink brown gold "
    "maroon navy beige dark light".split())
#: The courts' and law reports' abbreviations of a neutral citation ("[2016] EWCA Crim 1884",
#: "[2019] EWHC 12 (Fam)"): never part of a name.
LAW_REPORT_WORDS = frozenset(
    "ewca ewhc uksc ukhl ewfc ewcop crim civ wlr qb kb fam admin".split())
#: Verbs of reaching someone and roles of a message's sender that notes, rotas and chats
#: write capitalised before a name ("Tell Sandra", "Ask Lorna Pybus", "Control (Bilal)"):
#: none is a given name in use, so never the name's first word.
CONTACT_WORDS = frozenset(
    "ask tell ring phone call text email e-mail contact inform cc thank thanks remind "
    "speak see meet control dispatch despatch".split())
AGENCY_TAILS = frozenset(
    "board council police constabulary trust service services agency office group "
    "partnership partners team unit commission court hospital hospitals school academy "
    "college university department authority nhs project charity centre center cars taxis "
    "taxi solicitors ltd limited plc llp co society association church mosque bank post news "
    "newspaper times foundation network primary high care mash yot cps nca prison hmp "
    "hmyoi yoi kebabs kebab pizza pizzeria takeaway cabs hotel inn tavern cafe café "
    "restaurant motors garage stores supermarket pharmacy chemist chemists barbers salon "
    "nightclub surgery legal lettings properties housing homes fc amusements arcade leisure "
    "pub club lounge cathedral diocese masjid gurdwara mandir madrassa madrasa".split()
) | frozenset(  # trades a shop or firm is named by ("Cobridge Launderette", "Latif Brothers
    # Wholesale", "Shalimar Sweets"): a name before one is the business's, not a person's
    "launderette laundrette sweets meats butchers bakery bakers vapes vape wholesale "
    "wholesalers brothers bros halal tyres autos carpets furniture electrical electronics "
    "mobiles textiles fabrics fisheries bistro diner newsagents newsagent florist florists "
    "jewellers opticians plumbing builders construction demolition recycling scaffolding "
    "roofing removals logistics couriers haulage travel tours estates gym beauty "
    "tanning studios boutique fashions cleaners dental dentists vets accountants "
    "insurance recruitment catering bazaar emporium superstore traders trading enterprises "
    "imports exports distribution groceries grocers foods clinic clinics".split())
#: The first word of a place of worship's or a religious school's name: "Masjid Al-Falah",
#: "Jamia Masjid Ghausia", "Gurdwara Sahib": a body, though the next words are names.
AGENCY_HEADS = frozenset("masjid jamia gurdwara mandir madrassa madrasa diocese".split())
#: The last word of a law, a rule book or a scheme, which is no organisation.
INSTRUMENT_WORDS = frozenset(
    "act acts rules regulations regulation law laws order orders guidance protocol procedure "
    "procedures policy scheme code".split())


def _law_firm(words: list[str]) -> bool:
    """ "Rahman Law": a solicitors' firm named after a person, not a law ("Clare's Law",
    "Family Law")."""
    before = words[-2]
    return (lexicon.fold(words[-1]) == "law" and before[-2:] not in ("'s", "’s")
            and not lexicon.is_dictionary_word(before) and not is_label(before))


_NAME_ENDS = AGENCY_TAILS | INSTRUMENT_WORDS | ROLE_WORDS


def has_agency_word(words: list[str]) -> bool:
    return any(lexicon.fold(w) in AGENCY_TAILS for w in words)


def rejects_agency(words: list[str], raw: str, listed: bool, cue: bool = False) -> bool:
    """True for what is not an organisation: a date, time or code, a cipher, an operation
    name, a vehicle or phone, a heading or label ("WITNESS STATEMENT", "Social Worker",
    "MASH" alone), an all-caps heading with no organisation word in it, or a word in lower
    case. ``listed``: the name is in the gazetteer of public bodies, always kept; ``cue``:
    the page's words name it as a business or body, so its case says nothing ("TESCO" on a
    bank statement, "tesco" in a chat)."""
    if listed:  # but not a department or service with no name ("Children's Social Care")
        return all(is_generic(w) for w in words)
    if not words:
        return True
    text = " ".join(words)
    if is_cipher(text) or lexicon.fold(words[0]) in OPERATION_WORDS:
        return True
    if len(words) > 1 and lexicon.fold(words[-1]) in INSTRUMENT_WORDS and not _law_firm(words):
        return True  # "Criminal Procedure Rules", "Children Act", "Sarah's Law"

    if all(is_product(w) or lexicon.fold(w) in SMALL_WORDS for w in words):
        return True
    if all(is_generic(w) for w in words):
        return True  # "Children's Services", "Social Care", "WITNESS STATEMENT"
    if not any(c.isupper() for c in text) and not cue or lexicon.fold(words[-1]) in ROLE_WORDS:
        return True
    if (raw.isupper() or text.isupper()) and not has_agency_word(words) and not cue:
        return True  # a heading: "SUB-GROUP - MINUTES OF MEETING HELD", "MEMORANDUM"
    if len(words) == 1:
        w = words[0]
        if lexicon.is_dictionary_word(w) and not has_agency_word(words):
            return True  # "Time", "Location", "MEMORANDUM"
        if w.isupper() and len(w) <= 5 and is_label(w):
            return True  # "CSE", "GP"
    return False
