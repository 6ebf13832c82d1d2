"""What is language-specific in drafting: Chinese releases are read by :mod:`.zh`; English (and
machine translations into English) by the modules of :mod:`narcokg.extract`.

:func:`detect_language` decides by the share of CJK ideographs among the letters of the text.
"""

from __future__ import annotations

from narcokg.errors import InputError

LANGUAGES = ("en", "zh")
#: Language tags the fact file records for each language code.
TAGS = {"en": "en", "zh": "zh-Hans"}


def detect_language(text: str) -> str:
    """``zh`` when at least a fifth of the letters are CJK ideographs, else ``en``.

    >>> detect_language("2023年全国共破获毒品犯罪案件4.2万余起"), detect_language("In 2023, 42,000")
    ('zh', 'en')
    """
    letters = [c for c in text if c.isalpha()]
    cjk = sum("\u4e00" <= c <= "\u9fff" for c in letters)
    return "zh" if letters and cjk / len(letters) >= 0.2 else "en"


def resolve_language(language: str | None, text: str) -> str:
    """The language asked for (``zh``, ``zh-Hans``, ``en``), or the detected one."""
    if language is None:
        return detect_language(text)
    code = language.split("-")[0].lower()
    if code not in LANGUAGES:
        raise InputError(f"unknown language {language!r}: use zh or en (or omit it to detect)")
    return code
