"""Refuse SPARQL that would reach the network or the file system, or change data.

Both engines we use follow ``SERVICE`` (pyoxigraph makes real HTTP requests; rdflib also follows
``LOAD`` and ``FROM <url>``), so :func:`check_query` must run before every execution. It tokenises
the text (comments, the four string forms, IRIs, prefixed names, variables, language tags) and looks
at keywords only, so ``"SERVICE"`` inside a string, ``<http://x/insert>`` or ``ex:delete`` pass.

The text is checked twice: as written (how Oxigraph reads it) and with every ``\\uXXXX`` /
``\\UXXXXXXXX`` escape decoded first (how rdflib reads it: it decodes escapes before tokenising,
even inside strings). A query is refused when either reading shows a forbidden keyword.

No rdflib here: importing this module must stay cheap.

>>> check_query("SELECT * WHERE { ?s ?p 'SERVICE' }")
<QueryForm.SELECT: 'SELECT'>
"""

from __future__ import annotations

import enum
import re

from narcokg.errors import QuerySyntaxError, UnsafeQueryError


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
_UPDATE = ("INSERT", "DELETE", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH", "USING")

_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
              |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
  | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<pname>(?:[^\W\d_][\w.-]*)?:(?:[\w:%\\-]|\.(?=[\w:%-]))*)
  | (?P<bnode>_:[\w.-]+)
  | (?P<word>[^\W\d][\w]*)
  | (?P<number>[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?))
  | (?P<punct>\^\^|\|\||&&|!=|<=|>=|[{}()\[\];,.*=<>!+\-/|^?$@])
    """,
    re.VERBOSE | re.DOTALL,
)
_ESCAPE = re.compile(r"\\u([0-9a-f]{4}(?:[0-9a-f]{4})?)", re.IGNORECASE)


def check_query(text: str) -> QueryForm:
    """The form of ``text``; :class:`UnsafeQueryError` when it may reach out or change data."""
    decoded = _decode_escapes(text)
    if decoded != text:
        _check_reading(decoded)
    return _check_reading(text)


def _check_reading(text: str) -> QueryForm:
    form: QueryForm | None = None
    for word in scan_keywords(text):
        upper = word.upper()
        if upper in _REACHING:
            raise UnsafeQueryError(
                f"refused: {_REACHING[upper]}. narcokg only queries its own graph; "
                f"remove {upper} (to combine data, load it into the graph first)"
            )
        if upper in _UPDATE:
            raise UnsafeQueryError(
                f"refused: {upper} belongs to SPARQL Update, and narcokg's queries are "
                "read-only; use SELECT, ASK, CONSTRUCT or DESCRIBE"
            )
        if form is None and upper in QueryForm.__members__:
            form = QueryForm(upper)
    if form is None:
        raise QuerySyntaxError(
            "not a SPARQL query: no SELECT, ASK, CONSTRUCT or DESCRIBE outside strings and comments"
        )
    return form


def scan_keywords(text: str) -> list[str]:
    """The bare words of ``text``: keywords and function names, not strings, IRIs or names.

    >>> scan_keywords('PREFIX ex: <http://x/drop> SELECT ?load { ?s ex:insert "clear" } # copy')
    ['PREFIX', 'SELECT']
    """
    words: list[str] = []
    position = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            raise QuerySyntaxError(
                f"cannot read the query at character {position}: {text[position : position + 20]!r}"
            )
        if match.lastgroup == "word":
            words.append(match.group())
        position = match.end()
    return words


def _decode_escapes(text: str) -> str:
    """``text`` with ``\\u`` escapes decoded the way rdflib does, before tokenising."""

    def decode(match: re.Match[str]) -> str:
        code = int(match.group(1), 16)
        return chr(code) if code <= 0x10FFFF else match.group()

    return _ESCAPE.sub(decode, text)
