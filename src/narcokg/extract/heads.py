"""Round 8: the head noun of a counted phrase and what it says about the unit: people counted by
a role no list holds (by the role's form, or by the verb that governs the count: only people are
arrested, detained or charged), cases by what was done to them, and the name of a proposed count
(moved out of :mod:`.measures`; its unit is :mod:`.proposed_units`' since round 24).
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from narcokg.extract.lang.en.words import COUNT_UNITS, DRUG_WORDS, STREET_NAMES

if TYPE_CHECKING:
    from narcokg.model.registry import Registry, Rule

#: Agent nouns whose form says they name people ("surrenderees", "recidivists", "physicians").
_PERSON_FORM = re.compile(r"[a-z]{3,}(?:ees|ists|ians)")
_DEMONYM = re.compile(r"\b[A-Z][a-z]{2,}(?:ans|onters|orkers|inos|inas|ese)\s*$")
#: Words of those forms that name no one.
_NOT_PEOPLE = frozenset(
    {"fees", "degrees", "trees", "committees", "guarantees", "lists", "twists", "cysts"}
    | {"checklists", "watchlists", "wishlists"}
)
#: What only people undergo, as the verb right before a count or a passive after it ("arrested
#: 240 pushers", "the arrest of 56,837 drug personalities", "31 runners were detained").
_PEOPLE_ACTS = (
    r"arrest(?:ed|ing)?|detain(?:ed|ing)|charg(?:ed|ing)|convict(?:ed|ing)|sentenc(?:ed|ing)"
    r"|jail(?:ed|ing)|imprison(?:ed|ing)|apprehend(?:ed|ing)|indict(?:ed|ing)|nabb(?:ed|ing)"
    r"|deport(?:ed|ing)|extradit(?:ed|ing)|rehabilitat(?:ed|ing)|hospitali[sz](?:ed|ing)"
    r"|acquitt(?:ed|ing)|remand(?:ed|ing)|fined|admitt(?:ed|ing)|referr(?:ed|ing)"
    r"|interview(?:ed|ing)|rescu(?:ed|ing)"
)
_ACT_BEFORE = re.compile(
    rf"\b(?:{_PEOPLE_ACTS})(?:\s+of)?\s+(?:(?:a\s+total\s+of|some|about|nearly|over|more\s+than"
    r"|at\s+least|another|a\s+further)\s+)?$",
    re.I,
)
_ACT_AFTER = re.compile(
    rf"^\s*(?:were|was|had\s+been|have\s+been)\s+(?:also\s+|later\s+)?(?:{_PEOPLE_ACTS})\b",
    re.I,
)


#: What a vague count of people had, got or was given, right after it ("48.5 million people had a
#: substance use disorder", "27,650 people were prescribed methadone", "900 people started
#: treatment"), with the word that names the measure, as reviewers name such counts.
_STATE = re.compile(
    r"^\s*(?:of\s+(?:them|whom)\s+)?(?:(?P<had>had|have|has|were\s+living\s+with|lived\s+with)"
    r"|(?:were|was|had\s+been)\s+(?P<given>prescribed|given|offered|diagnosed\s+with)"
    r"|(?P<got>received|receive|started|began|entered|completed|(?:were|was|are|is)\s+receiving))"
    r"\s+(?:(?:a|an|the|any|some)\s+)?(?P<what>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}?)"
    r"(?=\s*(?:$|[,;.(]|\s(?:in|during|for|at|over|from|by|last|this|and|or|through|since)\b))",
    re.I,
)
_GOT = {"received": "receiving", "receive": "receiving", "started": "starting",
        "began": "starting", "entered": "entering", "completed": "completing"}  # fmt: skip
_GOT.update({f"{be} receiving": "receiving" for be in ("were", "was", "are", "is")})  # round 10


def people_state(head: str, around: str) -> str | None:
    """A proposed measure for a vague count of people by what they had or were given right after
    it (``around``: before ``|`` after): ``people-with-<what>``, ``people-<given>-<what>``,
    ``people-<getting>-<what>``; ``None`` when no such clause follows."""
    found = _STATE.match(around.partition("|")[2])
    if found is None or found["what"].split()[0].lower() in _NOT_STATES:
        return None
    what = "-".join(found["what"].lower().split())
    if found["had"]:
        return f"{head}-with-{what}"
    if found["given"]:
        return f"{head}-{found['given'].split()[0].lower()}-{what}"
    return f"{head}-{_GOT[' '.join(found['got'].lower().split())]}-{what}"


#: Words after "had" that are no state of the counted people ("had been", "had to").
_NOT_STATES = frozenset({"been", "to", "no", "not", "their", "his", "her", "its"})


#: What was done to cases, right before their count: a police force registers them (offences
#: recorded), a court or a laboratory acts on them (round 8), a prosecutor resolves them (round 31).
_CASE_ACTS = re.compile(
    r"\b(?P<verb>registered|recorded|logged|booked|filed|decided|referred|analy[sz]ed|heard"
    r"|tried|concluded|disposed\s+of|dismissed|submitted|lodged|withdrew|withdrawn|resolved"
    r"|completed)\s+"  # round 20: a laboratory's "completed 9,100 drug chemistry cases"
    r"(?:(?:a\s+total\s+of|some|about|nearly|over|more\s+than|another|a\s+further)\s+)?$",
    re.I,
)
#: A passive after cases: "12,764 cases were treated" (round 8).
_CASE_ACTED_AFTER = re.compile(
    r"^\s*(?:were|was|had\s+been|have\s+been)\s+(?:also\s+|still\s+)?(?P<verb>treated|assessed"
    r"|admitted|registered|recorded|reported|filed|heard|decided|referred|dismissed|withdrawn"
    r"|concluded|pending|awaiting)\b",  # round 19: cases still pending or awaiting trial
    re.I,
)
_REGISTERED = frozenset({"registered", "recorded", "logged", "booked"})
_PARTICIPLES = {"withdrew": "withdrawn", "awaiting": "pending"}


def case_act(around: str, sentence: str = "", noun: str = "") -> str | None:
    """The participle of what was done to a count of cases, from the verb right before its
    number (``around`` or ``sentence``): ``recorded`` for a registration, else the verb."""
    before = around.partition("|")[0]
    # round 33: the figure's own verb first ("referred 684 cases …, and detectives generated a
    # further 377 cases": the last count's words are not the first's)
    own = _CASE_ACTS.search(f"{before} ") if before.strip() else None
    counts = list(re.finditer(rf"[\d,.]+\s+{re.escape(noun)}", sentence)) if noun else []
    if counts:  # the last: a sentence read with the one before it ends with the figure's own
        before = re.split(r"[,;:]", sentence[: counts[-1].start()])[-1]
    found = own or _CASE_ACTS.search(before) or _CASE_ACTED_AFTER.match(around.partition("|")[2])
    if found is None:
        return None
    verb = found["verb"].lower().split()[0]
    if verb == "resolved" and _POLICE_SOLVED.search(before):
        return None  # round 31: cases police "resolved" were cracked; a prosecutor's, resolved
    return "recorded" if verb in _REGISTERED else _PARTICIPLES.get(verb, verb)


_POLICE_SOLVED = re.compile(r"\b(?:police|forces?|officers?|discovered)\b", re.I)


#: Where a sentence's clauses part: a semicolon, or a comma before a new clause (round 8).
_CLAUSES = re.compile(
    r";|,\s+(?=(?:and|while|whereas|but|bringing|taking|of\s+whom|of\s+which|compared)\b)", re.I
)


def cue_elsewhere(cue: str, sentence: str, around: str) -> bool:
    """Round 8: whether a measure's sentence cue lies only in other clauses that count figures of
    their own ("identified 12,488 new drug users, bringing the number in the registry to 418,950":
    "new" names the first figure, not the second), so it does not name this figure. The figure's
    clause is found by the words after it (``around``: before ``|`` after)."""
    after = around.partition("|")[2].strip()
    if len(after) < 4 or sentence.count(after) != 1:
        return False
    bounds = [0, *(m.end() for m in _CLAUSES.finditer(sentence)), len(sentence) + 1]
    clauses = list(itertools.pairwise(bounds))
    at = sentence.index(after)
    own = next(c for c in clauses if c[0] <= at < c[1])
    opening = max((m.end() for m in re.finditer(r"[.!?]\s", sentence[:at])), default=0)
    hits = [m.start() for m in re.finditer(cue, sentence, re.I)]
    if any(h < opening for h in hits):
        return False  # a cue of the sentence before (``with_cue_before``) names it
    others = [c for h in hits for c in clauses if c[0] <= h < c[1]]
    return bool(hits) and all(c != own and re.search(r"\d", sentence[c[0] : c[1]]) for c in others)


def _convicted(sentence: str, noun: str) -> bool:
    """Round 30: a conviction named as a noun right before the count ("led to the conviction of
    538 defendants", "obtained convictions against 326 defendants"): the verb "convicted"."""
    return bool(
        re.search(
            rf"\bconvictions?\s+(?:of|against)\s+(?:[a-z]+\s+)?\d[\d,.]*\s+{re.escape(noun)}",
            sentence,
            re.I,
        )
    )


#: Words right before a count that are not its verb: a determiner after the verb ("arrested its
#: four crew members") or the particle of a phrasal verb ("carried out 1,860 activities").
_NOT_VERBS = frozenset({"its", "their", "his", "her", "the", "some", "all", "another"})
_PARTICLES = frozenset({"out", "up", "off", "down"})


def widen_before(around: str, sentence: str, noun: str) -> str:
    """Round 8: ``around`` (the word before a count, ``|``, the clause after) with the verb before
    a determiner, or with the verb of a particle, read from ``sentence``."""
    before, bar, after = around.partition("|")
    word = before.strip().lower()
    listed = word in {"and", ""} or word.endswith(",")
    if bar and noun and listed and (shared := _shared_verb(sentence, noun, after)):
        return f"{shared}|{after}"  # round 9: "seized 2,187 vehicles and 412 boats"
    if bar and noun and word.split()[-1:] in (["of"], ["against"]) and _convicted(sentence, noun):
        return f"convicted|{after}"  # round 30: "the conviction of 538 defendants"
    if not bar or not noun or word not in _NOT_VERBS | _PARTICLES:
        return around
    counts = list(
        re.finditer(
            rf"(?:\d[\d,.]*|[a-z]+)(?:\s+(?:million|thousand))?\s+{re.escape(noun)}", sentence
        )
    )
    words = sentence[: counts[-1].start()].split()[-2:] if counts else []
    if len(words) < 2 or words[-1].lower() != word:
        return around
    verb = f"{words[0]} {words[1]}" if word in _PARTICLES else words[0]
    return f"{verb.lower()}|{after}"


#: Round 9: a count coordinated after another count of the same verb: "seized 2,187 vehicles
#: and 412 boats" (the verb, then the first count and its noun, then "and" or a comma).
_FIRST_OF_PAIR = re.compile(
    r"\b([a-z]+ed)\s+\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:[a-z-]+\s+){0,3}?[a-z-]+s"
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)$"
)
#: Round 23: a later item of a list after its verb ("seized 1.3 kg of cocaine, £38,450 in cash and
#: 41 mobile phones"): items with no other past tense nor parts ("including"), then "," or "and".
_FIRST_OF_LIST = re.compile(
    r"\b(?!included)([a-z]+ed)\s+(?:about\s+|some\s+|over\s+|more\s+than\s+)?[£$€]?\d"
    r"(?:(?!\b(?:[a-z]+ed|including|among|whom|which|such)\b)(?:[.,]\d|[^.;:]))*?"
    r"(?:,\s*(?:and\s+)?|\s+and\s+)$"
)
#: A clause after a count with its own verb ("…, 40 people were arrested"): no shared verb.
_OWN_VERB = re.compile(r"\s*(?:[a-z-]+\s+){0,3}?(?:were|was|are|is|had|have)\b", re.I)


def _shared_verb(sentence: str, noun: str, after: str) -> str | None:
    """The past tense a count shares with the count coordinated before it, if any."""
    counts = list(
        re.finditer(rf"\d[\d,.]*(?:\s+(?:million|thousand))?\s+{re.escape(noun)}", sentence)
    )
    if not counts:
        return None
    head = sentence[: counts[-1].start()]
    own = _OWN_VERB.match(after)  # round 23: only an item with no verb of its own
    pair = _FIRST_OF_PAIR.search(head) or (None if own else _FIRST_OF_LIST.search(head))
    return pair[1].lower() if pair and pair[1].lower() not in _HEDGES | _TALLIED else None


def person_word(word: str, noun: str = "") -> bool:
    """Whether a plural head noun names people by its form, or ends in a role the count-unit list
    holds ("outpatients", "co-defendants"), or is a demonym ending ``noun`` (round 9: "7,612
    Vermonters", "Filipinos")."""
    if word in _NOT_PEOPLE:
        return False
    if noun and _DEMONYM.search(noun):
        return True
    if _PERSON_FORM.fullmatch(word):
        return True
    roles = (r for r, unit in COUNT_UNITS.items() if unit == "person" and len(r) > 5)
    return any(word.endswith((role + "s", role)) and word != role for role in roles)


def count_unit(noun: str) -> str | None:
    """The count unit of a noun phrase: its head word ("criminal suspects" -> person)."""
    if people_first(noun):  # round 14: "suspects of drug crimes"
        return "person"
    words = re.findall(r"[a-z]+", noun.lower().split(" of ")[0])
    for word in reversed(words):
        singular = re.sub(r"(?<=[^aeiou])ies$", "y", word)
        singular = singular[:-1] if singular.endswith("s") and word not in COUNT_UNITS else singular
        for form in (word, singular):
            if form in COUNT_UNITS:
                return COUNT_UNITS[form]
    return "person" if words and person_word(words[-1], noun) else None  # round 8: "surrenderees"


def people_first(noun: str) -> bool:
    """Round 14: people counted by what they did or were cleared for ("suspects of drug crimes",
    "persons cleared for stimulant offences"): a word before the first preposition names people,
    so the count is of them, not of the offences after it."""
    head, *rest = re.split(r"\s(?:of|for|in|with|under|by|over)\s", noun.lower(), maxsplit=1)
    return bool(rest) and any(w == "people" or person_word(w) for w in re.findall(r"[a-z]+", head))


#: Verbs that state only a count's level, or the arrest itself, not another act on its people.
_LEVEL_VERBS = re.compile(
    r"(?:numbered|totall?ed|reached|increased|decreased|declined|dropped|climbed|jumped"
    r"|arrested|detected|detained|apprehended|cleared|captured|identified)",
    re.I,
)


def offenders_counted(noun: str, verb: str) -> str | None:
    """Round 14: people counted only as offenders or by their drug offence ("drug offenders",
    "persons cleared for drug offences", "subjects of drug crimes"), with no verb saying what
    was done to them: the suspects a force arrested, as writers of rounds 6, 8 and 9 name them
    (``<drug>-suspects-arrested`` when the words name one drug), else ``None``."""
    low = noun.lower()
    offence = people_first(noun) and re.search(r"\b(?:offen[cs]es|crimes)\b", low)
    if not (offence or re.search(r"\boffenders$", low.strip())):
        return None
    if re.fullmatch(r"[a-z]+ed", verb.strip()) and not _LEVEL_VERBS.fullmatch(verb.strip()):
        return None  # "convicted 1,920 offenders": the verb's measure
    drugs = {m[1].lower() for m in DRUG_WORDS.finditer(noun) if m[1].lower()[:4] != "drug"}
    if len(drugs) != 1:
        return "suspects-arrested"
    word = "-".join(drugs.pop().split())
    return f"{STREET_NAMES.get(word, word)}-suspects-arrested"


def people_acted_on(around: str, sentence: str = "", noun: str = "") -> bool:
    """Whether the verb before a count (``around``: before ``|`` after; else the words before
    ``noun``'s number in ``sentence``) or a passive after it is what only people undergo."""
    before, _, after = around.partition("|")
    if noun and (
        at := re.search(rf"[\d,.]+(?:\s+(?:million|thousand))?\s+{re.escape(noun)}", sentence)
    ):
        before = re.split(r"[,;:]", sentence[: at.start()])[-1]
    return bool(_ACT_BEFORE.search(before) or _ACT_AFTER.match(after))


#: Past tenses before a figure that hedge it rather than say what was done ("an estimated").
_HEDGES = frozenset({"estimated", "expected", "projected", "reported", "suggested"})
#: Past tenses that say only that a figure was counted ("We counted 54 shootings"), not what
#: was done to what it counts: a proposal does not take them.
_TALLIED = frozenset(
    {"counted", "recorded", "logged", "tallied", "noted", "registered", "numbered", "totalled"}
)


#: Words that measure or sort what follows their "of", never the thing counted.
_MEASURE_WORDS = frozenset(
    {"acres", "hectares", "kinds", "types", "varieties", "sorts", "rounds", "pieces"}
)


def proposed_measure(noun: str, verb: str = "") -> str:
    """A slug of the noun phrase, without names ("Pakistani"), and the verb before the figure
    when it is a past tense ("examined 3,900 parcels" -> ``parcels-examined``)."""
    noun = _STATUS.sub("", noun)  # round 18: "74 illegal plantations" -> plantations-…
    named = [w for w in re.findall(r"[A-Za-z0-9]+", noun) if not re.fullmatch(r"[A-Z][a-z]+", w)]
    words = [w.lower() for w in (named if len(named) > 1 else re.findall(r"[A-Za-z0-9]+", noun))]
    words = words[1:] if words[:1] == ["of"] else words  # "300 litres of codeine syrup"
    if len(words) > 2 and words[0] in _MEASURE_WORDS and words[1] == "of":
        words = words[2:]  # round 13: "kinds of new substances", "acres of farms": not the thing
    done = " ".join(verb.lower().split())
    done = _IRREGULAR.get(done, done)  # round 18: "broke up 7 networks" -> networks-broken-up
    held = done == "held" and _PEOPLE_NOUN.search(noun)  # a register "held 900 people": a stock
    irregular = done in _IRREGULAR.values() and not held
    if (
        words
        and (irregular or re.fullmatch(r"[a-z]+ed(?: (?:out|up|off|down))?", done))
        and done not in words
        and done not in _HEDGES | _TALLIED
    ):
        # round 7: without "of" the head ends the phrase, so leading modifiers give way
        head = words[:4] if "of" in words else words[-3:]
        words = [*head, *done.split()]
    kept = words[:5]
    while kept and kept[-1] in {"of", "and", "the", "in", "from", "for", "to", "a", "an"}:
        kept.pop()  # "12 medical evacuations of crew members": not "...-evacuations-of"
    if len(kept) > 1 and kept[0] in _PEOPLE_WORDS:
        kept[0] = "people"  # round 17: keys name people by what was done ("people-accused")
    if kept in (["referrals"], ["reports"], ["tips"]):
        kept.append("received")  # round 19: what an agency receives, counted with no verb
    return "-".join(kept) or "unknown-measure"


#: Round 18: verbs with an irregular past, as their participle (keys of six rounds: "broke up
#: 412 organisations" -> organisations-broken-up, "shut down 1,900 grows", "gave 1,860 lectures"
#: -> lectures-given, "held 1,460 lectures" -> lectures-held).
_PEOPLE_NOUN = re.compile(r"\b(?:people|persons|individuals)\b", re.I)
_IRREGULAR = {
    **{"broke up": "broken up", "broken up": "broken up", "shut down": "shut down"},
    **{"took down": "taken down", "taken down": "taken down", "gave": "given", "given": "given"},
    "held": "held",
}
#: Round 18: adjectives of legal status or of reach before the counted thing, which keys of
#: four rounds leave out of a proposal's name ("clandestine airstrips destroyed",
#: "international controlled deliveries coordinated": airstrips-destroyed, …).
_STATUS = re.compile(
    r"\b(?:clandestine|illegal|illicit|unlicen[sc]ed|unauthori[sz]ed|unregistered|unlawful"
    r"|international|transnational|cross-border|cross-provincial"
    # round 32: a case's grade (keys of five rounds: "filed 1,486 felony drug cases" ->
    # drug-cases-filed)
    r"|(?:felony|misdemeanou?r)(?:\s+(?:and|or)\s+(?:felony|misdemeanou?r))?)\s+",
    re.I,
)


#: Plain words for people that a proposal names ``people-`` (docs/facts.md: people by what was
#: done to them), as keys of three rounds do for "persons screened", "individuals accused".
_PEOPLE_WORDS = frozenset({"persons", "individuals"})


#: Herbal forms of cannabis, named beside its resin ("cannabis resin and herbal cannabis").
_HERB = re.compile(
    r"\b(?:herb(?:al)?|marijuana|ganja|dagga|weed|skunk|kush|bhang|indian\s+hemp|leaf)\b", re.I
)


def both_cannabis_forms(measure: str, words: str) -> str:
    """Round 15: a mass of cannabis resin and herbal cannabis together ("9.1 tonnes of cannabis
    herb and resin", "herbal cannabis and hashish 3,712 kg") is cannabis seized, the whole
    drug; resin alone stays ``cannabis-resin-seized``."""
    if measure == "cannabis-resin-seized" and _HERB.search(words):
        return "cannabis-seized"
    return measure


def own_cue(found: Registry, winner: Rule, subject: str) -> Rule:
    """Round 19: a later rule whose sentence cue is in the figure's own words ("registered drug
    users", "existing drug users"), when the winner's cue is only elsewhere in the sentence (a
    cue of another clause's figure: "…, of which 2,310 are in community rehabilitation")."""
    words = subject.split()
    if winner.sentence is None or re.search(winner.sentence, subject) or len(words) > 4:
        return winner
    modifiers = " ".join(words[:-1])  # a modifier of the head, not the head ("trafficking charges")
    for rule in found.rules:
        if rule.kind != winner.kind or rule.order <= winner.order or not rule.sentence:
            continue
        if rule.noun and re.search(rule.noun, subject) and re.search(rule.sentence, modifiers):
            return rule
    return winner
