"""Events counted as the times an act was done to its object (round 9, widened in round 23).

"administered naloxone 3,218 times", "gave naloxone 1,357 times": the count is of the act on its
object, as the registry names such events (``naloxone-administrations``). Round 23: the same
events written with an aside between the object and the count ("administered naloxone, the
medicine that reverses an opioid overdose, 3,840 times"), with a pronoun for an object the
sentence named before ("Officers who carry naloxone administered it on 47 occasions"), counted in
occasions, or counted in doses of the object after the act ("administered 3,486 doses of
naloxone"): keys of 4 calibration reports of 3 rounds count them as the act's events.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from narcokg.extract.measures import Counted

#: A past tense and its object right before "N times" / "on N occasions", past an aside set off
#: by commas ("administered naloxone, the medicine that …, 3,840 times").
_TIMES_DONE = re.compile(
    r"\b(?P<verb>[a-z]+ed|gave)\s+(?P<what>[a-z-]+(?:\s+[a-z-]+)?)"
    r"(?:\s*,\s+[^,;:()]{1,80},)?\s+(?:on\s+)?$",
    re.I,
)
_TIMES = re.compile(r"(?:times?|occasions?)", re.I)
#: Round 29: a time clause after the count, not part of it ("administered naloxone 19 times
#: before medics arrived": 8 calibration reports of 8 rounds).
_WHEN_AFTER = re.compile(r"\s+(?:before|until|after|when|while)\b.*$", re.I)
#: Round 36: the base of a comparison after the act's own count ("administered naloxone 44 times
#: during the year, compared with 31 times in 2024", "…, up from 143 times the year before"): keys
#: of ccps-on sifaka103, ssmps-on cuscus104, navajopd civet92, gsps-on galago93, cps-ab dingo32,
#: cambridgepd-ma lynx67 count it as the same events; the match starts at the earlier count.
_COMPARED_TIMES = re.compile(
    r"\s+[\d,]+\s+(?:times|occasions)\b[^;]*?,\s+(?:compared\s+(?:with|to)|up\s+from|down\s+from"
    r"|against)\s+$",
    re.I,
)
#: Doses of an object, after the act: "administered 3,486 doses of naloxone".
_DOSES_OF = re.compile(r"doses?\s+of\s+(?P<what>[a-z-]+)", re.I)
_DONE_BEFORE = re.compile(
    r"\b(?P<verb>[a-z]+ed|gave)\s+(?:a\s+total\s+of\s+|more\s+than\s+|about\s+|some\s+)?$", re.I
)


def times_done(noun: str, sentence: str, before: str, previous: str = "") -> Counted | None:
    """The registry's events of an act on its object, counted in times, occasions or doses of it
    (``before``: the sentence's text before the count; ``previous``: the sentence before), or
    ``None``."""
    from narcokg.extract.measures import classify

    noun = _WHEN_AFTER.sub("", noun.strip())
    if _TIMES.fullmatch(noun) and (base := _COMPARED_TIMES.search(before)):
        # round 36: "…, compared with 31 times in 2024" is the earlier count's act
        return times_done(noun, sentence, before[: base.start()] + " ", previous)
    if _TIMES.fullmatch(noun) and (event := _TIMES_DONE.search(before)):
        what, verb = event["what"], event["verb"]
        if (named := _reversal_named(what, verb, f"{previous} {sentence}")) is not None:
            return classify(f"{named} administered", named, None, False)
    elif (doses := _DOSES_OF.fullmatch(noun)) and (done := _DONE_BEFORE.search(before)):
        what, verb = doses["what"], done["verb"]
    else:
        return None
    events = classify(f"{what} {verb}", sentence, None, False)
    return events if events.known else None


#: Round 34: the overdose antidote, named by its own words in the sentence or the one before.
_REVERSAL = re.compile(r"\b(?:naloxone|narcan)\b", re.I)
#: Words that stand for an object named before: "administered it", "the medication".
_STAND_INS = frozenset({"it", "the medication", "the medicine", "the drug", "the antidote"})


def _reversal_named(what: str, verb: str, text: str) -> str | None:
    """Round 34: naloxone given, when the act's object stands in for it ("Officers carry naloxone
    on every shift. They administered it 96 times", "administered the medication on 52
    occasions") or the verb is "used" ("carry naloxone and used it 41 times"): keys of
    srst-dle dikdik94, cnms-ok galago93, springfieldpd-mo takin75, psnortheast zokor79."""
    what, verb = what.lower(), verb.lower()
    named = _REVERSAL.search(text)
    if named is None or not (_REVERSAL.fullmatch(what) or what in _STAND_INS):
        return None
    if verb == "used" or (what in _STAND_INS and verb.startswith("administ")):
        return named[0].lower()
    return None
