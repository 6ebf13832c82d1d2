"""English words the drafting steps read: months, reference and duration words (not
statistics), where a counted noun phrase stops, change directions, count nouns -> count units."""

from __future__ import annotations

import re


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


MONTHS = _words(
    "january february march april may june july august september october november december jan "
    "feb mar apr jun jul aug sep sept oct nov dec"
)
#: Words before a number that make it a reference, not a statistic ("section 5", "Class 1").
SECTION_WORDS = frozenset(
    _words(
        "section sections article articles chapter paragraph part schedule clause no no. nos "
        "number rule table figure annex page regulation item class category phase level tier "
        "stage title grade version act appendix box chart map release bulletin edition"
    )
)
#: Words after a number that make it a duration or criterion ("for more than two years").
DURATIONS = frozenset(
    _words(
        "year years month months week weeks day days hour hours minute minutes decade decades "
        "yr yrs"
    )
)
#: Words that end (or never start) a counted noun phrase.
STOP = frozenset(
    _words(
        "were was are is be been being have has had will would in across from to during for "
        "compared up down with by at on over which that who whom whose while than respectively "
        "this these those last since as per a an the year-on-year or but nor into between among "
        "accounting representing including such against through via within"
    )
)
#: Verbs and participles that end a noun phrase once it has a word ("suspects arrested").
VERBS = frozenset(
    _words(
        "seized arrested detected cracked recorded reported dismantled destroyed intercepted "
        "confiscated found identified charged prosecuted convicted treated investigated solved "
        "handled made taken removed eradicated intercepted rose fell increased decreased grew "
        "declined dropped stood totalled totaled reached hidden concealed smuggled contained "
        "held showed carried involved proceeded"
    )
)
#: Words of a rise.
UP = frozenset(
    _words(
        "up rose rise rises risen increase increased increases grew growth higher climbed "
        "jumped surged more surge surges soar soars soared jump jumps spike spikes spiked climb "
        "climbs"
    )
)
#: Words of a fall.
DOWN = frozenset(
    _words(
        "down fell fall falls fallen drop dropped drops decline declined declines decrease "
        "decreased decreases lower reduction reduced less fewer slid plunged plunge plunges "
        "slump slumps slumped tumble tumbles tumbled dip dips dipped"
    )
)
#: Count nouns -> count unit labels.
COUNT_UNITS: dict[str, str] = {
    "case": "case",
    "offence": "case",
    "offense": "case",
    "crime": "case",
    "suspect": "person",
    "people": "person",
    "person": "person",
    "individual": "person",
    "offender": "person",
    "trafficker": "person",
    "user": "person",
    "addict": "person",
    "student": "person",
    "fugitive": "person",
    "arrest": "person",
    "death": "person",
    "adult": "person",
    "resident": "person",
    "dealer": "person",
    "member": "person",
    # people counted by their role: a proposed measure of them is still a count of persons
    "defendant": "person",
    "accused": "person",
    "client": "person",
    "patient": "person",
    "caller": "person",
    "officer": "person",
    "personnel": "person",  # round 17: "hair testing for 23,480 key personnel"
    "prescriber": "person",
    "personality": "person",
    "prisoner": "person",
    "inmate": "person",
    "victim": "person",
    "participant": "person",
    "respondent": "person",
    "decedent": "person",
    # more roles, counted as persons (round 6): what was done to them names the measure
    "smuggler": "person",
    "courier": "person",
    "dockworker": "person",
    "worker": "person",
    "employee": "person",
    "passenger": "person",
    "traveller": "person",
    "traveler": "person",
    "detainee": "person",
    "investigator": "person",
    "incident": "case",
    "kind": "kind",
    "type": "kind",
    "substance": "kind",
    "province": "province",
    "plant": "plant",
    "pill": "pill",
    "tablet": "pill",
    "laboratory": "laboratory",
    "lab": "laboratory",
    "seizure": "seizure",
    # round 20: "served 4,203 arrest warrants" counts warrants, not the arrest before them
    "warrant": "warrant",
}
#: Head nouns that say only "people": what they count is in the verb before the figure or the
#: clause after it ("arrested 65,000 people", "3.4 million persons ... remained abstinent").
VAGUE_HEADS = re.compile(r"^(?:people|persons?|individuals?|adults?|residents?|men|women)$")
#: Non-mass unit signs -> unit labels of the ontology.
RATE_UNITS = {
    "%": "percent",
    "per cent": "percent",
    "percent": "percent",
    "‰": "per-mille",
    "per mille": "per-mille",
    "per thousand": "per-mille",
    "per 100,000": "per-100000",
    "fold": "fold",
    "times": "fold",
}
#: Drugs a measure proposed beyond the registry is named after ("cocaine-produced").
DRUG_WORDS = re.compile(
    r"\b(cocaine|heroin|opium|methamphetamine|amphetamines?|cannabis|fentanyl|ketamine|ecstasy"
    r"|mdma|crack|coca|opioids?|benzodiazepines?|drugs?"
    # more drugs (round 6): a seizure or death of one the registry lacks is proposed under it
    r"|khat|lsd|ghb|psilocybin|kratom|captagon|nitazenes?|methadone|oxycodone|tramadol"
    r"|tobacco|cigarettes)\b",
    re.I,
)
#: Words after a share's noun that do not say what the part is ("contained a potentially ...").
SHARE_FILLERS = frozenset(_words("a an the potentially possibly some was had tested found"))
#: A running total: "bringing the total to 1,230", "a cumulative total of", "the running total
#: stood at" (the figure right after it).
RUNNING_TOTAL = re.compile(
    r"\b(?:bring(?:s|ing)?\s+(?:the|its|their)\s+(?:running\s+|cumulative\s+|overall\s+)?"
    # "bringing the number distributed since the program launched in 2016 to 1.12 million"
    r"(?:total|number|count|tally)\b[^.;]{0,90}?\bto"
    r"|(?:running|cumulative)\s+total\s+(?:of|to|was|stood\s+at|reached)?)"
    r"\s*(?:more\s+than\s+|over\s+|about\s+|nearly\s+|almost\s+)?$",
    re.I,
)
#: Counting since something began: "since the program began in 2010", "since it opened",
#: "since its launch": the sentence's counts are running totals (not after a superlative: "the
#: highest level since the series began", see ``SUPERLATIVE``).
SINCE_START = re.compile(
    r"\bsince\s+(?:(?:its|their|the)\s+(?:inception|launch|start|beginning|creation)\b"
    r"|[^.;]{0,100}?\b(?:began|begun|started|opened|launched|was\s+set\s+up|was\s+established"
    r"|came\s+into\s+force|took\s+effect)\b)",
    re.I,
)
#: Words that make a count of people a subgroup of what its measure counts ("women", "aged under
#: 25", "foreign nationals") or name a condition tested for ("hepatitis C").
SUBGROUP = re.compile(
    r"\b(?:women|men|males?|females?|girls|boys|juveniles?|minors|youths?|young\s+people"
    r"|children|teenagers|foreign(?:ers|\s+nationals|\s+citizens)?|non-nationals"
    r"|aged\s+(?:under|over|between|below|\d+)|under\s+(?:the\s+age\s+of\s+)?\d+"
    r"|hepatitis\s+[a-c]\b|hiv|tuberculosis)\b",
    re.I,
)
#: A superlative or record just before "since": a comparison, not a running total.
SUPERLATIVE = re.compile(
    r"\b(?:highest|lowest|largest|smallest|biggest|most|fewest|least|first|record|level)\b"
    r"[^.;,]{0,30}$",
    re.I,
)

#: Words that say what a death was caused by ("died of an overdose", "drug-induced deaths").
DEATH_CAUSE = re.compile(
    r"overdos|poison|toxicit|drug[- ](?:related|induced|caused)"
    r"|\b(?:died|deaths?)\s+(?:of|from|due\s+to|caused\s+by)\b",
    re.I,
)

#: Death counts by a definition narrower than drug-related deaths (UK "drug misuse" deaths).
NARROW_DEATHS = re.compile(r"\bdrug\s+misuse\b", re.I)

#: Verbs that say a case was cracked, solved or investigated.
CRACKED = re.compile(
    r"\b(?:crack|solv|bust|uncover|detect|investigat|handl|clear|smash|broke)", re.I
)

#: A place named as whose police acted ("Jiangsu police assisted"), not where a figure was counted.
FORCES = re.compile(r"\s+(?:police|authorities|officers|officials|customs)\b")

#: The words between two names of a list ("A, B and C").
LIST_JOIN = re.compile(r"\s*,\s*|\s+and\s+|\s*,\s*and\s+")

# Round 5 (context): more forms of a rise ("heroin seizures have grown by 52%").
UP = UP | frozenset(_words("grow grows grown growing"))
# Round 31 (measures): "reduce", as translated releases write a fall ("compare with end of last
# year reduce 1,874 people").
DOWN = DOWN | frozenset(_words("reduce reduces"))

# Round 7 (measures): a rate written "for every 100,000" (people, population) is per 100,000.
RATE_UNITS = RATE_UNITS | {"for every 100,000": "per-100000"}
# Round 7 (measures): what is done only to people, so a bare count followed by it counts people
# ("and 407 were acquitted", "12 died").
PEOPLE_VERBS = frozenset(
    _words(
        "acquitted sentenced convicted jailed imprisoned remanded paroled deported extradited "
        "hospitalised hospitalized died overdosed indicted fined cautioned diverted rehabilitated "
        "enrolled employed discharged"
    )
)
# Round 7 (measures): classes of drugs that death and treatment statistics name.
DRUG_WORDS = re.compile(
    DRUG_WORDS.pattern[: -len(r")\b")]
    + r"|psychostimulants?|stimulants?|cannabinoids?|psychoactive\s+substances?"
    + r"|buprenorphine|morphine|codeine|hydrocodone|xylazine)\b",
    re.I,
)
# Round 7 (measures): more people counted by what they are, so a proposal of them counts persons.
COUNT_UNITS.update(
    dict.fromkeys(
        _words(
            "youth minor juvenile teenager child pupil driver recipient customer buyer seller "
            "migrant foreigner national partner volunteer student graduate children"
        ),
        "person",
    )
)

# Round 8 (measures): drugs and classes that survey, treatment and death statistics name, so a
# figure of one is proposed under it ("pregabalin-deaths", "opiate-users", "marijuana-seized").
DRUG_WORDS = re.compile(
    DRUG_WORDS.pattern[: -len(r")\b")]
    + r"|opiates?|marijuana|hashish|shabu|pregabalin|gabapentin(?:oids?)?|diazepam|alprazolam"
    + r"|etizolam|carfentanil|hydromorphone|cathinones?|hallucinogens?|inhalants?|sedatives?"
    + r"|tranquilli[sz]ers?)\b",
    re.I,
)
#: Round 8: verbs that tie a drug to a count of deaths or other events before it ("cocaine was
#: mentioned on 41 death certificates", "benzodiazepines were implicated in 39 deaths").
DRUG_TIED = (
    # (not "present in", "detected in": a drug found at death did not cause it; see notes.py)
    r"(?:caused|(?:was|were|is|are)\s+(?:also\s+)?(?:involved|implicated|mentioned"
    r"|listed|cited|a\s+factor|a\s+contributing\s+factor)"
    r"\s+(?:in|on)|contributed\s+to|(?:was|were)\s+linked\s+to|linked\s+to|played\s+a\s+"
    r"(?:role|part)\s+in|(?:was|were)\s+responsible\s+for)"
)
#: Round 8: street and local names -> the name the registry's measures use ("shabu" is
#: methamphetamine, as ``methamphetamine-seized`` reads it), for proposals named after a drug.
STREET_NAMES = {"shabu": "methamphetamine", "marijuana": "cannabis", "hashish": "cannabis"}
# Round 8 (measures): roles people are counted by in enforcement and treatment statistics, so a
# count of them is in persons whatever measure it gets ("1,026 high-value targets").
COUNT_UNITS.update(
    dict.fromkeys(
        _words(
            "dependent dependant abuser pusher runner mule perpetrator convict recidivist "
            "surrenderer surrenderee personality smoker injector adolescent boy girl infant "
            "citizen inhabitant survivor fatality "
            # words that also modify a noun count people only in the plural ("criminal groups")
            "targets criminals males females consumers"
        ),
        "person",
    )
)
# Round 9 (measures): more roles people are counted by (trained, screened, arrested, treated),
# so a count of them is in persons: "trained 1,150 teachers", "20,102 men and 11,340 women".
COUNT_UNITS.update(
    dict.fromkeys(
        _words(
            "teacher nurse doctor physician pharmacist worker parent inmate detainee passenger "
            "traveller traveler courier smuggler men women soldier sailor guard official"
        ),
        "person",
    )
)
# Round 9 (measures): Caribbean and southern African names of cannabis, named as the registry names
# the drug ("41,380 kilograms of ganja" is cannabis seized).
DRUG_WORDS = re.compile(DRUG_WORDS.pattern[: -len(r")\b")] + r"|ganja|dagga)\b", re.I)
STREET_NAMES.update({"ganja": "cannabis", "dagga": "cannabis"})
# Round 10 (measures): more names of cannabis in West African, British and South Asian releases
# ("2,300 kg of Indian hemp", "5 tonnes of skunk"), named as the registry names the drug (its
# trigger phrases in ontology/narcokg.ttl hold them too).
DRUG_WORDS = re.compile(
    DRUG_WORDS.pattern[: -len(r")\b")] + r"|indian\s+hemp|skunk|kush|bhang)\b", re.I
)
STREET_NAMES.update(
    {"indian-hemp": "cannabis", "skunk": "cannabis", "kush": "cannabis", "bhang": "cannabis"}
)
# Round 16 (measures): "cannabis resin" is one drug name, so a figure that takes its drug from
# beside it or from the sentence before is resin seized (the registry's cannabis-resin-seized),
# not herbal cannabis; names built from a drug word (offences, prices, users) stay cannabis's.
DRUG_WORDS = re.compile(
    DRUG_WORDS.pattern.replace("|cannabis|", r"|cannabis(?:\s+resin)?|", 1), re.I
)
STREET_NAMES.update({"cannabis resin": "cannabis", "cannabis-resin": "cannabis"})
# Round 19 (measures, ms20b): "methylamphetamine", the Australian and British spelling, is the
# drug methamphetamine, so a mass that takes its drug from the sentence before, or a consumption
# estimate, names it as the registry's measures do.
DRUG_WORDS = re.compile(
    DRUG_WORDS.pattern.replace("|methamphetamine|", "|meth(?:yl)?amphetamine|", 1), re.I
)
STREET_NAMES["methylamphetamine"] = "methamphetamine"
# Round 20 (measures, ms21b): "sabu" and "syabu" (also doubled, "sabu-sabu"), the Indonesian and
# Malaysian names of crystalline methamphetamine, as "shabu" is the Philippine one.
DRUG_WORDS = re.compile(
    DRUG_WORDS.pattern.replace("|shabu|", r"|shabu|s(?:y)?abu(?:-s(?:y)?abu)?|", 1), re.I
)
STREET_NAMES.update(dict.fromkeys(("sabu", "syabu", "sabu-sabu", "syabu-syabu"), "methamphetamine"))
# Round 10 (units): roles of the drug trade and of investigations a count of people is named by
# ("120 peddlers", "14 drug barons", "230 subjects"): persons, never a unit of their own.
COUNT_UNITS.update(
    dict.fromkeys(
        _words(
            "peddler baron lord kingpin ringleader subject lookout supplier distributor grower "
            "cultivator accomplice escapee absconder"
        ),
        "person",
    )
)
# Round 11 (units): people counted by their place in a service ("211 of the new entrants", "1,150
# staff"): persons, never a unit named after the role.
COUNT_UNITS.update(dict.fromkeys(_words("entrant starter staff"), "person"))
# Round 11 (units): a rate per million ("58 per million population") is its own unit, never a
# count of what it is a rate of.
RATE_UNITS["per million"] = "per-million"
RATE_UNITS["per 10,000"] = "per-10000"
# Round 17 (measures, ms18b): criminal groups are counted in their own unit ("37 drug trafficking
# networks", "9 drug gangs"), never as the cases a case-counting measure counts (plural only, as
# "group" also modifies: "age group").
GROUP_UNITS = {
    "networks": "network",
    "gangs": "gang",
    "groups": "group",
    "organisations": "organisation",
    "organizations": "organization",
    "cartels": "cartel",
    "cells": "cell",  # round 18: "9 distribution cells" are groups, not people arrested
}
COUNT_UNITS.update(GROUP_UNITS)
# Round 21 (measures, ms22c): mephedrone is a drug of its own ("912 kg of mephedrone",
# "mephedrone 864 kg"), proposed as `mephedrone-seized` as keys of three rounds name it, not the
# drug named next to it in a list ("mephedrone and other cathinones" stays the registry's class).
# Presses are counted in presses ("39 pill presses"), and "N new psychoactive substances" in
# substances (the head noun, as for any proposal); "N kinds of …" stay kinds.
DRUG_WORDS = re.compile(DRUG_WORDS.pattern[: -len(r")\b")] + r"|mephedrone)\b", re.I)
COUNT_UNITS.update({"press": "press", "presses": "press", "substance": "substance"})
