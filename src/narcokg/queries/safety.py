"""Refuse SPARQL that would reach the network or the file system, or change data.

Both engines we use follow ``SERVICE`` (pyoxigraph makes real HTTP requests; rdflib also follows
``LOAD`` and ``FROM <url>``), so :func:`check_query` must run before every execution. It reads the
query with SPARQL 1.1's own terminals (:mod:`.lexer`) and looks at keywords only, so
``"SERVICE"`` inside a string, ``<http://x/insert>``, ``ex:delete`` or ``ex:a\\#b`` pass.

The text is read twice: with every ``\\uXXXX`` / ``\\UXXXXXXXX`` escape decoded first, as §19.2
of the Recommendation (and rdflib) says, and as written, as Oxigraph reads it (it decodes escapes
only inside strings and IRIs). A query is refused when either reading shows a forbidden keyword.
Oxigraph's parser also takes a keyword glued to the next word (``SERVICEex:c`` is
``SERVICE ex:c``, ``INSERTDATA`` is ``INSERT DATA``), so a word or prefix that *begins* with
keywords ending in a forbidden one is refused as that keyword.

Limits (docs/security.md): at most :data:`MAX_QUERY_CHARS` characters and :data:`MAX_NESTING`
open brackets ``{ [ (`` at once; deeper text crashes pyoxigraph's parser.

No rdflib here: importing this module must stay cheap.

>>> check_query("SELECT * WHERE { ?s ?p 'SERVICE' }")
<QueryForm.SELECT: 'SELECT'>
"""

from __future__ import annotations

import enum
import functools
import re
from typing import NamedTuple

from narcokg.errors import QueryLimitError, QuerySyntaxError, UnsafeQueryError
from narcokg.queries.lexer import Scanner, Token, TokenError

MAX_QUERY_CHARS = 100_000
MAX_NESTING = 100


class QueryForm(enum.StrEnum):
    """The four SPARQL query forms."""

    SELECT = "SELECT"
    ASK = "ASK"
    CONSTRUCT = "CONSTRUCT"
    DESCRIBE = "DESCRIBE"


#: Keywords that reach outside the in-memory graph, and why we refuse them.
_REACHING = {
    "SERVICE": "SERVICE sends a request to another endpoint",
    "LOAD": "LOAD fetches a document from the network or the file system",
    "FROM": "FROM / FROM NAMED make some engines fetch the named graph's IRI",
}
UPDATE_WORDS = frozenset(
    {"INSERT", "DELETE", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH", "USING", "LOAD"}
)
_REACHING_WORDS = frozenset(_REACHING)
_FORBIDDEN = _REACHING_WORDS | UPDATE_WORDS
#: Every keyword of the grammar (case-insensitive), for reading glued keywords.
_KEYWORD_TEXT = """A ABS ADD ALL AS ASC ASK AVG BASE BIND BNODE BOUND BY CEIL CLEAR COALESCE CONCAT
    CONSTRUCT
    CONTAINS COPY COUNT CREATE DATA DATATYPE DAY DEFAULT DELETE DESC DESCRIBE DISTINCT DROP
    ENCODE_FOR_URI EXISTS FALSE FILTER FLOOR FROM GRAPH GROUP GROUP_CONCAT HAVING HOURS IF IN
    INSERT INTO IRI ISBLANK ISIRI ISLITERAL ISNUMERIC ISURI LANG LANGMATCHES LCASE LIMIT LOAD MAX
    MD5 MIN MINUS MINUTES MONTH MOVE NAMED NOT NOW OFFSET OPTIONAL ORDER PREFIX RAND REDUCED REGEX
    REPLACE ROUND SAMETERM SAMPLE SECONDS SELECT SEPARATOR SERVICE SHA1 SHA256 SHA384 SHA512
    SILENT STR STRAFTER STRBEFORE STRDT STRENDS STRLANG STRLEN STRSTARTS STRUUID SUBSTR SUM
    TIMEZONE TO TRUE TZ UCASE UNDEF UNION URI USING UUID VALUES WHERE WITH YEAR"""
_KEYWORDS = frozenset(_KEYWORD_TEXT.split())


def _by_first_letter(words: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """``words`` grouped by first letter, each group sorted (one pass: runs at every start-up)."""
    groups: dict[str, list[str]] = {}
    for word in sorted(words):
        groups.setdefault(word[0], []).append(word)
    return {letter: tuple(group) for letter, group in groups.items()}


#: The keywords by first letter: a word is matched against a few, not all of them.
_BY_FIRST = _by_first_letter(_KEYWORDS)
#: Texts up to this length have their verdict remembered (servers see the same texts again).
_REMEMBERED_CHARS = 16_384
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


class Verdict(NamedTuple):
    """What a query text holds, by keyword: its form and what would reach out or write."""

    form: QueryForm | None
    keywords: frozenset[str]
    depth: int

    @property
    def service(self) -> bool:
        return "SERVICE" in self.keywords

    @property
    def load(self) -> bool:
        return "LOAD" in self.keywords

    @property
    def dataset(self) -> bool:
        """``FROM`` or ``FROM NAMED``."""
        return "FROM" in self.keywords

    @property
    def update(self) -> bool:
        return bool(self.keywords & UPDATE_WORDS)


def check_query(text: str) -> QueryForm:
    """The form of ``text``; :class:`UnsafeQueryError` when it may reach out or change data."""
    verdict = read_query(text)
    for word in ("SERVICE", "LOAD", "FROM"):
        if word in verdict.keywords:
            raise UnsafeQueryError(
                f"refused: {_REACHING[word]}. narcokg only queries its own graph; "
                f"remove {word} (to combine data, load it into the graph first)"
            )
    if verdict.update:
        word = min(verdict.keywords & UPDATE_WORDS)
        raise UnsafeQueryError(
            f"refused: {word} belongs to SPARQL Update, and narcokg's queries are "
            "read-only; use SELECT, ASK, CONSTRUCT or DESCRIBE"
        )
    if verdict.form is None:
        raise QuerySyntaxError(
            "not a SPARQL query: no SELECT, ASK, CONSTRUCT or DESCRIBE outside strings and comments"
        )
    return verdict.form


def read_query(text: str) -> Verdict:
    """The :class:`Verdict` on ``text``: the union of both readings (see the module docstring).

    The verdict is a pure function of the text: the last 512 short texts' verdicts are kept, so a
    server answering the same stored query again does not read it again (errors are not kept).
    """
    if len(text) <= _REMEMBERED_CHARS:
        return _remembered_verdict(text)
    return _verdict(text)


@functools.lru_cache(maxsize=512)
def _remembered_verdict(text: str) -> Verdict:
    return _verdict(text)


def _verdict(text: str) -> Verdict:
    if len(text) > MAX_QUERY_CHARS:
        raise QueryLimitError(
            f"the query has {len(text)} characters, more than the limit of {MAX_QUERY_CHARS}; "
            "shorten it (bind long value lists through a stored query instead)"
        )
    decoded = _decode_escapes(text)
    verdict = _read(decoded, escaped_iris=False)
    if decoded == text:
        return verdict
    try:
        raw = _read(text, escaped_iris=True)
    except TokenError as error:
        if text.startswith("\\", error.position):
            return verdict  # Oxigraph stops at the same escape: only the decoded reading runs
        raise
    return Verdict(
        verdict.form or raw.form, verdict.keywords | raw.keywords, max(verdict.depth, raw.depth)
    )


def scan_keywords(text: str) -> list[str]:
    """The bare words of ``text`` (one reading): keywords and function names.

    >>> scan_keywords('PREFIX ex: <http://x/drop> SELECT ?load { ?s ex:insert "clear" } # copy')
    ['PREFIX', 'SELECT']
    """
    return [t.text for t in Scanner(text, escaped_iris=True).tokens() if t.kind == "word"]


def _read(text: str, *, escaped_iris: bool) -> Verdict:
    scanner = Scanner(text, escaped_iris=escaped_iris)
    tokens = scanner.tokens()
    if scanner.max_depth > MAX_NESTING:
        raise QueryLimitError(
            f"the query nests {scanner.max_depth} brackets {{ [ ( deep, more than the limit of "
            f"{MAX_NESTING}; flatten it"
        )
    form: QueryForm | None = None
    keywords: set[str] = set()
    for token in tokens:
        keywords |= _forbidden_in(token)
        word = token.text.upper()
        if form is None and token.kind == "word" and word in QueryForm.__members__:
            form = QueryForm(word)
    return Verdict(form, frozenset(keywords), scanner.max_depth)


def _forbidden_in(token: Token) -> set[str]:
    """The forbidden keywords a word or prefix spells, alone or after other keywords.

    A prefixed name is only checked for SERVICE, FROM and LOAD: the engines parse queries, never
    updates, so ``address:`` (``ADD ress:``) cannot run as an update.

    >>> sorted(_forbidden_in(Token("pname", "TRUESERVICEex:c", 0, 0)))
    ['SERVICE']
    >>> _forbidden_in(Token("pname", "address:street", 0, 0))
    set()
    >>> _forbidden_in(Token("word", "DESCRIBE", 0, 0))
    set()
    """
    if token.kind == "word":
        head, forbidden = token.text.upper(), _FORBIDDEN
    elif token.kind == "pname":  # only queries run here, so a glued update word is harmless
        head, forbidden = token.text.split(":", 1)[0].upper(), _REACHING_WORDS
    else:
        return set()
    # Words repeat across queries; remembering only short ones keeps the memory bounded.
    spelled = _remembered_spelling if len(head) <= 64 else _spelled
    return set(spelled(head, forbidden))


@functools.lru_cache(maxsize=4096)
def _remembered_spelling(head: str, forbidden: frozenset[str]) -> frozenset[str]:
    return _spelled(head, forbidden)


def _spelled(head: str, forbidden: frozenset[str]) -> frozenset[str]:
    """The ``forbidden`` keywords that ``head`` spells as a chain of glued keywords."""
    found: set[str] = set()
    reachable = {0}
    for start in range(len(head)):
        if start not in reachable:
            continue
        for keyword in _BY_FIRST.get(head[start], ()):
            if head.startswith(keyword, start):
                reachable.add(start + len(keyword))
                if keyword in forbidden:
                    found.add(keyword)
    return frozenset(found)


def _decode_escapes(text: str) -> str:
    """``text`` with ``\\u`` / ``\\U`` escapes decoded before tokenising (§19.2)."""

    def decode(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(code) if code <= 0x10FFFF else match.group()

    return _ESCAPE.sub(decode, text)
