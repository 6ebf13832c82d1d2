"""Measures the registry does not hold yet, proposed by rules a reviewer can check: a crop's
cultivation in hectares ("coca bush cultivation rose to 315,000 hectares" -> ``coca-cultivation``),
a drug's production ("global cocaine manufacture reached 2,304 tons" -> ``cocaine-produced``),
users of a drug ("22 million people used cocaine" -> ``cocaine-users``), and the part of an
"N out of M" share ("6 out of 10 pills contained a lethal dose" -> ``share-of-pills-lethal``, in
the noun's count unit), money ("$2.1 million in cash" -> ``cash-seized`` in dollars). Each stays
*proposed*: the build refuses it until it is in the ontology.
"""

from __future__ import annotations

import re

from narcokg.extract.acted_parts import acted_count
from narcokg.extract.acts_beside import act_beside, consumed
from narcokg.extract.acts_counted import times_done
from narcokg.extract.charged_people import charged_people
from narcokg.extract.cultivated_crops import cultivated_crop
from narcokg.extract.currencies import CODES, SIGNS
from narcokg.extract.diversion import diverted_people
from narcokg.extract.fatal_overdoses import fatal_overdoses
from narcokg.extract.figures import CURRENCIES, CURRENCY_PREFIXES, CURRENCY_WORDS, Mention
from narcokg.extract.groups import part_arrested, suspects_identified
from narcokg.extract.heads import proposed_measure
from narcokg.extract.held_people import held_people
from narcokg.extract.kinds import read_kind
from narcokg.extract.lang.en.words import (
    DRUG_WORDS,
    VAGUE_HEADS,
)
from narcokg.extract.listed_rates import listed_rate
from narcokg.extract.measures import Counted, count_unit
from narcokg.extract.money import money_measure
from narcokg.extract.noun_first import cracked_pieces, noun_first
from narcokg.extract.open_investigations import open_investigations
from narcokg.extract.out_of_shares import out_of_share
from narcokg.extract.outreach import outreach_measure
from narcokg.extract.premises_checked import premises_checked
from narcokg.extract.registered import registered_cases
from narcokg.extract.responded_overdoses import responded_overdoses
from narcokg.extract.restated import drug_users, restated_subject
from narcokg.extract.roles import read_by_class
from narcokg.extract.tested_pills import tested_pills
from narcokg.extract.text import Sentence
from narcokg.extract.tied import (
    NAMED_DRUG,
    USED_BY_NEXT,
    caused_deaths,
    drug_involved,
    drug_name,
    part_of_people,
    pronoun_drug,
)
from narcokg.extract.trafficking_parts import trafficking_part
from narcokg.extract.visits import overdose_visits
from narcokg.model.quantities import MASS_UNIT_NAMES as MASS

_PRODUCTION = re.compile(r"\b(?:production|manufacture|produced|manufactured|producer)\b", re.I)
_SEIZURE = re.compile(r"\bseiz", re.I)
#: Round 7: the users of a drug that "was used by" the count ("Heroin was used by 2,980 of those
#: assessed", "Cannabis, the drug most often named, was used by 4,100"), and the next drugs of
#: its list with their counts in brackets ("followed by heroin (2,980)").
_USED_BY = re.compile(
    rf"{NAMED_DRUG}[^.;:]{{0,60}}?\b(?:was|were|is|are)?\s*used\s+by\s+(?:some\s+|about\s+)?$",
    re.I,
)
#: A bracket after a mass's noun that names its drug: "of dagga (cannabis)" (round 7).
_GLOSS = re.compile(rf"^\s*\(\s*{NAMED_DRUG}\s*\)", re.I)
#: An area the figure's hectares are of: "destroyed poppy fields covering" (round 7).
_COVERING = re.compile(
    r"\b(?P<verb>[a-z]+ed)\s+(?P<thing>(?:[a-z-]+\s+){0,2}[a-z]+s)\s+"
    r"(?:covering|spanning|totalling|totaling|over|of)\s+(?:about\s+|some\s+|nearly\s+)?$",
    re.I,
)
_USE = re.compile(r"\b(?:used|use|users?)\b", re.I)
#: After a count of samples: what they were found to hold ("contained", "tested positive for").
_POSITIVE = re.compile(
    r"^\s*(?:of\s+them\s+)?(?:(?:also\s+)?contained|(?:were\s+|was\s+)?(?:tested|found|confirmed)\s+positive"
    r"|were\s+positive)\b",
    re.I,
)
#: Round 8: rates per day of a population (``figures._rate_unit``), read as rates, not counts.
PER_DAY = frozenset({"per-1000-per-day", "per-100000-per-day"})
_PER_DAY_AFTER = re.compile(r"\s+(?:every|a|per|each)\s+day\b", re.I)
_HALVED = re.compile(r"\bhalv", re.I)
MONEY_UNITS = (
    frozenset(CURRENCIES.values())
    | frozenset(CURRENCY_PREFIXES.values())
    | frozenset(CURRENCY_WORDS.values())  # round 9
    | frozenset(CODES.values())  # round 14: "EUR 4.8 million", "R$ 1.92 billion"
    | frozenset(SIGNS.values())
)
_NOT_PREVALENCE = re.compile(r"\b(?:registered|treatment|newly|abstinent|relapse)", re.I)


def propose(mention: Mention, sentence: Sentence, previous: str = "") -> Counted | None:
    """A proposed measure for a figure the registry cannot name well, or ``None``; a measure
    the registry already holds ("opium-produced") is known, not proposed (``previous``: the
    sentence before, for a rate whose count it names)."""
    from dataclasses import replace

    from narcokg.model.registry import registry

    found = _propose(mention, sentence, previous)
    if found is not None and found.measure in registry().measures:
        return replace(found, known=True)
    return found


def _propose(mention: Mention, sentence: Sentence, previous: str = "") -> Counted | None:
    offset = mention.start - sentence.start
    before = sentence.text[:offset]
    after = sentence.text[mention.end - sentence.start :]
    clause = re.split(r"[;]|,\s+(?=[a-z]+\s)", after, maxsplit=1)[0]
    if not mention.noun and re.match(r"\s*of\s+them\b", after):
        from narcokg.extract.bare import of_them  # round 8: "6,120 of them contained fentanyl"

        mention = of_them(mention, sentence, "")
    if (diverted := diverted_people(mention, sentence.text)) is not None:
        return diverted  # round 28: "A further 34 people were not arrested at all"
    if (running := open_investigations(mention, after)) is not None:
        return running  # round 29: "the unit had 27 drug investigations open"
    if (tested := tested_pills(mention, before)) is not None:
        return tested  # round 29: "laboratories tested 2,150 fentanyl pills"
    if (premises := premises_checked(mention, before)) is not None:
        return premises  # round 29: "checked … key places 2,460 household-times"
    if (charged := charged_people(mention, before, after)) is not None:
        return charged  # round 24: "212 were charged with importing …", "arrests for trafficking"
    if (supply := trafficking_part(mention, before, after, previous)) is not None:
        return supply  # round 30: "Of those, 402 were for trafficking"
    if (group := part_arrested(mention, before, after)) is not None:
        # round 15: "of whom 412 were women"; round 16: before a part whose noun is borrowed
        # from its whole ("arrested 4,286 suspects, of whom 63 were foreign nationals")
        return group
    if mention.unit is None and (part := _part_arrested(mention, before)) is not None:
        return part
    if mention.unit == "percent" and (listed := listed_rate(mention.noun, before)) is not None:
        return Counted(listed, "percent", False)  # round 24: "had positive rates of 26.4%, …"
    if (first := noun_first(mention, sentence.text, before, after)) is not None:
        return first  # round 24: "dismantled drug gangs 12,", machine translation's order
    if (cracked := cracked_pieces(mention, before, after)) is not None:
        return cracked  # round 25: "cracked 143 and 121 pieces respectively"
    if (held := held_people(mention, before, after)) is not None:
        return held  # round 23: "48 children were held in custody", a stock on a date
    if (identified := suspects_identified(mention, before, after)) is not None:
        return identified  # round 15: "171,580 suspects were identified"
    if (outreach := outreach_measure(mention, sentence.text, before)) is not None:
        return outreach  # round 16: "publicity activities, covering 860,000 people"
    if act := act_beside(mention.noun, mention.unit, sentence.text, before, after):
        return act  # round 22: "destroyed 1.4 million kilograms of seized drugs"
    if (restated := restated_subject(mention, before)) is not None:
        return restated  # round 15: "existing drug users were 21,300 people"
    if (users := drug_users(mention, before, after)) is not None:
        return users  # round 15: "(61.2 million people) used an illicit drug"
    if (cases := registered_cases(mention, before, after, previous)) is not None:
        return cases  # round 15: "registered …, and 3,290 cases of smuggling"
    if (fatal := fatal_overdoses(mention, before, after, previous)) is not None:
        return fatal  # round 27: "responded to 87 overdoses, 6 of them fatal"
    if (responded := responded_overdoses(mention, before)) is not None:
        return responded  # round 27: "officers responded to 87 overdoses"
    if (visits := overdose_visits(mention, after)) is not None:
        return visits  # round 15: "11,240 visits for non-fatal overdoses"
    money = mention.unit is not None and mention.unit in MONEY_UNITS
    if kind := read_kind(mention, sentence.text, before, after, money=money, previous=previous):
        return kind  # round 11: the figure's kind names the measure (:mod:`.kinds`)
    if (read := read_by_class(mention, before, after, money=money)) is not None:
        return read  # round 10: the grammar's class names the measure (:mod:`.roles`)
    role = mention.noun.split()[-1:] if count_unit(mention.noun) == "person" else []
    if mention.unit is None and _TREATED.search(before) and role and not VAGUE_HEADS.match(role[0]):
        # round 9: "treated 1,436 patients": people treated in the period (a flow), not the
        # registry's stock of drug users in treatment
        return Counted(proposed_measure(mention.noun, "treated"), "person", False)
    if mention.unit == "fold":
        # round 8: a multiple no direction word announces ("more than tenfold the number two years
        # earlier", "five times the 2015 figure") is still a change: the registry's fold measure
        note = "measure: a multiple with no word of a rise or fall: a fold increase?"
        return Counted("fold-decrease" if _HALVED.search(mention.quote) else "fold-increase",
                       "fold", True, note)  # fmt: skip
    if mention.unit in PER_DAY:
        from narcokg.extract.rates import rate_measure  # round 8: "per 1,000 population per day"

        rate = rate_measure(mention.noun, sentence.text, before, after)
        return Counted(rate.measure, mention.unit, False, rate.note)
    if mention.denominator is not None and mention.unit != "percent":
        if (counted := acted_count(mention, sentence.text, before, clause)) is not None:
            return counted  # round 33: "dismantled 187 of the 264 organizations"
        return part_of_people(mention, sentence.text, before, after) or out_of_share(
            mention, clause, sentence.text
        )  # a percentage of a whole is a rate
    if mention.unit is not None and mention.unit in MONEY_UNITS:
        return Counted(money_measure(sentence.text, before, after), mention.unit, False)
    if mention.unit in MASS and (gloss := _GLOSS.match(after)):
        # round 7: "61,212 kilograms of dagga (cannabis)": the bracket says what the drug is
        from narcokg.extract.measures import classify

        return classify(gloss[1], "", mention.unit, True)
    if re.search(r"\bhectares?\b", mention.noun, re.I) and (covered := _COVERING.search(before)):
        # round 7: "destroyed cannabis plantations covering 120 hectares": what covers them
        thing = "-".join(covered["thing"].lower().split())
        return Counted(f"{thing}-{covered['verb'].lower()}", "hectare", False)
    if re.search(r"\bhectares?\b", mention.noun, re.I) and (
        # round 9: "the area under coca bush at 253,000 hectares"; round 36: no "under-"
        crop := cultivated_crop(sentence.text, previous)
    ):
        return Counted(f"{crop}-cultivation", "hectare", False)
    if (area := re.match(r"hectares?\s+of\s+(.+)", mention.noun, re.I)) and (
        acted := re.search(r"\b([a-z]+ed)\s+(?:about\s+|some\s+|nearly\s+|over\s+)?$", before)
    ):
        # round 8: "eradicated 62 hectares of cannabis fields": the fields, as the verb left them
        thing = "-".join(w.lower() for w in re.findall(r"[A-Za-z-]+", area[1]))
        return Counted(f"{thing}-{acted[1].lower()}", "hectare", False)
    if (events := times_done(mention.noun, sentence.text, before, previous)) is not None:
        return events  # round 9: "administered naloxone 3,218 times" (round 23: occasions, doses)
    per_day = _PER_DAY_AFTER.search(mention.noun) or _PER_DAY_AFTER.match(" " + after)
    if mention.unit is None and mention.noun and per_day:
        # round 8: "more than six deaths every day": the count restated per day
        from narcokg.extract.measures import classify

        noun = _PER_DAY_AFTER.sub("", mention.noun).strip() or mention.noun
        daily = classify(noun, sentence.text, None, False)
        return Counted(f"{daily.measure}-per-day", daily.unit, False)
    subject = before + " " + mention.noun
    if mention.unit in MASS and consumed(subject, after) and not _SEIZURE.search(subject):
        # wastewater estimates: "consumed 16.2 kilograms of methamphetamine a week"
        drug = DRUG_WORDS.search(mention.noun) or DRUG_WORDS.search(subject)
        return Counted(f"{drug_name(drug)}-consumed", mention.unit, False)
    if (
        deaths := caused_deaths(mention, pronoun_drug(before, previous), after, previous)
    ) is not None:
        return deaths  # round 22: "It was involved in 884 deaths"
    if (involved := drug_involved(mention, before)) is not None:
        return involved
    used = _USED_BY.search(before) or USED_BY_NEXT.search(before)
    if mention.unit is None and used and re.search(r"\bused\s+by\b", before, re.I):
        return Counted(f"{drug_name(used)}-users", "person", False)  # round 7
    if (
        mention.unit is None
        and re.search(r"\bsamples?$", mention.noun, re.I)
        and _POSITIVE.match(after)
    ):
        # "Eight samples contained nitazenes": as a share of samples, the positive ones
        return Counted("samples-tested-positive", "sample", False)
    if mention.unit in MASS and _PRODUCTION.search(subject) and not _SEIZURE.search(subject):
        drug = _specific_drug(subject) or DRUG_WORDS.search(subject) or DRUG_WORDS.search(clause)
        return Counted(f"{drug_name(drug)}-produced", mention.unit, False)
    own = mention.noun if mention.noun in mention.quote else ""  # not a noun borrowed
    if mention.unit in MASS and (family := _SYNTHETIC.search(own)):
        # round 13: a family of synthetic drugs is named as written, plural ("synthetic
        # cannabinoids"), never one drug of it nor the catch-all drugs seized
        return Counted(f"synthetic-{family[1].lower()}-seized", mention.unit, False)
    if mention.unit in MASS and (unnamed := _unnamed_drug(mention.noun)) is not None:
        return Counted(f"{unnamed}-seized", mention.unit, False)
    if (
        mention.unit is None
        and _users(mention, clause, before)
        and not _NOT_PREVALENCE.search(sentence.text)
    ):
        drug = DRUG_WORDS.search(mention.noun + " " + clause) or DRUG_WORDS.search(before)
        if drug_name(drug) == "drug" and _registry_knows(mention.noun or clause, sentence.text):
            return None  # users of drugs in general with a cue ("existing"): the registry's
        return Counted(f"{drug_name(drug)}-users", "person", False)
    return None


_SYNTHETIC = re.compile(r"\bsynthetic\s+([a-z]+s)\b", re.I)


def _unnamed_drug(noun: str) -> str | None:
    """The one drug a mass's own words name when the registry has no measure of it ("2.6 tonnes
    of amphetamine paste" -> amphetamine): then the seizure is proposed as that drug's, not
    counted in the catch-all "drugs seized"."""
    from narcokg.extract.measures import classify

    named = {drug_name(m) for m in DRUG_WORDS.finditer(noun)} - {"drug"}
    if len(named) != 1:
        return None
    drug = named.pop()
    return drug if classify(drug, "", "kilogram", True).measure == "drugs-seized" else None


_TREATED = re.compile(r"\btreated\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?$", re.I)
#: Round 9: a part of an arrest count listed after it: "arrested 4,120 people, including 212
#: minors and 96 police officers", "detained 3,000 suspects, among them 41 soldiers".
_ARRESTED_PART = re.compile(
    r"\b(arrested|detained|captured|apprehended|charged)\s+(?:more\s+than\s+|about\s+|some\s+)?"
    r"\d[\d,.]*\s+[^.;:]{0,60}?,\s+(?:including|among\s+them|of\s+whom)\s+"
    r"(?:[^.;]*?(?:,|\band\b)\s+)?$"
    # "Among those arrested were 52 foreign nationals and 203 juveniles"
    r"|\bamong\s+(?:those|the\s+(?:people|persons|suspects))\s+(arrested|detained|charged)\s+"
    r"(?:were|was)\s+(?:[^.;]*?(?:,|\band\b)\s+)?$",
    re.I,
)


def _part_arrested(mention: Mention, before: str) -> Counted | None:
    """The kind of person a listed part of an arrest count names: the registry's concept when it
    has one (``foreign-nationals-arrested``), else ``<kind>-arrested`` as the keys name parts."""
    from narcokg.extract.measures import classify

    done = _ARRESTED_PART.search(before)
    words = mention.noun.lower().split()
    if done is None or count_unit(mention.noun) != "person" or not words:
        return None
    if VAGUE_HEADS.match(words[-1]):
        return None  # a borrowed "people" names no kind: "of whom 2,874 were foreign nationals"
    verb = "charged" if (done[1] or done[2]).lower() == "charged" else "arrested"
    known = classify(mention.noun, verb, None, False)
    if known.known and known.measure not in {"suspects-arrested", "trafficking-arrests"}:
        return Counted(known.measure, "person", True, "measure: a listed part of those arrested")
    name = proposed_measure(re.sub(r"^(?:of\s+)?", "", mention.noun), verb)
    return Counted(name, "person", False, "measure: a listed part of those arrested")


def _specific_drug(text: str) -> re.Match[str] | None:
    """Round 15: the last drug a text names other than "drugs" in general, which a name such as
    "the Office on Drugs and Crime" holds ("UNODC estimates that global cocaine production")."""
    named = [m for m in DRUG_WORDS.finditer(text) if not m[1].lower().startswith("drug")]
    return named[-1] if named else None


def _registry_knows(noun: str, sentence: str) -> bool:
    from narcokg.extract.measures import classify

    return classify(noun, sentence, None, False).known


def _users(mention: Mention, clause: str, before: str) -> bool:
    """ "228 million users", "22 million people used cocaine", "the number of people who used
    drugs rose to 292 million"."""
    words = mention.noun.lower().split()
    if not words:
        return bool(re.search(r"\b(?:people|persons)\s+who\s+used\b|\busers\b", before, re.I))
    if re.match(r"\s*to\s+[a-z]+", clause) and words[-1] == "used":
        return False  # round 9: "27 vehicles used to smuggle drugs": a tool, not drug use
    if words[0] in {"users", "user"} or {"used", "misused", "abused"} & set(words):
        return True  # round 8: "8.9 million people misused opioids"
    if words[-1] == "aged" or _AGE_BAND.match(clause):
        # round 19: an age band between people and their use ("1.3 million adults aged 15 to
        # 64 used cannabis", "Ruritanians (aged 15-64) had used a drug")
        rest = _AGE_BAND.sub("", clause, count=1)
        people = count_unit(re.sub(r"\s+aged$", "", mention.noun)) == "person"
        return people and bool(_USED_AFTER.match(rest))
    if words[0] not in {"people", "persons", "individuals"}:
        return False
    # the phrase may run on into its verb: "2.8 million people use drugs regularly"; round 8: or
    # a relative clause says so ("3,800 people who inject drugs")
    return (
        bool(_USE.match(clause.strip()))
        or bool({"use", "used"} & set(words[1:3]))
        # (a named drug only: people who use "drugs" are read by the registry's cues)
        or bool(_WHO_USE.match(clause) and drug_name(DRUG_WORDS.search(clause[:60])) != "drug")
    )


#: Round 19: an age band after a count of people, with or without "aged" and brackets.
_AGE_BAND = re.compile(
    r"^\s*\(?\s*(?:aged\s+)?(?:between\s+)?\d+\s*(?:-|\u2013|to|and)\s*\d+(?:\s+years)?\s*\)?", re.I
)
_USED_AFTER = re.compile(r"\s*(?:had\s+|have\s+)?(?:used|use|misused)\b", re.I)
_WHO_USE = re.compile(
    r"\s*(?:who|that)\s+(?:currently\s+|regularly\s+)?(?:use|used|inject|injected|misuse|misused)\b",
    re.I,
)
