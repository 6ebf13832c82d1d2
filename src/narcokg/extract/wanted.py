"""Round 20 (issue 14, branch ms21c): fugitives caught are counted by their own name.

A fugitive is someone already wanted: the arrest of one is not a new suspect of the period, and
writers of three rounds key it apart from the suspects arrested ("arrested 79,410 fugitives",
"captured 41 drug-related fugitives", "20,870 fugitives were arrested" -> ``fugitives-arrested``,
``fugitives-captured``). The count is named by the head and the verb as stated; the head's
modifiers ("drug-related") give way, as in the keys.
"""

from __future__ import annotations

import re

#: Verbs of taking someone into custody, as a report states them.
_TAKEN = re.compile(
    r"(?:arrested|captured|apprehended|detained|caught|located|tracked\s+down|rearrested)"
)
_HEAD = re.compile(r"\bfugitives?$")


def fugitives_taken(noun: str, verb: str) -> str | None:
    """``fugitives-<verb>`` when ``noun`` ends in "fugitive(s)" and ``verb`` (the past tense
    before the count or a passive after it) takes them into custody, else ``None``.

    >>> fugitives_taken("drug-related fugitives", "captured")
    'fugitives-captured'
    >>> fugitives_taken("fugitives", "named") is None
    True
    """
    done = " ".join(verb.lower().split())
    if not _HEAD.search(noun.lower().strip()) or not _TAKEN.fullmatch(done):
        return None
    return "fugitives-" + done.replace(" ", "-")
