"""Round 11 (measures and units, by class): the measure a figure's phrase names by its kind,
asked before the registry's word rules, each as docs/facts.md names it: a crop's area in hectares
(``coca-cultivation``, or the act on it: ``coca-eradicated``), a price (``coca-leaf-price``), a
rate per 100,000 of a count (``drug-offence-rate``), cases customs detected (``drug-seizures``),
offences by drug or kind (``cannabis-offences-recorded``), and a bare count of people by what was
done to them (``people-remanded-in-custody``). The unit word is never the measure.
"""

from __future__ import annotations

import re

from narcokg.extract.figures import Mention
from narcokg.extract.heads import people_first
from narcokg.extract.lang.en.words import DRUG_WORDS, STREET_NAMES
from narcokg.extract.measures import Counted


def read_kind(
    mention: Mention, sentence: str, before: str, after: str, *, money: bool, previous: str = ""
) -> Counted | None:
    """The measure one of this module's classes names for ``mention`` (``before``/``after``: its
    sentence's text either side; ``previous``: the sentence before it), or ``None``."""
    if money:
        return _price(mention, before, after) or _cash_and_assets(mention, before)
    if mention.unit in {"per-100000", "per-million", "per-10000"}:
        from narcokg.extract.rate_names import per_n_rate
        from narcokg.extract.rates import rate_measure

        own = _count_rate(mention, before, previous)
        named = own or per_n_rate(mention, sentence, before, after, previous)
        if named or mention.unit == "per-100000":
            return named
        return Counted(
            rate_measure(mention.noun, sentence, before, after).measure, mention.unit, False
        )
    if mention.unit is not None or mention.denominator is not None:
        return None
    return (
        _crop_area(mention, sentence, before)
        or _cases_detected(mention, before, after)
        or _offences_by_kind(mention, before)
        or _dosage_units(mention, before)
        or _people_by_act(mention, before, after)
        or _people_predicate(mention, before)
    )


#: Crops whose area is surveyed; a capitalised one inside a name ("… of Coca Cultivation in the
#: Upper Huallaga") is no crop, one opening the sentence is.
_CROP = re.compile(r"\b(coca|opium|poppy|cannabis|marijuana)\b", re.I)
_CROP_NAMES = {"poppy": "opium", "marijuana": "cannabis"}
#: What is done to a crop's area ("eradicated 22,180 hectares of coca"), in its clause.
_AREA_ACT = re.compile(r"\b(eradicated|destroyed|cleared|uprooted|sprayed)\b[^;]*$", re.I)
#: Things that cover an area, right before it ("plantations covering", "fields of").
_COVERED = re.compile(
    r"\b[a-z]+s\s+(?:covering|spanning|totall?ing|over|of)\s+(?:about\s+|some\s+|nearly\s+)?$",
    re.I,
)
#: A figure compared with the one before it takes its act.
_COMPARED = re.compile(
    r"\b(?:against|compared\s+(?:with|to)|(?:up|down)\s+from|than)\s+(?:the\s+)?$", re.I
)


def _crop_area(mention: Mention, sentence: str, before: str) -> Counted | None:
    """A crop's area in hectares: ``<crop>-cultivation``, or ``<crop>-<act>`` for an area acted
    on; never ``hectares`` (the unit is no measure)."""
    of = re.fullmatch(
        r"hectares?(?:\s+(?:of|under)\s+(?P<what>.+?))?(?:\s+(?:each|apiece))?",
        mention.noun.strip(),
        re.I,
    )
    if of is None:
        return None
    if of["what"] and not _CROP.fullmatch(of["what"].strip()):
        return None  # "hectares of cannabis fields", "hectares of forest": other rules, or none
    if _COVERED.search(before):
        return None  # "destroyed cannabis plantations covering 120 hectares": what covers them
    crop = _crop_in(of["what"] or "") or _crop_in(before) or _crop_in(sentence)
    if crop is None:
        return None
    clause = re.split(r"[;]", before)[-1]
    if not _COMPARED.search(clause):  # "destroyed 612 hectares, against 498": the same act
        clause = re.split(r",", clause)[-1]
    act = _AREA_ACT.search(clause)
    return Counted(f"{crop}-{act[1].lower() if act else 'cultivation'}", "hectare", False)


def _crop_in(text: str) -> str | None:
    for found in _CROP.finditer(text):
        at_start = not text[: found.start()].strip() or text[: found.start()].rstrip()[-1] in ".:"
        if found[1].islower() or at_start:
            word = found[1].lower()
            return _CROP_NAMES.get(word, word)
    return None


#: Words that make an amount a price: a unit of sale after it ("US$2.40 per kilogram"), or a
#: price or a sale before it ("Coca leaf prices … averaging", "sold for an average of").
_PER_UNIT = re.compile(
    r"^\s*(?:a|per|for\s+(?:a|one|each))\s+(?:kilogram|kilo|kg|gram|g|pound|ounce|tonne|dose)\b",
    re.I,
)
_PRICE_BEFORE = re.compile(r"\bprices?\b|\b(?:sold|sells|retailed)\s+for\b|\bfetched\b", re.I)
#: The worth of a haul is a value, not a price ("a street value of", "worth").
_WORTH = re.compile(r"\b(?:worth|value[ds]?|valuing)\b", re.I)
#: Words after a drug's name that name the good priced ("coca leaf", "cocaine base paste").
_GOOD = re.compile(r"^(?:\s+(?:leaf|leaves|base|paste|resin|powder|herb))+", re.I)


def _price(mention: Mention, before: str, after: str) -> Counted | None:
    """An amount a unit of sale or a word of price makes a price: ``<thing>-price``, the thing
    the last drug named before it (or after it) with the words that name the good."""
    clause = re.split(r"[;]", before)[-1]
    if _WORTH.search(clause + " " + after[:40]):
        return None
    if not _PER_UNIT.match(after) and re.search(r"\b(?:million|billion|trillion)\b", mention.quote):
        return None  # "would have sold for £1.6 billion": a haul's worth, not a unit's price
    if not (_PER_UNIT.match(after) or _PRICE_BEFORE.search(clause)):
        return None
    named = list(DRUG_WORDS.finditer(clause)) or list(DRUG_WORDS.finditer(after[:60]))
    if not named:
        return None
    drug = named[-1]
    word = "-".join(drug[1].lower().split())
    word = STREET_NAMES.get(word, word)
    good = _GOOD.match(drug.string[drug.end() :])
    thing = "-".join([word, *(good[0].lower().replace("leaves", "leaf").split() if good else [])])
    return Counted(
        f"{'drug' if thing.startswith('drug') else thing}-price", mention.unit or "", False
    )


#: A count a rate per 100,000 is of: a modifier and a plural head ("recorded drug offences").
_RATE_COUNT = re.compile(
    r"\b(?:(?P<mod>(?!(?:the|of|all|recorded|registered|reported|those|these|such|its|their)\b)"
    r"[a-z-]+)\s+)?"
    r"(?P<head>offences|offenses|crimes|deaths|arrests|overdoses|admissions|hospitali[sz]ations"
    r"|prosecutions|convictions|seizures)\b",
    re.I,
)
#: A rate named by a gerund before it ("Offending rates were highest …"); rates named by a
#: count's noun ("the drug offence rate") are :mod:`.rates`'s.
_OWN_RATE_WORD = re.compile(
    r"\b((?:drug\s+)?(?!(?:ris|fall|grow|increas|declin|exist|underly|correspond)ing\b)"
    r"[a-z]{3,}ing)\s+rates?\b"
    r"(?![^.;]*\brates?\b)",
    re.I,
)
#: The population a rate is counted in ("per 100,000 population aged 15 and over").
_BASE = re.compile(r"(?:population|people|persons|residents|inhabitants|adults)\b.*", re.I)


def _count_rate(mention: Mention, before: str, previous: str) -> Counted | None:
    """A rate per 100,000 whose noun is only its population: ``<what>-rate``, named by the
    count the rate's sentence names ("the highest rate of recorded drug offences, at 690 per
    100,000 population"), else the count the sentence before is about ("Recorded drug offences
    rose … The rate was 412 per 100,000 population"). Never a share of the population."""
    if not _BASE.fullmatch(mention.noun.strip()):
        return None
    from narcokg.extract.rates import rate_measure

    if not rate_measure(mention.noun, before, before, "").measure.startswith("share"):
        return None  # a rate the rate rules name ("the drug arrest rate was …") stays theirs
    if named := _OWN_RATE_WORD.search(before):
        rate = "-".join([*named[1].lower().split(), "rate"])
        return Counted(rate, mention.unit or "per-100000", False)
    counts = list(_RATE_COUNT.finditer(before)) or list(_RATE_COUNT.finditer(previous))[:1]
    if not counts:
        return None
    found = counts[-1]
    # "made up 4,212 offences, a rate of …": a bare head is of the drugs the text is about
    bare = ["drug"] if re.search(r"\bdrugs?\b", before + " " + previous, re.I) else []
    words = [found["mod"].lower()] if found["mod"] else bare
    rate = "-".join([*words, found["head"].lower()[:-1], "rate"])
    return Counted(rate, mention.unit or "per-100000", False)


#: Cases found at a border ("detected 1,088 drug cases", "47 cases were detected").
_DETECTED_BEFORE = re.compile(
    r"\b(?:detected|intercepted)\s+(?:a\s+total\s+of\s+|some\s+|about\s+)?$", re.I
)
_DETECTED_AFTER = re.compile(
    r"^\s*(?:were|was|had\s+been)\s+(?:also\s+)?(?:detected|intercepted)\b", re.I
)


def _cases_detected(mention: Mention, before: str, after: str) -> Counted | None:
    """Cases detected or intercepted are seizure events (``drug-seizures``, unit ``seizure``),
    never cases cracked: customs count what they found, not what they solved."""
    if not re.fullmatch(
        r"(?:(?:drugs?|narcotics?|smuggling|trafficking)\s+){0,2}cases?", mention.noun.strip(), re.I
    ):
        return None
    if _DETECTED_BEFORE.search(before) or _DETECTED_AFTER.match(after):
        return Counted("drug-seizures", "seizure", True)
    return None


#: The kinds of drug offence a count may name ("supply offences").
_OFFENCE_KIND = re.compile(
    r"\b(trafficking|supply|dealing|possession|importation|cultivation|production)"
    r"\s+(?:offen[cs]es|crimes)\b"
    # "offences of drug trafficking", "offences of possession of cannabis"
    r"|\b(?:offen[cs]es|crimes)\s+of\s+(?:drugs?\s+)?(trafficking|supply|dealing|possession|importation"
    r"|cultivation|production)\b",
    re.I,
)


def _offences_by_kind(mention: Mention, before: str) -> Counted | None:
    """Offences whose noun, or the subject a part of them is counted by ("Possession for sale
    or supply made up 4,212 offences"), names one drug or one kind: ``<drug>-offences-recorded``,
    ``drug-<kind>-offences-recorded`` (the last kind named); drug offences in general stay the
    registry's."""
    noun = mention.noun
    if not re.search(r"\b(?:offen[cs]es|crimes)\b", noun, re.I) or people_first(noun):
        return None
    if _OFFENCE_KIND.search(noun):
        return None  # "possession offences": the dev keys keep the registry's drug offences
    named = [m for m in DRUG_WORDS.finditer(noun) if not m[1].lower().startswith("drug")]
    subject = _PART_SUBJECT.search(before)
    if not named and subject is not None:
        kinds = _KIND_WORD.findall(subject["who"])
        if kinds:
            return Counted(f"drug-{kinds[-1].lower()}-offences-recorded", "case", False)
        named = [m for m in DRUG_WORDS.finditer(subject["who"]) if m[1].lower()[:4] != "drug"]
    if len(named) != 1:
        # round 11: a statistics office's "drug crimes" are the police's offences recorded;
        # round 17: so are "drug-related crimes" a police force recorded or detected
        crimes = re.search(r"\bdrugs?(?:[\s-]+related)?\s+crimes\b", noun, re.I)
        return Counted("drug-offences-recorded", "case", True) if crimes else None
    word = "-".join(named[0][1].lower().split())
    return Counted(f"{STREET_NAMES.get(word, word)}-offences-recorded", "case", False)


#: The subject a part is counted by, in its own clause ("…, while cultivation of drugs came to").
_PART_SUBJECT = re.compile(
    r"(?:^|[.;,]\s*(?:while\s+|and\s+|whereas\s+)?)(?P<who>[^,;]{3,80}?)\s+"
    r"(?:made\s+up|accounted\s+for|came\s+to|numbered|totall?ed)\s+(?:about\s+|some\s+)?$",
    re.I,
)
_KIND_WORD = re.compile(
    r"\b(trafficking|supply|dealing|possession|importation|cultivation|production)\b", re.I
)


#: What was done to a bare count of people, right after it, and the measure it names.
_WERE = r"^\s*(?:were|had\s+been)\s+"
_DONE_TO_PEOPLE = (
    (_WERE + r"(?:newly\s+)?(?:admitted\s+to|entered)\s+(?:drug\s+)?treatment\b",
     "people-admitted-to-treatment", True),
    (_WERE + r"remanded\s+in\s+custody\b", "people-remanded-in-custody", False),
    (_WERE + r"remanded\s+on\s+bail\b", "people-remanded-on-bail", False),
    (_WERE + r"found\s+not\s+guilty\b", "people-acquitted", False),
    (_WERE + r"convicted\b", "offenders-convicted", True),
    # "proceeded against for drug supply": the offence's rules of the registry name it
    (_WERE + r"proceeded\s+against\b(?!\s+for\b)", "defendants-prosecuted", True),
    (_WERE + r"referred\s+(?:to\s+(?:the\s+)?[a-z]+\s+)?for\s+prosecution\b",
     "people-referred-for-prosecution", False),
    (r"^\s*(?:received|were\s+given)\s+(?:a\s+)?fines?\b", "people-fined", False),
    # a hospital is no treatment service
    (_WERE + r"admitted\s+to\s+(?:a\s+)?hospitals?\b", "people-admitted-to-hospital", False),
    (r"^\s*(?:were|are)\s+(?:currently\s+)?in\s+(?:drug\s+)?treatment\b",
     "drug-users-in-treatment", True),
    # round 21: "starting drug treatment", "started a new episode of treatment", "started a
    # substance misuse program", "of those starting treatment"
    (r"^\s*(?:of\s+(?:those|the\s+people)\s+)?(?:started|starting|began|beginning|commenced"
     r"|commencing|entered|entering)\s+(?:(?:a|an|new|drug|structured|specialist)\s+)*"
     r"(?:episodes?\s+of\s+)?(?:treatment|(?:[a-z-]+\s+){0,3}?program(?:me)?s?)\b",
     "people-admitted-to-treatment", True),
    # round 17: "14,328 people received rehabilitation services", "5,874 persons sought treatment"
    (r"^\s*(?:received|sought|obtained)\s+(?:drug\s+)?(?:treatment|rehabilitation)\b",
     "people-admitted-to-treatment", True),
)  # fmt: skip
#: What was done to a count of people, in the words before it ("charges against 402 people",
#: "Prison sentences were imposed on 1,240 people"), and the measure it names. "charged 412
#: people" is left to the registry: police releases' keys count those as arrests.
_DONE_BEFORE = (
    (r"\bcharges?\b[^.;]*\bagainst\s+(?:a\s+total\s+of\s+)?$", "people-charged"),
    (r"\b(?:prison|custodial)\s+sentences?\b[^.;]*\b(?:imposed\s+on|given\s+to)\s+$",
     "people-sentenced-to-imprisonment"),
    (r"\bcommunity\s+sentences?\b[^.;]*\bimposed\s+on\s+$", "people-given-community-sentences"),
    (r"\bfines?\b[^.;]*\bimposed\s+on\s+$", "people-fined"),
    # round 21: "Treatment started for 8,420 people", "started treatment episodes for 3,310 people"
    (r"\b(?:treatment\s+(?:episodes\s+)?(?:started|began|commenced)|(?:started|began|commenced)"
     r"\s+treatment(?:\s+episodes)?)\s+for\s+$", "people-admitted-to-treatment"),
)  # fmt: skip


def people_done(after: str) -> str | None:
    """The measure the words after a count of people say was done to them ("were remanded in
    custody"), or ``None``: a bare count with its own such clause counts no sibling's measure."""
    done = next((m for cue, m, _ in _DONE_TO_PEOPLE if re.match(cue, after, re.I)), None)
    return done or (given[0].strip() if (given := _GIVEN.match(after)) else None)


def _people_by_act(mention: Mention, before: str, after: str) -> Counted | None:
    """A bare count, or one of people, by what the words after it say was done to them: the
    registry's concept when it holds one, else ``people-<done>-<where>``, in persons (a verb
    the noun phrase took in, "people started treatment", is read as words after it)."""
    who = re.fullmatch(
        r"(?P<who>(?:young\s+)?people|persons|individuals|defendants|suspects|offenders|prisoners"
        r"|inmates|accused(?:\s+persons)?)?(?P<verb>\s+(?:started|starting|began|commenced|entered"
        r"|received|sought)\b.*)?",
        mention.noun.strip(),
        re.I,
    )
    if who is None:
        return None
    for cue, measure, known in _DONE_TO_PEOPLE:
        if re.match(cue, (who["verb"] or "") + after, re.I):
            return Counted(measure, "person", known)
    if not who["verb"] and (given := _GIVEN.match(after)):
        # "Another 1,460 received community sentences", "703 had their charges withdrawn"
        if given["whose"]:
            name = f"people-whose-{_slug(given['whose'])}-were-{given['done'].lower()}"
        else:
            name = f"people-receiving-{_slug(given['what'])}"  # as heads.people_state names it
        return Counted(name, "person", False)
    if not who["who"] or who["verb"] or not re.fullmatch(r"people|persons", who["who"], re.I):
        return None  # a bare number after "against" may count charges, not people
    for cue, measure in _DONE_BEFORE:
        if re.search(cue, before, re.I):
            return Counted(measure, "person", False)
    return None


#: What a bare count of people got or had done to what is theirs, right after it.
_GIVEN = re.compile(
    r"^\s*(?:(?:received|were\s+given)\s+(?!by\b)(?P<what>(?:[a-z-]+\s+){0,2}[a-z]+s)\b"
    r"|had\s+their\s+(?P<whose>(?:[a-z-]+\s+)?[a-z]+s)\s+(?P<done>[a-z]+ed|withdrawn|struck\s+out)\b)",
    re.I,
)


def _slug(words: str) -> str:
    return "-".join(words.lower().split())


#: A count whose "noun" is its own predicate ("1,100 tested positive", "2,610 pleaded guilty").
_PREDICATE = re.compile(r"(?P<verb>[a-z]+ed|went|sought|got|fled|died)(?:\s+[a-z]+){1,3}", re.I)
#: People counted earlier in the sentence ("Of the 2,900 people tested, …").
_PEOPLE_BEFORE = re.compile(
    r"\b(?:people|persons|defendants|offenders|patients|clients|individuals|suspects|adults"
    r"|users|prisoners|inmates|accused)\b",
    re.I,
)


def _people_predicate(mention: Mention, before: str) -> Counted | None:
    """A bare count whose predicate the noun phrase took in, in a sentence that counts people
    before it: people, by what they did or underwent (``people-pleaded-guilty``), in persons;
    never a unit named after the predicate's adjective ("positive", "guilty")."""
    noun = mention.noun.strip()
    if not _PREDICATE.fullmatch(noun) or not _PEOPLE_BEFORE.search(before):
        return None
    if noun.split()[-1].lower().endswith("s"):
        return None  # "registered drug users": a participle before a plural noun, no predicate
    for cue, measure, known in _DONE_TO_PEOPLE:  # round 21: "of whom 31,200 started treatment"
        if re.match(cue, noun, re.I):
            return Counted(measure, "person", known)
    return Counted(f"people-{_slug(noun)}", "person", False)


def _dosage_units(mention: Mention, before: str) -> Counted | None:
    """Dosage units seized are pills (``pills-seized``, unit ``pill``), as tablets are."""
    if not re.fullmatch(r"dosage\s+units?(?:\s+of\s+.+)?", mention.noun.strip(), re.I):
        return None
    if not re.search(r"\b(?:seized|seizures?|confiscated|intercepted)\b", before, re.I):
        return None
    return Counted("pills-seized", "pill", True)


#: Cash and assets acted on together ("restrained cash and assets worth", "seized cash and
#: property valued at"): the assets, by the act.
_CASH_AND_ASSETS = re.compile(
    r"\b(?P<act>[a-z]+ed)\s+(?:cash\s+and\s+(?:other\s+)?(?:assets|property)"
    r"|(?:assets|property)\s+and\s+cash)\s+(?:worth|valued\s+at|totall?ing|of)\s+"
    r"(?:about\s+|some\s+|nearly\s+|over\s+|more\s+than\s+)?$",
    re.I,
)


def _cash_and_assets(mention: Mention, before: str) -> Counted | None:
    """Cash and assets together are assets (``assets-seized``, ``assets-restrained``), never
    ``cash-seized`` nor the worth of drugs."""
    acted = _CASH_AND_ASSETS.search(before)
    return Counted(f"assets-{acted['act'].lower()}", mention.unit or "", False) if acted else None
