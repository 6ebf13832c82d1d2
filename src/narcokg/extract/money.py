"""What an amount of money is, from the grammar around it (round 7): the words next to the
amount ("in cash"), the thing it is the worth of ("96 confiscation orders worth £48 million",
"drugs worth $5 million"), the verb that acts on it ("froze £12.7 million", "the forfeiture of
$21.3 million in proceeds of crime"), the subject it is the total of ("Fines imposed on drug
offenders totalled $4.6 million") and what it was spent on. Each reading names a proposed measure
the way docs/facts.md asks a reviewer to: the thing, then what was done to it.
"""

from __future__ import annotations

import re

from narcokg.extract.lang.en.words import DRUG_WORDS, STOP

#: Words between a cue and the amount that only hedge or sum it ("worth a combined £48 million").
_HEDGE = (
    r"(?:\s+(?:about|around|approximately|roughly|some|nearly|almost|over|more\s+than|up\s+to"
    r"|an\s+estimated|a\s+combined|a\s+total\s+of|in\s+total|at\s+least))*"
)
_WORTH = re.compile(
    rf"\b(?:worth|valued\s+at|(?:street\s+|estimated\s+|total\s+)?value\s+of|sold\s+for|fetch"
    # round 8: the price a publisher puts on drugs ("a standard drug price of", "market value of")
    r"|(?:(?:street|estimated|total|market|wholesale|retail|standard|drug|black[\s-]market)\s+)+"
    r"(?:value|price)\s+of)"
    rf"{_HEDGE}\s*$",
    re.I,
)
#: Round 8: what an amount is the cost of, before the verb that states it ("The cost to NHS
#: Scotland of dispensing opioid substitution therapy was £29.6 million"): spending on it.
_COST_OF = re.compile(
    r"\b(?:total\s+|annual\s+|overall\s+)?cost(?:\s+to\s+[^,;:]{1,40}?)?\s+of\s+"
    r"(?P<doing>[a-z]+ing\s+)?(?P<what>[a-z][a-z\s-]{0,50}?)"
    r"(?:\s+(?:in|during|for)\s+[^,;:]{1,30})?\s+"
    rf"(?:was|were|is|are|reached|totall?ed|came\s+to|amounted\s+to|stood\s+at|at){_HEDGE}\s*$",
    re.I,
)
#: Round 8: "Spending on take-home naloxone under the program reached": what the subject was
#: spent on.
_SPENDING_ON = re.compile(
    r"\b(?:spending|expenditure|outlays?)\s+on\s+(?P<what>[a-z][a-z\s-]{0,40}?)"
    r"(?:\s+(?:under|in|during|for|by|across)\s+[^,;:]{1,40})?\s+"
    rf"(?:was|were|is|reached|totall?ed|came\s+to|amounted\s+to|stood\s+at|rose\s+to){_HEDGE}\s*$",
    re.I,
)
#: The thing counted right before "worth": "96 confiscation orders worth", "property worth".
_THING_WORTH = re.compile(
    r"(?P<thing>(?:[A-Za-z][a-z-]*\s+){0,3}[a-z]+)\s+"
    r"(?:(?:estimated|thought|believed)\s+to\s+be\s+)?(?:worth|valued\s+at)\b"
)
#: Verbs (and their nouns) that act on money, with the participle a measure is named by.
_ACTS = {
    "froze": "frozen", "frozen": "frozen", "freeze": "frozen", "freezing": "frozen",
    "forfeited": "forfeited", "forfeiture": "forfeited",
    "confiscated": "confiscated", "confiscation": "confiscated",
    "restrained": "restrained", "restraint": "restrained",
    "recovered": "recovered", "recovery": "recovered",
    "laundered": "laundered", "laundering": "laundered",
    "seized": "seized", "seizure": "seized",
}  # fmt: skip
_ACTED_ON = re.compile(
    rf"\b({'|'.join(_ACTS)})\s+(?:(?:the\s+|an?\s+)?(?:[a-z]+\s+){{0,2}}?(?:of|worth)\s+)?"
    rf"{_HEDGE}\s*$",
    re.I,
)
#: What an amount is held in, after it: "$21.3 million in proceeds of crime", "in assets".
_HELD_IN = re.compile(
    r"^\s+(?:in|of)\s+((?:[a-z]+\s+){0,2}?(?:proceeds\s+of\s+crime|[a-z]+s|cryptocurrency"
    r"|property|cash))\b",
    re.I,
)
#: The subject an amount is the total of: "Fines imposed on drug offenders totalled".
_TOTAL_OF = re.compile(
    r"(?:^|[.;:]\s*)(?:the\s+)?(?P<subject>[A-Za-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)"
    r"(?:\s+(?:on|for|under|against|by|in|to|from)\b[^;:]*?)?\s+"
    r"(?:totall?ed|reached|amounted\s+to|came\s+to|stood\s+at|were\s+worth)"
    rf"{_HEDGE}\s*$",
    re.I,
)
#: A part of an amount named before it: "of which methamphetamine alone accounted for".
_PART_OF_AMOUNT = re.compile(
    r"\b(?:of\s+which|including)\s+(?:the\s+)?(?P<part>[a-z-]+)\s+(?:alone\s+)?"
    r"(?:accounted\s+for|made\s+up|represented|was|came\s+to)\s*$",
    re.I,
)
#: An amount of money in the text ("$10.3 billion", "RM 87.5 million").
_AMOUNT = re.compile(
    r"(?:[A-Z]{1,3})?[$£€₱₹¢₵]\s?\d[\d.,]*(?:\s*(?:million|billion|thousand))?"
    r"|\b(?:RM|Rp|[A-Z]{3})\s?\d[\d.,]*(?:\s*(?:million|billion|thousand))?"  # round 14: codes
)
#: Round 14: an amount compared with one before it ("…, compared with $142 million the previous
#: year", "up from Rp 61.2 billion", "(2022: €98.6 million)") is the same measure's.
_COMPARED_AMOUNT = re.compile(
    r"(?:,\s*|\b)(?:compared\s+(?:with|to)|(?:up|down)\s+from|against|from|than"
    r"|\(\s*(?:19|20)\d\d(?:[-/]\d\d)?\s*:)\s*(?:the\s+)?(?:about\s+|some\s+)?$",
    re.I,
)
#: Round 14: holdings whose worth is assets acted on ("criminal assets worth", "bank accounts and
#: real estate worth", "in other assets"); "property" and bank accounts alone keep their own names
#: (earlier keys: `property-restrained`, `bank-accounts-frozen`).
_PROPERTY = re.compile(r"\b(?:assets|real\s+estate)\b", re.I)
#: Round 14: the act's participle right after an amount ("£11.6 million frozen in bank accounts").
_PARTICIPLE_AFTER = re.compile(rf"^\s*(?:also\s+)?({'|'.join(_ACTS)})\b(?!\s+(?:of|by)\b)", re.I)
#: Round 8: a passive right after an amount says what was done to the thing it is the worth of.
_ACTED_AFTER = re.compile(
    rf"^\s*(?:were|was|had\s+been|have\s+been)\s+(?:also\s+)?({'|'.join(_ACTS)})\b", re.I
)
_RELATIVES = frozenset({"whose", "which", "that", "and", "with"})
_SPENT = re.compile(rf"\bspent{_HEDGE}\s*$", re.I)
#: What the money was spent on, to the end of its noun phrase ("on the four drugs, of which").
_SPENT_ON = re.compile(
    r"^\s+on\s+([a-z\s-]+?)"
    r"(?=\s*(?:[,.;:(]|$|\b(?:in|of|and|at|during|for|from|by|last|this|each|per|over)\b))",
    re.I,
)
_DETERMINERS = frozenset(
    {"the", "a", "an", "all", "its", "their", "these", "those"}
    | {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
)
_CASH = re.compile(r"\b(?:cash|currency|money|banknotes)\b", re.I)
#: Round 8: "confiscated", "intercepted" seize too.
_SEIZURE = re.compile(r"\b(?:seiz|confiscat|intercept)", re.I)
#: Things whose worth is the value of drugs seized (a drug, a load, pills).
_DRUG_LOADS = re.compile(
    rf"{DRUG_WORDS.pattern}|\b(?:narcotics|contraband|pills|tablets|substances|shipments?|loads?"
    r"|hauls?|consignments?|seizures?)\b",  # round 8: the haul, the consignment
    re.I,
)


#: Round 8: the street names the value after the amount ("$4 million in street value").
_STREET_AFTER = re.compile(
    r"\s*(?:in\s+)?(?:(?:estimated|potential)\s+)?(?:street|market|retail|wholesale)\s+value\b"
    r"|\s*on\s+the\s+(?:street|black\s+market)\b",
    re.I,
)
#: Round 23: the value of drugs put at an amount ("Police estimate the street value of the drugs
#: at"): 3 calibration reports of 3 rounds key it ``value-of-drugs-seized``.
_VALUE_OF_AT = re.compile(
    r"\b(?:street|market|estimated|total|retail|wholesale)\s+value\s+of\s+"
    rf"(?P<what>[^,;:]{{1,60}}?)\s+at{_HEDGE}\s*$",
    re.I,
)
#: Round 23: money seized as the proceeds of drug dealing is cash seized, as the keys of 5
#: calibration reports of 4 rounds write it ("seized $402,000 in drug proceeds").
_DRUG_PROCEEDS = re.compile(r"\s*in\s+(?:suspected\s+)?(?:drug|narcotics?)\s+proceeds\b", re.I)
#: Round 29: the seizure verb earlier in the sentence, the proceeds last of a list of things
#: seized ("seized 612 kilograms of …, along with 327 firearms and $9.6 million in drug
#: proceeds"; "took … off the streets, along with $14.8 million in drug proceeds"): 3 reports.
_SEIZED_EARLIER = re.compile(r"\b(?:seized|took|confiscated)\b", re.I)
#: An amount a load was put at ("The haul was estimated at").
_ESTIMATED_AT = re.compile(rf"\b(?:estimated|put|priced|assessed)\s+at{_HEDGE}\s*$", re.I)


#: Round 30: cash together with other holdings ("$4.8 million in cash and property … restrained",
#: "in illicit currency and assets"): the assets acted on, not the cash alone (keys of 4
#: calibration reports of 4 rounds).
_CASH_AND_ASSETS = re.compile(
    r"\s*in\s+(?:[a-z-]+\s+)?(?:cash|currency)\s+and\s+(?:other\s+)?(?:property|assets)\b"
    r"(?P<rest>[^.;]*)",
    re.I,
)
_ACT_WORD = re.compile(rf"\b({'|'.join(_ACTS)})\b", re.I)


def _mixed_holdings(rest: str, before: str) -> str:
    """``assets-<act>``: the act after the holdings ("… was seized"), else the one before."""
    after = _ACT_WORD.search(rest[:80])
    acted = after or _ACTED_ON.search(before)
    return f"assets-{_ACTS[acted[1].lower()] if acted else 'seized'}"


def money_measure(sentence: str, before: str = "", after: str = "") -> str:
    """The proposed measure of an amount of money in ``sentence`` (``before`` and ``after``: the
    sentence's text on either side of the amount)."""
    if (mixed := _CASH_AND_ASSETS.match(after)) is not None:
        return _mixed_holdings(mixed["rest"], before)  # round 30: "in cash and property"
    if re.match(r"\s*(?:in|of)\s+(?:cash|currency|banknotes)\b", after, re.I):
        return "cash-seized"
    if re.match(r"\s*worth\s+of\b", after, re.I):  # "$1.2 million worth of cocaine"
        return "value-of-drugs-seized"
    if (valued := _VALUE_OF_AT.search(before)) and _DRUG_LOADS.search(valued["what"]):
        return "value-of-drugs-seized"  # round 23: "the street value of the drugs at $3.9 million"
    if _DRUG_PROCEEDS.match(after) and _SEIZED_EARLIER.search(before):
        return "cash-seized"  # round 23: "seized $1.9 million in (suspected) drug proceeds"
    if _STREET_AFTER.match(after) or (
        _ESTIMATED_AT.search(before) and _DRUG_LOADS.search(re.split(r"[;:]", before)[-1])
    ):
        return "value-of-drugs-seized"  # round 8: "€3.1 million on the street", "in street value"
    if (compared := _compared_amount(sentence, before)) is not None:
        return compared
    if (property_act := _property_acted(before, after)) is not None:
        return property_act
    if (part := _PART_OF_AMOUNT.search(before)) and (amounts := list(_AMOUNT.finditer(before))):
        # "…, of which methamphetamine alone accounted for $7.9 billion": a part of the amount
        whole = amounts[-1]
        named = money_measure(sentence, before[: whole.start()], before[whole.end() :])
        what = part["part"].lower()
        if named.startswith("spending-on-"):
            return f"spending-on-{what}"
        return f"value-of-{what}-seized" if named == "value-of-drugs-seized" else f"{named}-{what}"
    if _WORTH.search(before):
        # round 8: "assets worth Rp 412.6 billion were confiscated": what was done to the thing
        acted = _ACTED_AFTER.match(after)
        worth = _THING_WORTH.search(re.split(r"[,;:]", before)[-1])
        if acted and worth and not _DRUG_LOADS.search(worth[0]):
            words = [
                w
                for w in worth["thing"].split()
                if w.lower() not in _DETERMINERS | _RELATIVES and len(w) > 1
            ]
            return f"{_slug(' '.join(words[-2:]))}-{_ACTS[acted[1].lower()]}"
        return _worth_of(before)
    if _CASH.search(sentence):
        return "cash-seized"
    if acted := _ACTED_ON.search(before):
        held = _HELD_IN.match(after)
        act = _ACTS[acted[1].lower()]
        thing = _slug(held[1]) if held else "cash" if act == "seized" else "assets"
        return f"{thing}-{act}"
    if spending := _SPENDING_ON.search(before):
        return "spending-on-" + "-".join(
            w for w in spending["what"].lower().split() if w not in _DETERMINERS
        )
    if total := _TOTAL_OF.search(before):
        subject = _slug(total["subject"])
        if subject and not _DRUG_LOADS.search(total["subject"]):
            return subject
    if _SPENT.search(before) and (spent := _SPENT_ON.match(after)):
        return "spending-on-" + "-".join(
            w for w in spent[1].lower().split() if w not in _DETERMINERS
        )
    if cost := _COST_OF.search(before):
        # round 8: the cost of doing something is spending on it; of anything else, its cost
        what = "-".join(w for w in cost["what"].lower().split() if w not in _DETERMINERS)
        return f"spending-on-{what}" if cost["doing"] else f"cost-of-{what}"
    if (ordered := _ORDERED.search(before)) and (owed := _OWED_IN.match(after)):
        return f"{owed[1].lower()}-{ordered[1].lower()}"  # round 22: "ordered $3.8 million in
        # restitution" -> restitution-ordered, "imposed $40,000 in fines" -> fines-imposed
    return "value-of-drugs-seized" if _SEIZURE.search(sentence) else "money-amount"


#: Round 22: a court's order of money, the verb right before the amount and what the money is
#: after it (docs/facts.md: ``<what>-<act>``, ``fines-imposed``): 3 calibration reports of 3 rounds.
_ORDERED = re.compile(
    r"\b(ordered|imposed|awarded)\s+(?:a\s+total\s+of\s+|more\s+than\s+|about\s+|nearly\s+)?$", re.I
)
_OWED_IN = re.compile(r"^\s*in\s+(restitution|fines|penalties|compensation)\b", re.I)


def _compared_amount(sentence: str, before: str) -> str | None:
    """Round 14: the measure of the amount an amount is compared with, named before it in its
    sentence, else ``None``."""
    amounts = list(_AMOUNT.finditer(before))
    if not amounts or not _COMPARED_AMOUNT.search(before):
        return None
    earlier = amounts[-1]
    return money_measure(sentence, before[: earlier.start()], before[earlier.end() :])


def _property_acted(before: str, after: str) -> str | None:
    """Round 14: property an act names, held by the amount ("$15.8 million in other assets"),
    worth it ("criminal assets worth €117 million were seized"), or the act's participle right
    after it ("£11.6 million frozen in bank accounts"): ``assets-<act>``, as keys name them."""
    if (participle := _PARTICIPLE_AFTER.match(after)) and _ACTS[participle[1].lower()] != "seized":
        return f"assets-{_ACTS[participle[1].lower()]}"
    clause = re.split(r"[,;:]", before)[-1]
    # the act nearest before, in the clause ("seized $22.4 million in cash and $15.8 million in")
    acts = re.findall(rf"\b({'|'.join(_ACTS)})\b", clause, re.I)
    if acts and (held := _HELD_IN.match(after)) and _PROPERTY.search(held[1]):
        return f"assets-{_ACTS[acts[-1].lower()]}"
    if not _WORTH.search(before) or not (thing := _THING_WORTH.search(clause)):
        return None
    if not _PROPERTY.search(clause[: thing.end()]):
        return None
    act = _ACTED_AFTER.match(after) or re.search(
        rf"\b({'|'.join(_ACTS)})\s+(?:[a-z]+\s+){{0,5}}?(?:worth|valued)", clause, re.I
    )
    return f"assets-{_ACTS[act[1].lower()]}" if act else None


def _worth_of(before: str) -> str:
    """The worth of what is named before "worth": drugs, or a count of other things ("96
    confiscation orders worth …": their value), or a mass noun a verb acted on ("restrained
    assets worth …": the assets, restrained)."""
    clause = re.split(r"[,;:]", before)[-1]
    found = _THING_WORTH.search(clause)
    if found is None or _DRUG_LOADS.search(found[0]):
        return "value-of-drugs-seized"
    words = found["thing"].split()
    if words[-1].lower() in STOP:  # "was estimated to be worth": no noun before "worth"
        return "value-of-drugs-seized"
    kept: list[str] = []
    for word in reversed(words):  # the noun phrase only: "and restrained assets" -> assets
        low = word.lower()
        if kept and (low in STOP or low in {"and", "froze"} or re.fullmatch(r"[a-z]+ed", low)):
            break
        kept.insert(0, word)
    thing = " ".join(kept)
    ahead = clause[: found.start("thing") + found["thing"].rindex(thing)]
    if re.search(r"\d\s*$", ahead):
        return f"value-of-{_slug(thing)}"
    verb = re.search(rf"\b({'|'.join(_ACTS)})\s+(?:the\s+)?$", ahead, re.I)
    if verb:
        return f"{_slug(thing)}-{_ACTS[verb[1].lower()]}"
    return "value-of-drugs-seized"


def _slug(words: str) -> str:
    kept = [w.lower() for w in re.findall(r"[A-Za-z][a-z-]*", words) if w.lower() != "the"]
    return "-".join(kept)


def act_on_included(sentence: str, noun: str) -> str | None:
    """Round 7: the participle of the act a count in an "including" list undergoes ("ordered the
    forfeiture of $21.3 million, including 212 vehicles and 19 properties" -> forfeited), named
    before the list; ``None`` when the count is not in such a list."""
    listed = re.search(rf"\bincluding\s+[^.;:]*?\d[\d,.]*\s+{re.escape(noun)}\b", sentence)
    if listed is None and (ordered := _ORDER_OF.search(sentence)) is not None:
        # round 33: "obtained forfeiture orders for $6.3 million in drug proceeds and 213
        # vehicles", "won forfeiture of 23 vehicles" (keys of six reports of six rounds)
        count = rf"^[^;:]*?(?:\band|along\s+with|^)\s+\d[\d,.]*\s+{re.escape(noun)}\b"
        if re.search(count, sentence[ordered.end() :], re.I):
            return _ACTS[ordered[1].lower()]
    if listed is None:
        return None
    acts = re.findall(rf"\b({'|'.join(_ACTS)}|seizures)\b", sentence[: listed.start()], re.I)
    return _ACTS.get(acts[-1].lower().rstrip("s"), "seized") if acts else None


#: An order that acts on what follows it: "forfeiture of", "forfeiture orders for".
_ORDER_OF = re.compile(r"\b(forfeiture|confiscation|restraint)\s+(?:orders?\s+)?(?:of|for)\b", re.I)
