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

import functools
import re
from collections.abc import Callable
from typing import NamedTuple

from narcokg.errors import QuerySyntaxError

#: The characters above ASCII that a name may hold (PN_CHARS_BASE; PN_CHARS adds the rest).
_WIDE_BASE = (
    "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
_WIDE_CHARS = _WIDE_BASE + "\u00b7\u0300-\u036f\u203f-\u2040"
_PLX = r"(?:%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%])"
_IRI_CHAR = r"[^<>\"{}|^`\\\x00-\x20]"
_UCHAR = r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"
_EXPONENT = r"[eE][+-]?[0-9]+"
_FLAGS = re.VERBOSE | re.DOTALL


def _exact(ascii_part: str, wide_part: str) -> str:
    """A character class as the grammar writes it."""
    return f"[{ascii_part}{wide_part}]"


def _lenient(ascii_part: str, wide_part: str) -> str:
    """The same class on ASCII, but taking every character above ASCII.

    Python's ``re`` compiles a class with ranges past U+00FF in 2-3 ms (it fills a 64k table
    in Python), and the token pattern has a dozen: 20 ms, a third of the start-up of ``narcokg
    query``. Written as "any character but these ASCII ones" a class compiles in 0.05 ms.
    """
    inside = re.compile(f"[{ascii_part}]")
    runs: list[list[int]] = []  # the ASCII codes outside the class, as [first, last] runs
    for code in range(128):
        if inside.match(chr(code)):
            continue
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "[^" + "".join(rf"\x{first:02x}-\x{last:02x}" for first, last in runs) + "]"


def _token_source(char_class: Callable[[str, str], str]) -> str:
    """The token pattern, ``char_class`` writing each class that may hold non-ASCII names."""
    base = char_class("A-Za-z", _WIDE_BASE)
    chars_dot = char_class(r"A-Za-z_\-0-9.", _WIDE_CHARS)
    chars = char_class(r"A-Za-z_\-0-9", _WIDE_CHARS)
    local_start = char_class("A-Za-z_:0-9", _WIDE_BASE)
    local_inner = char_class(r"A-Za-z_\-0-9.:", _WIDE_CHARS)
    local_end = char_class(r"A-Za-z_\-0-9:", _WIDE_CHARS)
    local = rf"(?:{local_start}|{_PLX})(?:(?:{local_inner}|{_PLX})*(?:{local_end}|{_PLX}))?"
    name_start = char_class("A-Za-z_0-9", _WIDE_BASE)
    varname = name_start + char_class("A-Za-z_0-9", _WIDE_CHARS) + "*"
    return rf"""
    (?P<space>[\x20\t\r\n]+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''|\"\"\"(?:(?:"|"")?(?:[^"\\]|\\.))*\"\"\"
              |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<var>[?$]{varname})
  | (?P<bnode>_:{name_start}(?:{chars_dot}*{chars})?)
  | (?P<pname>(?:{base}(?:{chars_dot}*{chars})?)?:(?:{local})?)
  | (?P<word>[A-Za-z][A-Za-z0-9_]*)
  | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*(?:--[A-Za-z]+)?)
  | (?P<number>[+-]?(?:[0-9]+\.[0-9]*{_EXPONENT}|\.[0-9]+{_EXPONENT}|[0-9]+{_EXPONENT}
                     |[0-9]*\.[0-9]+|[0-9]+))
  | (?P<punct>\^\^|\|\||&&|!=|>=|[{{}}()\[\];,.*=>!+\-/|^?$@~])
    """


#: The token pattern with lenient classes, compiled at import (cheaply).
_TOKEN = re.compile(_token_source(_lenient), _FLAGS)
#: The groups holding lenient classes (every other group is the same in both patterns).
_WIDENED = frozenset({"var", "bnode", "pname"})


@functools.cache
def exact_token() -> re.Pattern[str]:
    """The token pattern as the grammar writes it, compiled when a name first holds a
    character above ASCII."""
    return re.compile(_token_source(_exact), _FLAGS)


def match_token(text: str, position: int) -> re.Match[str] | None:
    """The token at ``position``, exactly as :func:`exact_token` reads it.

    The two patterns differ only in classes that agree on ASCII, the lenient ones taking a
    superset, so every way the exact pattern can match is a way the lenient one can, tried in
    the same order. When the lenient match passed only ASCII through its lenient classes, the
    exact pattern can match that way too and has no way it prefers (the lenient one would have
    taken it first): the matches are the same. Otherwise the exact pattern decides.
    """
    match = _TOKEN.match(text, position)
    if match is not None and match.lastgroup in _WIDENED and not match.group().isascii():
        return exact_token().match(text, position)
    return match


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


class Token(NamedTuple):
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
        match = match_token(self.text, position)
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
