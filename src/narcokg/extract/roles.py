"""Round 10 (issue 14, measures): classes of counted phrases whose grammar names the measure
before the registry's word rules are asked, so that phrasings never seen in the dev reports read
alike: a prevalence whose population is the figure's own noun or whose "use of X" is its subject
(named after the substance when it is alcohol, tobacco or a prescription medicine, else drug use),
people counted by a court's outcome ("412 accused persons were acquitted"), counts of seizure
events ("96 seizures of narcotics"), vessels acted on ("interdicted 14 fishing trawlers") and
counts of legal proceedings ("conducted 8,914 prosecutions"). Internal to :mod:`.proposals`.
"""

from __future__ import annotations

import re

from narcokg.extract.figures import Mention
from narcokg.extract.measures import Counted
from narcokg.extract.use_subjects import OWN_PREVALENCE, use_subject

#: People counted as a population ("of Jamaicans aged 12 to 65", "of respondents", "of pupils").
_POPULATION = re.compile(
    r"^(?:the\s+|all\s+)?(?:[a-z-]+\s+){0,2}(?:[A-Z][a-z]{2,}(?:ans|ians|ese|inos|ers|is)|adults?|people|persons"
    r"|individuals|respondents|pupils|students|youths?|young\s+people|teenagers|adolescents"
    r"|men|women|residents|the\s+population|population)\b"
)
#: "past-year use of cannabis stood at", "Use of cocaine remains rare:" before the figure.
_LEVEL_END = (
    r"\b[^.;]{0,40}?(?:stood\s+at|reached|was|is|rose\s+to|fell\s+to|remains?\s+\w+\s*:|at)\s*"
    r"(?:[\d.]+\s*(?:%|per\s?cent|percent)\s*,?\s*(?:up|down)\s+from\s*)?$"
)
_USE_OF = re.compile(
    r"\b(?:use|misuse|consumption)\s+of\s+(?P<what>[a-z]+(?:\s+[a-z]+)?)" + _LEVEL_END, re.I
)
#: "Past-month alcohol use among adults was": the substance before the noun of use.
_X_USE = re.compile(r"\b(?P<what>[a-z]+)\s+(?:use|misuse|consumption)" + _LEVEL_END, re.I)
#: "The share of Jamaicans who used …": the population named before the figure.
_SHARE_OF = re.compile(
    r"\b(?:share|proportion|percentage)\s+of\s+(?:[A-Z][a-z]{2,}(?:ans|ians|ese)|adults|people"
    r"|respondents|pupils|students|young\s+people|the\s+population)\b"
)
#: The verbs of taking a substance that make a share of a population a prevalence.
_TAKING = re.compile(
    r"\b(?:us(?:e|ed|ing)|misus(?:e|ed|ing)|dr(?:ank|inking|ink)|smok(?:ed|ing)|took|taking"
    r"|tried|consumed|injected)\b",
    re.I,
)
_SUBSTANCE = re.compile(
    r"\b(?:alcohol|tobacco|cigarettes?|nicotine|prescription|painkillers?|sedatives?|cannabis"
    r"|marijuana|cocaine|heroin|ecstasy|mdma|methamphetamine|amphetamines?|opioids?|inhalants?"
    r"|khat|miraa"
    r"|(?:illicit|illegal|any)\s+drugs?|drugs?)\b",
    re.I,
)


def read_by_class(
    mention: Mention, before: str, after: str, *, money: bool = False
) -> Counted | None:
    """The measure a figure's grammar names by one of this module's classes, or ``None``."""
    if mention.denominator is not None:
        return None  # "4,870 of the 11,900 drug seizures": a part of a whole, a share
    if mention.unit == "percent":
        return (
            _level_in_brackets(before)
            or _rate_noun(mention)
            or _conviction_share(mention, before, after)
            or _prevalence(mention, before, after)
        )
    if mention.unit is None or mention.unit == "person":
        return (
            _bare_arrest(mention, before, after)
            or _court_outcome(mention, before, after)
            or _group_arrested(mention, before, after)
            or _counted_event(mention, before)
        )
    if money and (act := _MONEY_ACT.search(before)) is not None:
        # "the forfeiture of RM12.7 million in cash and assets": money acted on, by the act
        held = _HELD_IN.match(after)  # "in proceeds of crime" names it; "in cash and assets" not
        what = "assets" if held is None or " and " in held[1] else "-".join(held[1].split())
        return Counted(f"{what.lower()}-{_ACTS[act['act'].lower()]}", mention.unit, False)
    return None


#: A nominalised act on money right before the amount.
_MONEY_ACT = re.compile(
    r"\b(?:the\s+)?(?P<act>forfeiture|confiscation|freezing|restraint)\s+of\s+(?:assets\s+"
    r"(?:worth|valued\s+at)\s+)?$",
    re.I,
)
#: (round 33: "in drug proceeds" whole, as the keys of five reports of five rounds name it:
#: drug-proceeds-forfeited)
_HELD_IN = re.compile(
    r"\s*(?:in|of)\s+([a-z]+\s+proceeds|[a-z]+(?:\s+(?:and|of)\s+[a-z]+)?)\b", re.I
)
_ACTS = {"forfeiture": "forfeited", "confiscation": "confiscated", "freezing": "frozen",
         "restraint": "restrained"}  # fmt: skip
#: A conviction as the outcome a share counts ("71 percent of cases ended in a conviction").
_CONVICTED_AFTER = re.compile(
    r"^\s*(?:of\s+(?:the\s+|all\s+)?(?:[a-z-]+\s+){0,2}(?:cases|defendants|accused|prosecutions"
    r"|trials|persons|people|offenders)\s+)?(?:(?:ended|resulted)\s+in\s+(?:a\s+)?convictions?"
    r"|(?:were|was)\s+convicted)\b",
    re.I,
)
_CONVICTED_BEFORE = re.compile(
    r"\b(?:convictions?\s+(?:were|was)\s+(?:secured|obtained|recorded|achieved)\s+in"
    r"|convicted)\s+(?:about\s+|nearly\s+|some\s+)?$",
    re.I,
)
_ENDED_IN = re.compile(
    r"^[^,;.]{0,40}?\b(?:ended|resulted)\s+in\s+(?:a\s+)?(?:criminal\s+)?convictions?\b", re.I
)
#: A percentage whose own noun is a rate ("a 71 percent conviction rate").
_RATE_NOUN = re.compile(r"^(?P<what>[a-z]+(?:[- ][a-z]+)?)\s+(?:rate|ratio)$", re.I)


def _rate_noun(mention: Mention) -> Counted | None:
    found = _RATE_NOUN.match(mention.noun.strip())
    if found is None:
        return None
    return Counted(
        f"{'-'.join(found['what'].lower().replace('-', ' ').split())}-rate", "percent", False
    )


def _conviction_share(mention: Mention, before: str, after: str) -> Counted | None:
    """A share of cases or people whose outcome its clause says was a conviction."""
    ended = _ENDED_IN.match(f"{mention.noun} {after}")
    if ended or _CONVICTED_AFTER.match(after) or _CONVICTED_BEFORE.search(before):
        return Counted("conviction-rate", "percent", False)
    return None


#: An earlier level in brackets after a rate: "was 89.4 percent (2022: 87.1 percent)".
_BRACKETED = re.compile(
    r"(?P<rate>\d[\d.,]*\s*(?:%|per\s?cent|percent))(?:\s+(?:in|for)\s+(?:FY\s?)?\d{4})?"
    r"\s*\(\s*(?:in\s+)?(?:FY\s?)?\d{4}"
    r"(?:[-/]\d{2,4})?\s*[:=]\s*$",
    re.I,
)


def _level_in_brackets(before: str) -> Counted | None:
    """The earlier level in brackets after a rate has the rate's own measure."""
    from narcokg.extract.rates import rate_measure

    found = _BRACKETED.search(before)
    if found is None:
        return None
    earlier = before[: found.start()]
    rate = rate_measure("", before, earlier, "")
    return (
        None if rate.measure.startswith("share") else Counted(rate.measure, "percent", rate.known)
    )


#: Verbs of an arrest around a bare count ("412 were detained", "Police apprehended 96.").
_ARREST_VERB = r"(?:arrested|detained|apprehended|nabbed|captured|taken\s+into\s+custody)"
_ARRESTED_AFTER = re.compile(
    rf"^\s*(?:were|was|had\s+been|have\s+been)\s+(?:also\s+)?{_ARREST_VERB}\b", re.I
)
_ARRESTED_BEFORE = re.compile(
    rf"\b{_ARREST_VERB}\s+(?:a\s+(?:total|further)\s+of\s+|another\s+|some\s+)?$", re.I
)


def _bare_arrest(mention: Mention, before: str, after: str) -> Counted | None:
    """A count with no noun that only an arrest verb governs: people, arrested."""
    if mention.noun.strip() or not (
        _ARRESTED_AFTER.match(after) or _ARRESTED_BEFORE.search(before)
    ):
        return None
    return Counted("suspects-arrested", "person", True)


#: "27 of the suspects were foreign nationals", "14 women were among those arrested".
_PART_AFTER = re.compile(
    r"^\s*of\s+(?:the|those|them)\s+(?:[a-z]+\s+)?(?:suspects|people|persons|arrested|detainees)"
    r"\s+(?:were|was)\s+(?P<group>foreign\s+nationals|foreigners|women|females)\b",
    re.I,
)
_AMONG_ARRESTED = re.compile(
    r"^\s*(?:were|was)\s+(?:also\s+)?among\s+(?:those|the\s+(?:people|suspects|persons))\s+"
    r"(?:arrested|detained|apprehended|captured)\b",
    re.I,
)
_ARREST_OF = re.compile(
    r"\b(?:arrest|detention|apprehension|capture)\s+of\s+(?:a\s+total\s+of\s+|some\s+)?$", re.I
)


def _group_arrested(mention: Mention, before: str, after: str) -> Counted | None:
    """Parts of the people arrested by who they are, and people counted by any role after "the
    arrest of" ("the arrest of 41 kingpins"): the registry's arrest measures."""
    from narcokg.extract.measures import count_unit

    part = _PART_AFTER.match(after)
    group = part["group"] if part else mention.noun if _AMONG_ARRESTED.match(after) else ""
    if re.fullmatch(r"women|females", group, re.I):
        return Counted("women-arrested", "person", True)
    if re.fullmatch(r"foreign\s+nationals|foreigners", group, re.I):
        return Counted("foreign-nationals-arrested", "person", True)
    plural = re.fullmatch(r"(?:[a-z-]+\s+)?[a-z]+s", mention.noun.strip(), re.I) is not None
    if (plural or count_unit(mention.noun) == "person") and _ARREST_OF.search(before):
        # only people are arrested: "the arrest of 41 kingpins" counts suspects
        return Counted("suspects-arrested", "person", True)
    return None


def _prevalence(mention: Mention, before: str, after: str) -> Counted | None:
    """ "46.3 percent of Jamaicans drank alcohol", "use of cocaine remains rare: 0.4 percent",
    "reported by 2.1 percent of respondents": a prevalence, by the substance the clause names."""
    clause = re.split(r"[;]|,\s+(?=(?:and|while|but|up|down|compared)\b)", before)[-1]
    uses = [m for p in (_USE_OF, _X_USE) if (m := p.search(before)) and _SUBSTANCE.search(m[1])]
    if uses:
        named = _SUBSTANCE.search(uses[0]["what"])
    elif (subject := use_subject(mention, before, after)) is not None:
        return subject  # round 20: "Past-year use of X was reported by 9.8% …"
    else:
        whole = re.sub(r"^\s*of\s+", "", after)
        population = _POPULATION.match(mention.noun) or _POPULATION.match(whole)
        if not (population or _SHARE_OF.search(clause)) or not _TAKING.search(f"{clause} {after}"):
            return None
        # the predicate's substance ("… drank alcohol"), else the clause's last one
        named = _SUBSTANCE.search(after) or next(reversed([*_SUBSTANCE.finditer(clause)]), None)
    if named is None:
        return None
    context = f"{clause} {after}" if named.group().lower() == "prescription" else named.group()
    measure = next((m for p, m in OWN_PREVALENCE if p.search(context)), "drug-use-prevalence")
    return Counted(measure, "percent", measure == "drug-use-prevalence")


#: What a court did to people counted by any role, right after the count or right before it.
_OUTCOME_AFTER = re.compile(
    r"^\s*(?:were|was|had\s+been|have\s+been)\s+(?:also\s+|later\s+)?(?P<verb>acquitted"
    r"|convicted|found\s+guilty|put\s+before\s+the\s+courts?|arraigned|prosecuted)\b",
    re.I,
)
_OUTCOME_BEFORE = re.compile(
    r"\b(?P<verb>convictions?\s+(?:were|was)\s+(?:obtained|secured|recorded)\s+against"
    r"|acquitted|convicted)\s+(?:a\s+further\s+|another\s+)?$",
    re.I,
)
#: A sentence passed on people counted: "imposed life imprisonment on 187 persons", "31 people
#: were sentenced to death" (a term of years is no kind of sentence to name a measure by).
_SENTENCED_AFTER = re.compile(
    r"^\s*(?:were|was)\s+(?:also\s+)?sentenced\s+to\s+(?P<what>death|life(?:\s+imprisonment)?"
    r"|caning|community\s+service)\b",
    re.I,
)
_IMPOSED_ON = re.compile(
    r"\b(?:imposed|passed|handed\s+down)\s+(?P<what>death|life(?:\s+imprisonment)?"
    r"|(?:death|life)\s+sentences?)\s+on\s+$",
    re.I,
)
_OUTCOMES = {
    "acquitted": "people-acquitted",
    "convict": "offenders-convicted",
    "found": "offenders-convicted",
    "put": "defendants-prosecuted",
    "arraigned": "defendants-prosecuted",
    "prosecuted": "defendants-prosecuted",
}


def _court_outcome(mention: Mention, before: str, after: str) -> Counted | None:
    """People counted by a role ("accused persons", "defendants") and what a court did to them."""
    from narcokg.extract.measures import count_unit

    if count_unit(mention.noun) != "person":
        return None
    if (sentenced := _SENTENCED_AFTER.match(after) or _IMPOSED_ON.search(before)) is not None:
        what = "-".join(sentenced["what"].lower().split())
        return Counted(f"people-sentenced-to-{what}", "person", False)
    found = _OUTCOME_AFTER.match(after) or _OUTCOME_BEFORE.search(before)
    if found is None:
        return None
    verb = found["verb"].lower()
    measure = next(m for k, m in _OUTCOMES.items() if verb.startswith(k) or k in verb.split())
    return Counted(measure, "person", measure != "people-acquitted")


#: Seizure events ("96 seizures of narcotic substances", "212 separate detections of drugs").
_EVENTS = re.compile(
    r"^(?:separate\s+|individual\s+|drug\s+)?(?P<head>seizures|detections|interceptions)"
    r"(?:\s+of\s+(?P<what>[a-z]+(?:\s+[a-z]+)?))?$",
    re.I,
)
#: Interdictions at sea ("14 separate interdictions", "187 interdictions carried out"), not of
#: people or parcels ("interdictions of couriers").
_INTERDICTIONS = re.compile(
    r"^(?:[a-z]+\s+){0,2}interdictions(?!\s+of\s+(?!suspected\b|vessels?\b|boats?\b))\b", re.I
)
#: Vessels acted on ("interdicted 14 multi-day fishing trawlers").
_VESSELS = re.compile(
    r"\b(?:vessels?|boats?|trawlers?|ships?|dhows?|go-fasts?|semi-submersibles?|yachts?|skiffs?"
    r"|launch(?:es)?)$",
    re.I,
)
_ACTED = re.compile(r"\b(?P<verb>[a-z]+ed)\s+(?:a\s+total\s+of\s+|some\s+|about\s+)?$", re.I)
_INTERDICTS = frozenset({"interdicted", "intercepted", "boarded", "stopped"})
#: Checks made on things, never seizures of them.
_CHECKS = frozenset({"searched", "inspected", "examined", "screened", "checked", "scanned"})
_THING = re.compile(r"\b(?:vehicles|containers|parcels|packages|premises|houses|vessels)$", re.I)
#: Legal proceedings counted by what was done to them ("conducted 8,914 prosecutions"), whatever
#: crime their modifiers name (round 18: "opened 58 drug-trafficking investigations").
_PROCEEDINGS = re.compile(
    r"^(?:[a-z-]+\s+){0,3}?(?P<head>prosecutions|trials|investigations)(?:\s+(?:under|of|for|in|against)\b.*)?$",
    re.I,
)

#: The same with the participle after them, as a list item writes it.
_PROCEEDINGS_DONE = re.compile(
    r"^(?:[a-z-]+\s+){0,3}?(?P<head>prosecutions|trials|investigations)\s+(?P<verb>[a-z]{3,}ed)$",
    re.I,
)


def _counted_event(mention: Mention, before: str) -> Counted | None:
    from narcokg.extract.lang.en.words import DRUG_WORDS

    noun = mention.noun.strip()
    if (event := _EVENTS.match(noun)) is not None:
        what = event["what"] or ""
        if what and not DRUG_WORDS.search(what) and "narcotic" not in what.lower():
            return None  # "seizures of vehicles": not of drugs
        return Counted("drug-seizures", "seizure", True)
    if _INTERDICTIONS.match(noun):
        # "14 separate interdictions": a maritime force's events, counted as the keys count them
        return Counted("vessel-interdictions", "interdiction", False)
    if (done := _PROCEEDINGS_DONE.match(noun)) is not None:  # "38 investigations opened"
        return _proceedings(done["head"], done["verb"])
    acted = _ACTED.search(before)
    if acted is None or acted["verb"].lower() in {"used", "recorded", "reported"}:
        return None
    if acted["verb"].lower() in _CHECKS and (head := _THING.search(noun)) is not None:
        # round 10: "searched more than 2,300 vehicles": things checked are not things seized
        words = re.findall(r"[a-z]+", noun[: head.end()].lower())  # "cargo containers"
        return Counted(f"{'-'.join(words)}-{acted['verb'].lower()}", words[-1][:-1], False)
    if _VESSELS.search(noun) and acted["verb"].lower() in _INTERDICTS:
        # a maritime interdiction counts vessels whatever the craft ("14 fishing trawlers"),
        # unless the registry names the craft (round 16: "intercepted 17 go-fast boats")
        return _craft_named(noun, before) or Counted(
            f"vessels-{acted['verb'].lower()}", "vessel", False
        )
    if (event := _PROCEEDINGS.match(noun)) is not None:
        return _proceedings(event["head"], acted["verb"])
    return None


def _proceedings(head: str, verb: str) -> Counted:
    """Proceedings named by what was done to them, ``<head>-<verb>``: round 24, investigations
    "initiated", "commenced" or "launched" were opened (``investigations-opened``), as the keys
    of ccc-qld wombat52, irs-ci marmot42 and irsci serval34 name them."""
    kind, done = head.lower(), verb.lower()
    if kind == "investigations" and done in _OPENED:
        done = "opened"
    return Counted(f"{kind}-{done}", kind[:-1], False)


_OPENED = frozenset({"initiated", "commenced", "launched", "started"})


def _craft_named(noun: str, before: str) -> Counted | None:
    """Round 16: a craft acted on that a registry concept names by its own words and the verb
    ("intercepted 17 go-fast boats" -> ``go-fast-boats-intercepted``, in boats), else ``None``."""
    from narcokg.extract.measures import classify

    named = classify(noun, before, None, False)
    return named if named.known and named.measure.endswith("-intercepted") else None
