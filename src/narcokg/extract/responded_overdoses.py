"""Round 27: overdoses police responded to are counted as responded to, not as non-fatal.

"Patrol officers responded to 87 overdoses in 2025, 6 of them fatal"; "Deputies attended 46
suspected overdoses": what a police service counts is its call-outs,
fatal ones included, so writers of rounds 59-69 name them ``overdoses-responded-to`` (unit
``overdose``), never ``non-fatal-overdoses`` (the registry's overdoses that did not kill). Staff
of a supervised site who "responded to 131 overdoses, none of them fatal" stay non-fatal: only a
police subject counts call-outs.

Round 28: "Officers responded to 64 overdose calls" counts the same call-outs (keys of 5
calibration reports of 4 rounds, against 2 naming calls); "responded to 348 *suspected* overdose
calls" counts calls, the overdose being only suspected (``overdose-calls-responded-to``, unit
``call``: keys of 5 calibration reports of 5 rounds, none otherwise).

Round 38: every "overdose call" is a call, suspected or not: the keys of calibration rounds 86-113
name the calls "responded to" or "answered" ``overdose-calls-responded-to`` (19 figures of 14
reports: bangorpd-me indri96, mcso-or and srmtpd-ny tahr111, lnpd-wa and stps-on gundi108, ...),
none ``overdoses-responded-to``; round 28's reading of the unsuspected calls as overdoses had
been left a split, which these keys have settled.
"""

from __future__ import annotations

import re

from narcokg.extract.figures import Mention
from narcokg.extract.measures import Counted
from narcokg.extract.overdose_call_nouns import overdose_calls, sentence_part

#: The counted noun: overdoses or overdose calls, perhaps suspected, neither fatal nor non-fatal.
_OVERDOSES = re.compile(
    r"^(?P<suspected>(?:suspected|possible|reported)\s+)?(?:drug\s+)?overdose(?:s|\s+(?P<calls>calls))$",
    re.I,
)
#: The act right before the count: "responded (together) to", "attended", "were dispatched to".
_RESPONDED = re.compile(
    r"\b(?:responded(?:\s+together)?\s+to|attended|(?:were\s+)?(?:dispatched|called)\s+to"
    r"|answer(?:s|ed)?)\s+(?:a\s+total\s+of\s+)?$",
    re.I,
)
#: Round 38: a police, dispatch or emergency service earlier in the clause, which answers calls.
_SERVICE = re.compile(
    r"\b(?:officers?|police|deputies|troopers|constables|patrols?|dispatch(?:ers)?|paramedics?"
    r"|ambulances?|emergency|ems|fire|rcmp)\b",
    re.I,
)
#: A police subject earlier in the clause.
_POLICE = re.compile(r"\b(?:officers?|police|deputies|troopers|constables|patrols?)\b", re.I)


def responded_overdoses(mention: Mention, before: str) -> Counted | None:
    """``overdoses-responded-to`` for overdoses a police service responded to, the calls' own
    measures for overdose calls (whoever answered them), else ``None``."""
    noun = _OVERDOSES.match(mention.noun.strip())
    if mention.unit is not None or (noun is None and not overdose_calls(mention.noun)):
        return None
    act = _RESPONDED.search(before)
    clause = re.split(r"[;.]", before[: act.start()])[-1] if act else ""
    police = act is not None and _POLICE.search(clause) is not None
    attended = act is not None and act[0].lower().startswith("attended")
    if noun is not None and noun["calls"] and attended and noun[0] in mention.quote:
        # round 36: "officers attended 612 overdose calls": keys of nanaimo-rcmp colobus102,
        # surreyps-bc hyrax63, sps-bc ocelot44 count the calls attended, none the overdoses;
        # round 38: whoever attended ("the Surrey RCMP", "SPS members"); a part ("attended
        # 246 of the overdose calls", no noun of its own) follows its whole
        return Counted("overdose-calls-attended", "call", False, "measure: calls attended")
    # (round 53) a decimal point ("down 19.7 per cent from 264") ends no sentence
    answered = act is not None or _SERVICE.search(sentence_part(before)) is not None
    if (noun is None or noun["calls"]) and answered:  # (round 53) or a trimmed noun of calls
        # round 38: a call is no overdose, whoever answered it ("Dispatch logged 118 overdose
        # calls", "Paramedic Services responded to 612 suspected overdose calls": crstpd-sd
        # paca106, brantfordps-on markhor98, drafted non-fatal overdoses)
        return Counted("overdose-calls-responded-to", "call", False, "measure: calls responded to")
    if not police:
        return None
    return Counted("overdoses-responded-to", "overdose", False, "measure: overdoses responded to")
