"""Round 33: a part counted straight after the verb that acted on it ("disrupted or dismantled
187 of the 264 drug trafficking organizations they targeted", "completed 139 of the 251
interdictions", "recorded 41 of the 487 cases") counts what the verb did, as the keys name it
(six reports of five rounds), not a share of the whole (the whole stays its denominator).
"""

from __future__ import annotations

import re

from narcokg.extract.figures import Mention
from narcokg.extract.measures import Counted, classify

#: "N of the M" (not "N out of M", the share of tested things the keys name by what they found).
_OF_THE = re.compile(r"^[\d,.]+(?P<whole>\s+of\s+the\s+[\d,.]+)\s", re.I)
#: A past tense right before the number ("dismantled", "disrupted or dismantled").
_ACTED = re.compile(r"\b(?P<verb>[a-z]+ed)\s+$")
#: A contact clause after the noun ("organizations they targeted"): what the whole was, not the
#: part's noun.
_CONTACT = re.compile(r"\s+(?:they|we|it|he|she)\s+[a-z]+ed\b.*$", re.I)


def acted_count(mention: Mention, sentence: str, before: str, after: str) -> Counted | None:
    """The count of an "N of the M <noun>" figure its verb right before acted on, read as the
    plain "N <noun>" (``None`` for any other figure)."""
    whole = _OF_THE.match(mention.quote)
    acted = _ACTED.search(before)
    if whole is None or acted is None:
        return None
    noun = _CONTACT.sub("", mention.noun)
    words = whole["whole"]
    plain = sentence.replace(mention.quote, mention.quote.replace(words, " " * len(words)), 1)
    return classify(noun, plain, mention.unit, False, around=f"{acted['verb']}|{after}")
