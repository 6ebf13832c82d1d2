"""The counted thing -> a measure concept of the ontology (by ``skos:notation``) and a unit.

The rules are the measure registry's (trigger phrases in ``ontology/narcokg.ttl``): they look at
the figure's noun phrase and, for the verb, at its sentence; the first rule that fits wins. A
noun phrase no rule knows becomes a *proposed* concept (a slug made of its words), flagged for
review: the reviewer maps it onto the scheme or adds the concept to the ontology.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from narcokg.extract.beside_triggers import beside_trigger
from narcokg.extract.complements import PASSIVE as _PASSIVE
from narcokg.extract.complements import complement as _complement
from narcokg.extract.either_acts import either_act
from narcokg.extract.heads import (
    both_cannabis_forms,
    case_act,
    cue_elsewhere,
    offenders_counted,
    own_cue,
    people_acted_on,
    people_state,
    proposed_measure,
    widen_before,
)
from narcokg.extract.heads import (
    count_unit as count_unit,  # re-exported: its users import it from here
)
from narcokg.extract.lang.en.words import (
    DRUG_WORDS,
    GROUP_UNITS,
    PEOPLE_VERBS,
    STREET_NAMES,
    VAGUE_HEADS,
)
from narcokg.extract.money import act_on_included
from narcokg.extract.proposed_units import proposed_unit
from narcokg.extract.wanted import fugitives_taken
from narcokg.model.quantities import VOLUME_UNIT_NAMES

if TYPE_CHECKING:
    from narcokg.model.registry import Registry, Rule

KNOWN_PROPOSALS = {"drug-use-prevalence"}
#: Round 19: a noun naming drugs as a class ("238 tons of drugs, including 211 tons of cocaine")
#: is as specific as the figure is: no drug of its sentence names it.
_ALL_DRUGS = re.compile(r"\b(?:drugs|narcotics)\b", re.I)
#: A drug and the class it belongs to: "heroin and other (kinds of) drugs" (4 reports, 4 rounds).
_AND_OTHER_DRUGS = re.compile(
    r"\b[a-z-]+\s+and\s+other\s+(?:kinds\s+of\s+|types\s+of\s+)?(?:drugs|narcotics)(?![a-z])"
)
#: Heads that fix what a count counts: people, and (round 17) criminal groups ("networks").
_OWN_UNITS = {"person", *GROUP_UNITS.values()}


@dataclass(frozen=True)
class Counted:
    """What a figure counts: the measure slug, the unit label, and whether the rules knew it."""

    measure: str
    unit: str
    known: bool
    #: what to check when the measure was not read from the figure's own words
    note: str | None = None


def classify(
    noun: str,
    sentence: str,
    unit: str | None,
    mass: bool,
    *,
    around: str = "",
    rules: Registry | None = None,
) -> Counted:
    """The measure and unit of a figure whose noun phrase is ``noun``, by the measure registry's
    rules (``ontology/narcokg.ttl``, see :mod:`narcokg.model.registry`; ``rules`` another one).
    ``around`` is the text next to the figure (the verb before it, then the clause after it,
    separated by ``|``), read when the noun is vague.

    >>> classify("more than 740 tons of drug production materials", "", "tonne", True)
    Counted(measure='drug-production-materials-seized', unit='tonne', known=True, note=None)
    >>> classify("criminal suspects", "were arrested", None, False).measure
    'suspects-arrested'
    >>> classify("people", "", None, False, around="arrested|for drug offences").measure
    'suspects-arrested'
    """
    from narcokg.model.registry import registry

    found = rules or registry()
    around = widen_before(around, sentence, noun)  # round 8: "carried out 1,860", "arrested its"
    if "|" in around:
        # round 7: "2,740 people charged only with possession were referred to …": the participle
        # phrase after the noun modifies it; the finite verb after it says what happened to them
        before, _, after = around.partition("|")
        around = f"{before}|{_MODIFIED.sub('', after, count=1)}"
    kind = "mass" if mass else "volume" if unit in VOLUME_UNIT_NAMES else "count"
    lowered, context = noun.lower(), sentence.lower()
    if mass:  # round 28: "methamphetamine and other drugs" names drugs as a class
        lowered = _AND_OTHER_DRUGS.sub("drugs", lowered)
    words = re.findall(r"[a-z]+", lowered.split(" of ")[0])
    if len(words) == 2 and VAGUE_HEADS.match(words[0]) and people_acted_on(f"{words[1]} |"):
        # round 8: "2,100 persons apprehended for trafficking": the participle is the verb
        around = f"{around.partition('|')[0]}|{words[1]} {around.partition('|')[2]}"
        noun, lowered, words = words[0], words[0], words[:1]
    head = count_unit(noun)
    if head is None and not mass and words and people_acted_on(around, sentence, noun):
        head = "person"  # round 8: "arrested 240 pushers": what only people undergo
    resolved_unit = unit or head or proposed_unit(noun)
    if not mass and (beside := beside_trigger(noun, sentence, around)) is not None:
        return Counted(beside[0], beside[1], False)  # round 21: "pill presses", "reversed"
    vague = words and VAGUE_HEADS.match(words[-1]) and not mass
    if vague and (read := _by_verb_or_clause(found, noun, sentence, unit, around)) is not None:
        return read
    subject = lowered if lowered or kind == "count" else context  # round 9: a bare volume too
    for rule in found.rules:
        if rule.kind != kind:
            continue
        if rule.noun is None:
            if rule.sentence and re.search(rule.sentence, context) and not _ALL_DRUGS.search(noun):
                note = "measure: taken from the sentence, the figure's own words name no drug"
                return Counted(rule.measure, resolved_unit, True, note)
            continue
        if not re.search(rule.noun, subject):
            continue
        rule = own_cue(found, rule, subject)  # round 19: "18,740 registered drug users"
        entry = found.measures[rule.measure]
        if kind == "count" and head in _OWN_UNITS and entry.count_unit not in {None, head}:
            continue  # "1,118 drug trafficking defendants" count people, not trafficking cases
        if rule.sentence is None or (
            re.search(rule.sentence, context) and not cue_elsewhere(rule.sentence, sentence, around)
        ):
            counted = entry.count_unit if kind == "count" and entry.count_unit else resolved_unit
            if head == "person" and (acted := _governing_verb(found, rule, around)) is not None:
                return acted
            if rule.measure == "drug-crime-cases-cracked" and (
                done := case_act(around, sentence, noun)
            ):
                return _case_read(done, noun)  # round 8: "registered 402 cases", "filed 38,415"
            rival = _rival(found, rule, subject, context)
            doubt = f"measure: the words also fit {rival!r}: which?" if rival else None
            return Counted(both_cannabis_forms(rule.measure, subject), counted, True, doubt)
    if head == "person" and (wanted := fugitives_taken(noun, _verb_of(around))) is not None:
        return Counted(wanted, resolved_unit, False)  # round 20: not new suspects
    # people counted by a role no rule knows ("142 suspected smugglers were detained"): what was
    # done to them says what they count, as for "people"
    role = head == "person" and not mass and around.strip("|")
    if role and (read := _by_verb_or_clause(found, noun, sentence, unit, around)) is not None:
        return read
    verb = _verb_of(around)
    if head == "person" and not mass and (named := offenders_counted(noun, verb)):
        return Counted(named, "person", True, "measure: people counted by their offence: arrested?")
    if not re.fullmatch(r"[a-z]+ed", verb.strip()) and (act := act_on_included(sentence, noun)):
        verb = act  # round 7: "the forfeiture of $21.3 million, including 212 vehicles"
    proposed = either_act(sentence, noun, verb) or proposed_measure(noun, verb)
    if head == "person" and proposed.count("-") < 3 and (done := _complement(around)):
        proposed = f"{proposed}-{done}"  # round 7: "people-referred-to-support"
    elif vague and (state := people_state(words[-1], around)) is not None:
        proposed = state  # round 8: "people-with-substance-use-disorder", "people-prescribed-…"
    return Counted(proposed, resolved_unit, False)


def _case_read(done: str, noun: str) -> Counted:
    """Round 8: cases a police force registered are offences recorded; cases a court or a lab
    acted on are proposed by that act ("drug-cases-filed")."""
    if done == "recorded":
        return Counted("drug-offences-recorded", "case", True, "measure: cases registered")
    return Counted(f"{proposed_measure(noun)}-{done}", "case", False)


def _governing_verb(found: Registry, rule: Rule, around: str) -> Counted | None:
    """Round 7: people counted by a role ("488 defendants") whose verb right before names what
    was done to them ("the courts convicted 488 defendants"): the verb's measure, when the role's
    rule does not fit the verb ("arrested 40 traffickers" stays trafficking arrests)."""
    verb = around.partition("|")[0].strip()
    if not re.fullmatch(r"[a-z]+ed", verb) or re.search(rule.noun or "$^", verb):
        return None
    if rule.sentence is not None and re.search(rule.sentence, verb):
        return None
    read = classify(verb, verb, None, False, rules=_counting(found, "person"))
    if not read.known or read.measure == rule.measure:
        return None
    note = f"measure: read from the verb {verb!r}, not the role the noun names"
    return Counted(read.measure, "person", True, note)


def _verb_of(around: str) -> str:
    """The verb that says what was done to a count: the past tense before it ("examined 3,900
    parcels"), else a passive after it ("2,600 rounds were also seized")."""
    before, _, after = around.partition("|")
    passive = _PASSIVE.match(after)
    return (
        passive[1] if passive and not re.fullmatch(r"[a-z]+ed", before.strip().lower()) else before
    )


def _by_verb_or_clause(
    found: Registry, noun: str, sentence: str, unit: str | None, around: str
) -> Counted | None:
    """A count of people whose noun says only "people" (or a role no rule knows): of the verb
    before and the clause after, the more specific reading among measures of people wins
    ("arrested 1,840 people on drug trafficking charges"); failing that, a relative clause names
    what happened to them ("3,906 individuals who were identified as having experienced a
    non-fatal overdose"), in any count measure, still counted in persons."""
    people = _counting(found, "person")
    parts = [_GUILTY.sub("convicted", _DETAINED.sub("arrested", p)) for p in around.split("|")]
    sentence = _GUILTY.sub("convicted", _DETAINED.sub("arrested", sentence))  # round 9
    readings = [
        (classify(_DRUG_USE.sub("drug users", p), sentence, unit, False, rules=people), p)
        for p in parts
    ]
    known = [(c, p) for c, p in readings if c.known]
    charged = [(c, p) for c, p in known[1:] if _CHARGE.match(p)]  # "on trafficking charges"
    if charged and _order(people, charged[0][0].measure) < _order(people, known[0][0].measure):
        known = charged
    if known:
        vague, part = known[0]
        note = f"measure: read from {part.strip()!r}, the noun {noun!r} is vague"
        return Counted(vague.measure, unit or vague.unit, True, note)
    clause = parts[-1] if len(parts) > 1 else ""
    if _RELATIVE.match(clause):
        counts = replace(found, rules=tuple(r for r in found.rules if r.kind == "count"))
        named = classify(clause, sentence, None, False, rules=counts)
        if named.known and named.measure != "drugs-seized":
            note = f"measure: read from the clause {clause.strip()!r}, the noun {noun!r} is vague"
            return Counted(named.measure, "person", True, note)
    return None


#: Verbs of an arrest the registry's words do not name ("detained 142 suspected smugglers").
_DETAINED = re.compile(
    # round 9: "captured" (the word of Latin American releases in English: capturas)
    r"\b(?:detained|apprehended|nabbed|caught|booked|taken\s+into\s+custody|captured"
    r"|netted)\b",  # round 10
    re.I,
)
#: A participle phrase right after a count's noun, before the clause's own passive verb.
_MODIFIED = re.compile(r"^\s*[a-z]+ed\b[^,;|]*?(?=\b(?:were|was)\s+(?:also\s+)?[a-z]+ed\b)", re.I)
#: A verdict the registry's words do not name (round 7): "were found guilty" is a conviction.
_GUILTY = re.compile(r"\b(?:found|pleaded|pled)\s+guilty\b", re.I)
#: A relative clause after a count of people: "who were identified as …", "that had …".
_RELATIVE = re.compile(r"^\s*(?:who|that)\b", re.I)


#: "found to be using drugs", "who used drugs": the clause names drug users.
_DRUG_USE = re.compile(
    r"\b(?:using|used|use|taking|took)\s+(?:illicit\s+|illegal\s+)?drugs\b", re.I
)
#: The clause after a count of people that says what they were charged with.
_CHARGE = re.compile(r"^\s*(?:on|for|with)\b", re.I)


def _counting(found: Registry, unit: str) -> Registry:
    """The registry's rules for measures that count ``unit``."""
    kept = tuple(r for r in found.rules if found.measures[r.measure].count_unit == unit)
    return replace(found, rules=kept)


def _order(found: Registry, measure: str) -> int:
    return min((r.order for r in found.rules if r.measure == measure), default=10_000)


def _rival(found: Registry, winner: Rule, subject: str, context: str) -> str | None:
    """Another measure whose rule fits the same words when one of the two rules depends on a cue
    of the sentence ("users" in a sentence about both new and registered users): a competing
    candidate, so the reading is not certain."""
    for rule in found.rules:
        if rule.kind != winner.kind or rule.measure == winner.measure or rule.noun is None:
            continue
        if winner.sentence is None and rule.sentence is None:
            continue  # plain word rules: the registry's order settles them (specific first)
        if re.search(rule.noun, subject) and (
            rule.sentence is None or re.search(rule.sentence, context)
        ):
            return rule.measure
    return None


def named_drug(
    counted: Counted, unit: str | None, clause: str, sentence: str, previous: str
) -> Counted:
    """A mass figure whose own words name no drug ("to 150,000 pounds", "Spain (88 tonnes)"):
    the one drug its clause names, else, when its sentence names no drug at all, the one drug
    the sentence before names; the catch-all "drugs seized" otherwise."""
    drugs = _drugs(clause)
    note = "measure: the drug named in the figure's clause"
    if not drugs and own_drug(sentence):
        # "seizures of methamphetamine rose twelvefold, and Iran reported seizing 68 tons"
        drugs, note = _drugs(sentence), "measure: the one drug its sentence names"
    elif not drugs:
        drugs, note = _drugs(previous), "measure: the drug named in the sentence before"
    if len(drugs) != 1:
        return counted
    drug = drugs.pop()
    found = classify(drug, "", unit, True)
    if found.measure == "drugs-seized" == counted.measure and drug[:4] != "drug":
        # "Tobacco: 651 tonnes seized": a drug or good the registry has no measure of
        stem = drug if drug in {"cannabis", "nitazenes"} else drug.rstrip("s")
        return Counted(f"{stem}-seized", counted.unit, False, f"{note}, proposed")
    if found.measure == counted.measure or not found.known:
        return counted
    return Counted(found.measure, counted.unit, True, f"{note}, not in its own words")


def with_cue_before(
    counted: Counted, noun: str, sentence: str, previous: str, around: str
) -> Counted:
    """A count no rule names from its own sentence, named by a rule whose cue is in the sentence
    before ("Cannabis plantations remain a daily job. Officers seized 391,000 plants."): the
    same words read in the two sentences; ``counted`` when that names nothing more."""
    retry = classify(noun, f"{previous} {sentence}", None, False, around=around)
    if not retry.known or retry.measure == "drugs-seized":
        return counted
    return Counted(retry.measure, retry.unit, True, "measure: a cue of the sentence before")


def own_drug(text: str) -> bool:
    """Whether ``text`` names a drug, or drugs, by words of its own: "the drug" is one named
    before (round 24: "Fentanyl seizures rose. Agents recovered 22.8 pounds of the drug")."""
    text = re.sub(r"(?<=[a-z])(?=\d)", " ", text)  # round 28: "all kinds of drugs4 kilograms"
    return DRUG_WORDS.search(_THE_DRUG.sub("", text)) is not None


#: "of the drug" ending its phrase: not "the drug squad", "of the drug trade".
_THE_DRUG = re.compile(
    r"\bof\s+(?:the|this|that)\s+drug(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|on|from|with|and|or|to"
    r"|during|since|over|inside|hidden|concealed|was|were|is|are|had|have)\b)",
    re.I,
)


def _drugs(text: str) -> set[str]:
    # round 33: a local name beside its drug is one drug ("methamphetamine, known locally as shabu")
    words = [w for m in DRUG_WORDS.finditer(text) if (w := m[1].lower())[:4] != "drug"]
    named = {w: STREET_NAMES.get("-".join(w.split()), w) for w in words}  # word -> its drug
    # one word per drug, but cannabis resin and herb stay two
    return set({n if n != "cannabis" else w: w for w, n in named.items()}.values())


def by_clause_after(
    noun: str, after: str, sentence: str, unit: str | None, before: str = ""
) -> Counted | None:
    """A count whose noun is a pronoun or absent, defined by the clause after it ("48 of whom
    were charged with trafficking"): the measure that clause names among those counting the
    same unit (people are charged, not offences)."""
    from narcokg.model.registry import registry

    if unit is None or not _DEFINED_AFTER.match(after):
        return None
    if unit == "item" and (nominal := _NOMINAL.match(after)):
        # round 8: "Of these, 5,108 were new cases": the predicate names what the count counts
        note = f"measure: what the clause after says the count is ({nominal[1]!r})"
        group = classify(nominal[1], sentence, None, False)
        if group.known and group.unit == "person":  # round 9: "94 were foreign nationals"
            return Counted(group.measure, "person", True, note)
        return Counted(
            proposed_measure(nominal[1]),
            count_unit(nominal[1]) or proposed_unit(nominal[1]),
            False,
            note,
        )
    if unit == "item" and (
        re.match(r"\s*of\s+(?:whom|them)\b", after, re.I) or _OF_THESE.search(before)
    ):
        # "three of them were arrested", "Of these, 9,100 were treated for drug use": nothing
        # else names what they are; people are what such a clause says was done to
        unit = "person"
    counted = classify(after, sentence, None, False, rules=_counting(registry(), unit))
    done = _DONE_TO_PEOPLE.match(after)
    if not counted.known and unit == "item" and done:
        # round 7: "and 407 were acquitted": only people are acquitted, sentenced, jailed
        note = f"measure: people, by what the clause after says was done ({after.strip()!r})"
        return Counted(f"people-{done[1].lower()}", "person", False, note)
    if not counted.known:
        return None
    note = f"measure: read from the clause after the figure ({after.strip()!r})"
    return Counted(counted.measure, unit, True, note)


#: What only people undergo, right after a bare count: "407 were acquitted", "12 died".
_DONE_TO_PEOPLE = re.compile(
    r"^\s*(?:were\s+|was\s+|had\s+been\s+|have\s+been\s+)?(?:later\s+|also\s+)?"
    rf"({'|'.join(sorted(PEOPLE_VERBS))})\b",
    re.I,
)
#: A part of the group just counted, named in front by a pronoun: "Of these, …", "Of those, …".
_OF_THESE = re.compile(r"(?:^|[.;]\s*)(?:of|among)\s+(?:these|those|them)\s*,\s*$", re.I)

#: A predicate noun right after a bare count: "were new cases" (not "were arrested").
_NOMINAL = re.compile(
    r"^\s*(?:were|was)\s+((?:[a-z-]+\s+){0,2}(?:[a-z]+s|(?:wo)?men|children))\b(?!\s+(?:by|of)\b)"
)  # round 9: irregular plurals of people ("117 were women")
_DEFINED_AFTER = re.compile(
    r"^\s*(?:of\s+(?:whom|them|those|these)\s+)?(?:were|was|had|have|are|is)\b", re.I
)
