"""SPARQL 1.1's terminals (§19.8 of the Recommendation), as a tokenizer for the safety check.

The regular expressions below transcribe the grammar's productions one by one (IRIREF, PNAME_NS,
PNAME_LN with PLX / PERCENT / PN_LOCAL_ESC, BLANK_NODE_LABEL, VAR1, VAR2, LANGTAG, the numbers,
the four string forms with ECHAR, WS and comments that end at ``\\n`` or ``\\r``). Two places are
deliberately more lenient than the grammar, because a lenient reading ends every token where a
strict one would and only accepts more text: a backslash in a string escapes any one character,
and (for the text as Oxigraph reads it, see :mod:`.safety`) an IRI may hold ``\\u`` escapes.

One terminal is not context-free: ``<`` opens an IRI in a triple pattern but is "less than" after
an operand inside an expression (``FILTER(?a<'x>')`` compares with a string; read as an IRI, the
``'`` would open a string that hides what follows). :class:`Scanner` therefore tracks the
brackets and knows which parentheses hold an expression.

No rdflib here: importing this module must stay cheap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from narcokg.errors import QuerySyntaxError

_BASE = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
_CHARS_U = _BASE + "_"
_CHARS = _CHARS_U + r"\-0-9\u00b7\u0300-\u036f\u203f-\u2040"
_PLX = r"(?:%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%])"
_PREFIX = rf"[{_BASE}](?:[{_CHARS}.]*[{_CHARS}])?"
_LOCAL = rf"(?:[{_CHARS_U}:0-9]|{_PLX})(?:(?:[{_CHARS}.:]|{_PLX})*(?:[{_CHARS}:]|{_PLX}))?"
_VARNAME = rf"[{_CHARS_U}0-9][{_CHARS_U}0-9\u00b7\u0300-\u036f\u203f-\u2040]*"
_IRI_CHAR = r"[^<>\"{}|^`\\\x00-\x20]"
_UCHAR = r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"
_EXPONENT = r"[eE][+-]?[0-9]+"

_TOKEN = re.compile(
    rf"""
    (?P<space>[\x20\t\r\n]+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''|\"\"\"(?:(?:"|"")?(?:[^"\\]|\\.))*\"\"\"
              |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<var>[?$]{_VARNAME})
  | (?P<bnode>_:[{_CHARS_U}0-9](?:[{_CHARS}.]*[{_CHARS}])?)
  | (?P<pname>(?:{_PREFIX})?:(?:{_LOCAL})?)
  | (?P<word>[A-Za-z][A-Za-z0-9_]*)
  | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*(?:--[A-Za-z]+)?)
  | (?P<number>[+-]?(?:[0-9]+\.[0-9]*{_EXPONENT}|\.[0-9]+{_EXPONENT}|[0-9]+{_EXPONENT}
                     |[0-9]*\.[0-9]+|[0-9]+))
  | (?P<punct>\^\^|\|\||&&|!=|>=|[{{}}()\[\];,.*=>!+\-/|^?$@~])
    """,
    re.VERBOSE | re.DOTALL,
)
_IRI_STRICT = re.compile(rf"<{_IRI_CHAR}*>")
_IRI_ESCAPED = re.compile(rf"<(?:{_IRI_CHAR}|{_UCHAR})*>")
_LESS = re.compile(r"<=|<")

#: Tokens after which ``<`` inside an expression means "less than".
_OPERAND_ENDS = frozenset({"var", "string", "lang", "number", "iri", "pname", "bnode"})
#: Words after which ``(`` opens a list of terms, not an expression.
_LIST_WORDS = frozenset({"VALUES", "A", "TRUE", "FALSE", "UNDEF"})


class TokenError(QuerySyntaxError):
    """No SPARQL token starts at ``position``."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(message)
        self.position = position


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    start: int
    depth: int


class Scanner:
    """Tokens of one reading of a query; ``escaped_iris`` accepts ``\\u`` escapes in IRIs."""

    def __init__(self, text: str, *, escaped_iris: bool) -> None:
        self.text = text
        self._iri = _IRI_ESCAPED if escaped_iris else _IRI_STRICT
        # Frames: "query" (top level or sub-select), "pattern" ({ }), "expr" and "list" (( )).
        self._frames = ["query"]
        self._last: Token | None = None
        self._before_last: Token | None = None
        self.max_depth = 0

    def tokens(self) -> list[Token]:
        """Every token but spaces and comments; :class:`QuerySyntaxError` where none fits."""
        out: list[Token] = []
        position = 0
        while position < len(self.text):
            token = self._next(position)
            position = token.start + len(token.text)
            if token.kind in ("space", "comment"):
                continue
            self._track(token)
            out.append(token)
        return out

    def _next(self, position: int) -> Token:
        depth = len(self._frames) - 1
        if self.text.startswith("<", position):
            match = None if self._less_than_here() else self._iri.match(self.text, position)
            if match is not None:
                return Token("iri", match.group(), position, depth)
            less = _LESS.match(self.text, position)
            assert less is not None
            return Token("punct", less.group(), position, depth)
        match = _TOKEN.match(self.text, position)
        if match is None or match.end() == position:
            raise TokenError(
                f"cannot read the query at character {position}: "
                f"{self.text[position : position + 20]!r} is no SPARQL token",
                position,
            )
        assert match.lastgroup is not None
        return Token(match.lastgroup, match.group(), position, depth)

    def _less_than_here(self) -> bool:
        last = self._last
        if self._frames[-1] != "expr" or last is None:
            return False
        if last.kind == "word":
            return last.text.upper() in ("TRUE", "FALSE")
        return last.kind in _OPERAND_ENDS or last.text == ")"

    def _track(self, token: Token) -> None:
        text = token.text
        if token.kind == "word" and text.upper() == "SELECT" and self._frames[-1] == "pattern":
            self._frames[-1] = "query"
        elif text in ("{", "[", "("):
            self._frames.append(self._opened_by(text))
            self.max_depth = max(self.max_depth, len(self._frames) - 1)
        elif text in ("}", "]", ")") and len(self._frames) > 1:
            self._frames.pop()
        self._before_last, self._last = self._last, token

    def _opened_by(self, text: str) -> str:
        if text != "(":
            return "pattern" if text == "{" else "list"
        parent, last = self._frames[-1], self._last
        if parent == "expr":
            return "expr"
        if last is not None and last.kind == "word":
            return "list" if last.text.upper() in _LIST_WORDS else "expr"
        if parent == "query":
            return "expr"
        called = last is not None and last.kind in ("iri", "pname")
        before = self._before_last
        after_filter = before is not None and before.text.upper() == "FILTER"
        return "expr" if called and after_filter else "list"
