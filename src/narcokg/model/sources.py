"""Source documents: their text, exactly as published, and its checksum."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from narcokg.errors import InputError


@dataclass(frozen=True)
class SourceText:
    """A document's text, read byte-exactly (no newline translation)."""

    path: Path
    text: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def read_source(path: Path) -> SourceText:
    """Read a UTF-8 source document without translating its line ends."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"source document {path} not found: put the text file there") from None
    except OSError as error:  # a folder, no permission
        raise InputError(f"cannot read source document {path}: {error.strerror}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{path} is not UTF-8 (byte {error.start}): convert it, e.g. iconv -t UTF-8"
        ) from None
    if "\x00" in text:
        raise InputError(f"{path} holds a NUL byte at offset {text.index(chr(0))}: not a text file")
    return SourceText(path, text)
