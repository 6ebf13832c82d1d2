"""Reading what a user points narcokg at: clear errors for bad bytes, and nothing fetched.

Every file a user names (a fact file, a query file, a graph to validate) is read here, so a
folder, a missing file, bytes that are not UTF-8 or a NUL byte in the text give one clear
:class:`~narcokg.errors.InputError` (exit 2) that names the file and the fix. RDF files are read
into memory before any parser sees them, and a JSON-LD file that names a remote ``@context`` is
refused: rdflib would fetch it (an outbound request the user never asked for).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from narcokg.errors import InputError


def read_bytes(path: Path, what: str) -> bytes:
    """The bytes of ``path``; :class:`InputError` naming ``what`` when it cannot be read."""
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise InputError(f"{what} {path} is a folder: give a file") from None
    except FileNotFoundError:
        raise InputError(f"{what} {path} does not exist") from None
    except OSError as error:
        raise InputError(f"cannot read {what} {path}: {error.strerror or error}") from None


def read_text(path: Path, what: str, *, allow_nul: bool = False) -> str:
    """The UTF-8 text of ``path`` (a leading byte-order mark dropped); errors name the fix."""
    return decode_text(read_bytes(path, what), f"{what} {path}", allow_nul=allow_nul)


def decode_text(data: bytes, where: str, *, allow_nul: bool = False) -> str:
    """``data`` as UTF-8 text; :class:`InputError` for other bytes or a NUL byte."""
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{where} is not UTF-8 text (byte 0x{data[error.start]:02x} at offset "
            f"{error.start}); convert it, e.g. `iconv -t UTF-8`"
        ) from None
    if not allow_nul and "\x00" in text:
        raise InputError(
            f"{where} holds a NUL byte at offset {text.index(chr(0))}: not a text file"
        )
    return text


def check_arguments(arguments: Sequence[str]) -> None:
    """Refuse a command-line argument that is not valid UTF-8 (Python keeps its bytes escaped)."""
    for number, argument in enumerate(arguments, 1):
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError as error:
            raise InputError(
                f"argument {number} ({argument.encode('utf-8', 'replace').decode()!r}) is not "
                f"valid UTF-8 at character {error.start}; pass UTF-8 text"
            ) from None


def refuse_remote_contexts(text: str, where: str) -> None:
    """Refuse JSON-LD whose ``@context`` names a document (a fetch); inline contexts are fine."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"{where} is not JSON: {error}") from None
    for context in _contexts(document):
        items = context if isinstance(context, list) else [context]
        for item in items:
            if isinstance(item, str) or (isinstance(item, dict) and "@import" in item):
                raise InputError(
                    f"{where} names a remote JSON-LD @context ({str(item)[:80]!r}); narcokg "
                    "fetches nothing: put the context inline in the file"
                )


def _contexts(node: Any) -> Iterator[Any]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "@context":
                yield value
            yield from _contexts(value)
    elif isinstance(node, list):
        for item in node:
            yield from _contexts(item)
