"""The exceptions narcokg raises, and what each means.

Every error a user can cause is a :class:`NarcoKGError`; the CLI prints its message (no traceback)
and exits with its ``exit_code``. Messages say what is wrong *and* how to fix it.

- :class:`InputError` (exit 2): a file, a fact, a parameter or a query the user gave is unusable.
  - :class:`FactError`: a fact file entry is invalid (names the fact).
  - :class:`SpanError`: a quote is missing from, or ambiguous in, its document.
  - :class:`ParameterError`: a stored-query parameter is missing, unknown or ill-typed.
  - :class:`UnknownQueryError`: no stored query has that name (lists the close names).
  - :class:`UnsafeQueryError`: a query would reach the network or file system, or change data.
  - :class:`QuerySyntaxError`: the query text is not valid SPARQL.
  - :class:`ResultTooLargeError`: the answer has more rows or triples than the limit asked for.
  - :class:`QueryLimitError`: the query text is too large or too deeply nested (names the limit).
- :class:`QueryTimeoutError` (exit 2): a query ran past its time limit and its process was killed.
- :class:`EndpointError` (exit 2): a remote SPARQL endpoint or store failed or answered wrongly.
"""

from __future__ import annotations

import sys
from typing import NoReturn


class NarcoKGError(Exception):
    """Base of every error a user can act on."""

    exit_code = 2


class InputError(NarcoKGError):
    """Something the user gave us is unusable."""


class FactError(InputError):
    """An entry of a fact file is invalid."""


class SpanError(FactError):
    """A quote is missing from, or ambiguous in, its document."""


class ParameterError(InputError):
    """A stored-query parameter is missing, unknown or ill-typed.

    ``examples`` maps the command-line example the message shows (``-p region=Hunan``) to the
    URL form (``?region=Hunan``), so the HTTP API can show a form that works there.
    """

    def __init__(self, message: str, examples: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.examples = examples or {}

    def for_url(self) -> str:
        """The message with each command-line example given as a URL query string."""
        message = str(self)
        for cli, url in self.examples.items():
            message = message.replace(cli, url)
        return message


class UnknownQueryError(InputError):
    """No stored query has that name."""


class UnsafeQueryError(InputError):
    """The query would fetch from the network or the file system, or change data."""


class QuerySyntaxError(InputError):
    """The query text is not valid SPARQL."""


class ResultTooLargeError(InputError):
    """The answer has more rows or triples than the caller's limit."""


class QueryLimitError(InputError):
    """The query text is larger or more deeply nested than the documented limits."""


class QueryTimeoutError(NarcoKGError):
    """A query ran past its time limit and was stopped."""


class EndpointError(NarcoKGError):
    """A remote endpoint or store failed, or its answer cannot be trusted."""


def exit_with(error: NarcoKGError) -> NoReturn:
    """Print ``error: <message>`` on stderr and exit with its code: how every command fails."""
    print(f"error: {error}", file=sys.stderr)
    sys.exit(error.exit_code)
