"""The counsel query language: a tokenizer and a recursive-descent parser into a small AST.

Hand-written rather than Elasticsearch's ``query_string`` so that the language is ours:
documented, stable across Elasticsearch versions, every mistake reported with its position
in words a barrister can act on, and no syntax (regexes, field boosts, wildcards at the
front) that can hurt the cluster. ``search.help.HELP`` describes it for counsel; the
grammar is::

    query    := and_expr EOF
    and_expr := or_expr ( ["AND"] or_expr )*        # juxtaposition is AND
    or_expr  := unary ( "OR" unary )*               # OR binds tighter than AND
    unary    := ("NOT" | "-" | "+") unary | primary
    primary  := "(" and_expr ")" | WORD | PHRASE | FIELD ":" VALUE

Only :class:`QuerySyntaxError` ever leaves :func:`parse`.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date

MAX_QUERY_LENGTH = 4000
MAX_TERMS = 200
MAX_DEPTH = 20

# query field name -> index field
KEYWORD_FIELDS = {"urn": "urn", "provider": "provider", "type": "document_type",
                  "person": "persons", "place": "places", "agency": "agencies", "tag": "tags",
                  "status": "review_status", "request": "request"}
DATE_FIELDS = {"date": "document_date", "received": "received_date"}
# document types as counsel write them -> as they are stored ("Witness statement" and
# "statement" both mean witness_statement)
TYPE_WORDS = {"statement": "witness_statement", "statements": "witness_statement",
              "witness": "witness_statement", "e-mail": "email", "emails": "email",
              "e-mails": "email", "notes": "case_notes", "letters": "letter",
              "reports": "report"}
NUMBER_FIELDS = {"year": "year", "page": "page"}
OTHER_FIELDS = {"title": "title", "ocr": "ocr"}
FIELDS = {**KEYWORD_FIELDS, **DATE_FIELDS, **NUMBER_FIELDS, **OTHER_FIELDS}


class QuerySyntaxError(ValueError):
    """A query that cannot be searched; ``position`` is the 0-based character offset."""

    def __init__(self, message: str, position: int, query: str = "") -> None:
        super().__init__(f"{message} (at character {position + 1})")
        self.message = message
        self.position = position
        self.query = query

    def pointer(self) -> str:
        """The query with a caret under the problem, for a monospace error box."""
        return f"{self.query}\n{' ' * self.position}^"


# ---- AST ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Word:
    text: str
    position: int
    prefix: bool = False  # word*
    fuzzy: str | None = None  # "AUTO", "0", "1" or "2" for word~ / word~N


@dataclass(frozen=True)
class Phrase:
    text: str
    position: int
    slop: int = 0  # "..."~N


@dataclass(frozen=True)
class FieldTerm:
    field: str  # index field, e.g. "persons"
    value: str
    position: int
    prefix: bool = False


@dataclass(frozen=True)
class Range:
    field: str  # index field, e.g. "document_date"
    position: int
    gte: str | int | None = None
    lte: str | int | None = None
    gt: str | int | None = None
    lt: str | int | None = None


@dataclass(frozen=True)
class Not:
    child: Node


@dataclass(frozen=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    children: tuple[Node, ...]


Node = Word | Phrase | FieldTerm | Range | Not | And | Or


# ---- tokenizer ------------------------------------------------------------------------

@dataclass(frozen=True)
class Token:
    kind: str  # LPAREN RPAREN AND OR NOT MINUS PLUS WORD PHRASE FIELD
    text: str
    position: int
    slop: int = 0  # PHRASE
    field: str = ""  # FIELD: the name as typed (lower-cased)
    quoted: bool = False  # FIELD: value was "quoted"


_FIELD_RE = re.compile(r"^([A-Za-z_]+):(.*)$", re.S)
_STOP = set(" \t\r\n()\"")


def tokenize(query: str) -> list[Token]:
    """Split the query into tokens, each with its character position."""
    tokens: list[Token] = []
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        if ch.isspace():
            i += 1
        elif ch in "()":
            tokens.append(Token("LPAREN" if ch == "(" else "RPAREN", ch, i))
            i += 1
        elif ch == '"':
            start = i
            text, slop, i = _read_phrase(query, i)
            tokens.append(Token("PHRASE", text, start, slop))
        elif ch in "-+" and (i + 1 >= n or query[i + 1] in _STOP - {"(", '"'}):
            raise QuerySyntaxError(f"'{ch}' must be written right before a term, "
                                   f"with no space: {ch}word", i, query)
        elif ch in "-+":
            tokens.append(Token("MINUS" if ch == "-" else "PLUS", ch, i))
            i += 1
        else:
            start = i
            while i < n and query[i] not in _STOP:
                i += 1
            raw = query[start:i]
            if raw in ("AND", "OR", "NOT"):
                tokens.append(Token(raw, raw, start))
                continue
            match = _FIELD_RE.match(raw)
            if not match:
                tokens.append(Token("WORD", raw, start))
                continue
            name, value = match.group(1).lower(), match.group(2)
            if name not in FIELDS:
                raise QuerySyntaxError(
                    f"unknown field '{match.group(1)}:'; the fields are "
                    f"{', '.join(f + ':' for f in FIELDS)} (put the text in quotes to search "
                    "for it literally)", start, query)
            quoted = False
            if not value and i < n and query[i] == '"':
                value, _slop, i = _read_phrase(query, i, allow_slop=False)
                quoted = True
            elif not value:
                hint = " (to match any of several values write (tag:a OR tag:b))" \
                    if i < n and query[i] == "(" else ""
                raise QuerySyntaxError(f"'{name}:' needs a value right after the colon{hint}",
                                       start, query)
            tokens.append(Token("FIELD", value, start, field=name, quoted=quoted))
    return tokens


def _read_phrase(query: str, start: int, *, allow_slop: bool = True) -> tuple[str, int, int]:
    close = query.find('"', start + 1)
    if close < 0:
        raise QuerySyntaxError('unbalanced quotes: this " is never closed', start, query)
    text = query[start + 1:close]
    if not re.search(r"\w", text):
        raise QuerySyntaxError("empty phrase: put words between the quotes", start, query)
    i, slop = close + 1, 0
    if i < len(query) and query[i] == "~":
        digits = re.match(r"\d+", query[i + 1:])
        if not allow_slop or not digits:
            raise QuerySyntaxError('proximity is written "word1 word2"~N with a number of '
                                   "words N", i, query)
        slop = int(digits.group())
        if slop > 100:
            raise QuerySyntaxError("proximity can be at most 100 words", i, query)
        i += 1 + len(digits.group())
    if i < len(query) and query[i] not in _STOP:
        raise QuerySyntaxError("leave a space after a closing quote", i, query)
    return text, slop, i


# ---- parser ---------------------------------------------------------------------------

class _Parser:
    def __init__(self, query: str, tokens: list[Token]) -> None:
        self.query, self.tokens, self.i, self.depth, self.terms = query, tokens, 0, 0, 0

    def error(self, message: str, position: int) -> QuerySyntaxError:
        return QuerySyntaxError(message, position, self.query)

    def peek(self) -> Token | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self) -> Token:
        token = self.tokens[self.i]
        self.i += 1
        return token

    def parse(self) -> Node:
        node = self.and_expr()
        token = self.peek()
        if token is not None:  # only a stray ")" can stop and_expr early
            raise self.error("unbalanced parentheses: this ')' has no matching '('",
                             token.position)
        return node

    def and_expr(self) -> Node:
        children = [self.or_expr()]
        while (token := self.peek()) is not None and token.kind != "RPAREN":
            if token.kind == "AND":
                self.take()
                if self.peek() is None or self.peek().kind in ("RPAREN", "AND", "OR"):
                    raise self.error("AND needs a term after it", token.position)
            children.append(self.or_expr())
        return children[0] if len(children) == 1 else And(tuple(children))

    def or_expr(self) -> Node:
        children = [self.unary()]
        while (token := self.peek()) is not None and token.kind == "OR":
            self.take()
            nxt = self.peek()
            if nxt is None or nxt.kind in ("RPAREN", "AND", "OR"):
                raise self.error("OR needs a term after it", token.position)
            children.append(self.unary())
        return children[0] if len(children) == 1 else Or(tuple(children))

    def unary(self) -> Node:
        token = self.peek()
        if token is None:
            raise self.error("the query ends where a term was expected", len(self.query))
        if token.kind in ("NOT", "MINUS", "PLUS"):
            self.take()
            nxt = self.peek()
            if nxt is None or nxt.kind in ("RPAREN", "AND", "OR"):
                raise self.error(f"{token.text} needs a term after it", token.position)
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise self.error("too many NOT, '-' or '+' in a row", token.position)
            child = self.unary()
            self.depth -= 1
            return child if token.kind == "PLUS" else Not(child)
        return self.primary()

    def primary(self) -> Node:
        token = self.take()
        if token.kind == "LPAREN":
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise self.error("parentheses nested too deeply", token.position)
            if self.peek() is not None and self.peek().kind == "RPAREN":
                raise self.error("empty parentheses", token.position)
            node = self.and_expr()
            close = self.peek()
            if close is None:
                raise self.error("unbalanced parentheses: this '(' is never closed",
                                 token.position)
            self.take()
            self.depth -= 1
            return node
        if token.kind in ("AND", "OR"):
            raise self.error(f"{token.kind} needs a term before it", token.position)
        if token.kind == "RPAREN":
            raise self.error("unbalanced parentheses: this ')' has no matching '('",
                             token.position)
        self.terms += 1
        if self.terms > MAX_TERMS:
            raise self.error(f"too many terms (at most {MAX_TERMS})", token.position)
        if token.kind == "PHRASE":
            return Phrase(token.text.strip(), token.position, token.slop)
        if token.kind == "FIELD":
            return _field(token, self.query)
        return _word(token, self.query)


def _word(token: Token, query: str) -> Word:
    text, pos = token.text, token.position
    match = re.match(r"^(.*?)(\*)?(?:~(\d*))?$", text, re.S)
    assert match is not None
    body, star, fuzzy = match.group(1), match.group(2), match.group(3)
    if "*" in text and "~" in text:
        raise QuerySyntaxError("a word is either a prefix (word*) or fuzzy (word~), not both",
                               pos, query)
    if "*" in body or (star and fuzzy is not None):
        raise QuerySyntaxError("'*' is only allowed at the end of a word (prefix search)",
                               pos + max(body.find("*"), 0), query)
    if "~" in body:
        raise QuerySyntaxError("'~' is only allowed at the end of a word (word~ or word~1)",
                               pos + body.find("~"), query)
    if not re.search(r"\w", body):
        raise QuerySyntaxError(f"'{text}' has no letters or digits to search for", pos, query)
    if star and len(re.sub(r"\W", "", body)) < 2:
        raise QuerySyntaxError("a prefix search needs at least 2 letters before '*'", pos,
                               query)
    if fuzzy not in (None, "", "0", "1", "2"):
        raise QuerySyntaxError("fuzziness is word~ (automatic), word~1 or word~2", pos, query)
    return Word(body, pos, prefix=bool(star),
                fuzzy=None if fuzzy is None else (fuzzy or "AUTO"))


def _field(token: Token, query: str) -> Node:
    name, value, pos = token.field, token.text.strip(), token.position
    value_pos = pos + len(name) + 1  # errors about the value point at the value
    index_field = FIELDS[name]
    if name in KEYWORD_FIELDS:
        prefix = not token.quoted and value.endswith("*")
        value = value[:-1] if prefix else value
        if not value or "*" in value:
            raise QuerySyntaxError(f"'{name}:' takes a value, optionally ending in '*'",
                                   value_pos, query)
        if name == "type" and not prefix:
            key = re.sub(r"[\s\-]+", "_", value.strip().lower())
            value = TYPE_WORDS.get(value.strip().lower(), TYPE_WORDS.get(key, key))
        return FieldTerm(index_field, value, pos, prefix)
    if name == "title":
        return FieldTerm("title", value, pos)
    if name == "ocr":
        if value.lower() not in ("yes", "no", "true", "false"):
            raise QuerySyntaxError("ocr: is ocr:yes or ocr:no", value_pos, query)
        return FieldTerm("ocr", "true" if value.lower() in ("yes", "true") else "false", pos)
    kind = "date" if name in DATE_FIELDS else "number"
    return _range(index_field, name, value, kind, value_pos, query)


def _range(field: str, name: str, value: str, kind: str, pos: int, query: str) -> Range:
    def bounds(text: str) -> tuple[str | int, str | int]:
        return _date_bounds(text, name, pos, query) if kind == "date" \
            else _number_bounds(text, name, pos, query)

    for op in (">=", "<=", ">", "<"):
        if value.startswith(op):
            first, last = bounds(value[len(op):])
            key = {">=": "gte", "<=": "lte", ">": "gt", "<": "lt"}[op]
            return Range(field, pos, **{key: first if op in (">=", "<") else last})
    if ".." in value:
        low_text, _, high_text = value.partition("..")
        if not low_text and not high_text:
            raise QuerySyntaxError(f"'{name}:..' needs a start or an end", pos, query)
        low = bounds(low_text)[0] if low_text else None
        high = bounds(high_text)[1] if high_text else None
        if low is not None and high is not None and low > high:  # type: ignore[operator]
            raise QuerySyntaxError(f"'{name}:' range ends before it starts", pos, query)
        return Range(field, pos, gte=low, lte=high)
    first, last = bounds(value)
    return Range(field, pos, gte=first, lte=last)


_ISO_RE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_UK_RE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def _date_bounds(text: str, name: str, pos: int, query: str) -> tuple[str, str]:
    """First and last day of the period written (a year, a month or a day)."""
    iso, uk = _ISO_RE.match(text), _UK_RE.match(text)
    try:
        if iso:
            year, month, day = (int(g) if g else None for g in iso.groups())
        elif uk:
            day, month, year = (int(g) for g in uk.groups())
        else:
            raise ValueError(text)
        if month is None:
            return date(year, 1, 1).isoformat(), date(year, 12, 31).isoformat()
        if day is None:
            return (date(year, month, 1).isoformat(),
                    date(year, month, monthrange(year, month)[1]).isoformat())
        return date(year, month, day).isoformat(), date(year, month, day).isoformat()
    except ValueError:
        raise QuerySyntaxError(f"bad date '{text}' in '{name}:'; write YYYY, YYYY-MM, "
                               "YYYY-MM-DD or DD/MM/YYYY", pos, query) from None


def _number_bounds(text: str, name: str, pos: int, query: str) -> tuple[int, int]:
    if not re.fullmatch(r"\d{1,9}", text):
        raise QuerySyntaxError(f"'{name}:' takes a whole number or a range like "
                               f"{name}:2015..2018", pos, query)
    return int(text), int(text)


def parse(query: str) -> Node:
    """Parse a counsel query; raise QuerySyntaxError (and nothing else) when it is not one."""
    if not isinstance(query, str):
        raise QuerySyntaxError("the query must be text", 0, str(query))
    if len(query) > MAX_QUERY_LENGTH:
        raise QuerySyntaxError(f"the query is too long (at most {MAX_QUERY_LENGTH} "
                               "characters)", MAX_QUERY_LENGTH, query)
    if not query.strip():
        raise QuerySyntaxError("empty query: type some words to search for", 0, query)
    tokens = tokenize(query)
    return _Parser(query, tokens).parse()


def positive_terms(node: Node) -> list[str]:
    """Words and phrases that a match must contain (not under NOT), for drawing hits when
    no highlight is at hand. Prefix words keep their trailing '*'."""
    if isinstance(node, Word):
        return [node.text + ("*" if node.prefix else "")]
    if isinstance(node, Phrase):
        return [node.text]
    if isinstance(node, And | Or):
        return [t for child in node.children for t in positive_terms(child)]
    return []


def resolve_field(node: Node | None, field: str, expand) -> Node | None:  # noqa: ANN001
    """The tree with every ``field:value`` term replaced by ``expand(term)``, a node the
    index can answer (``request:R9-0001`` becomes the URNs that answer that request)."""
    if node is None:
        return None
    if isinstance(node, FieldTerm):
        return expand(node) if node.field == field else node
    if isinstance(node, Not):
        return Not(resolve_field(node.child, field, expand))
    if isinstance(node, And | Or):
        return type(node)(tuple(resolve_field(c, field, expand) for c in node.children))
    return node
