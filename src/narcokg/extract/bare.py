"""Bare numbers whose noun stands elsewhere in the sentence: "from 358 in 2020-21 to 298 in
2021-22 [laboratories]", "14,100 and 9,800 pounds of fentanyl", "27,000 pounds of fentanyl,
compared with 14,700 pounds", "the number of drug arrests (48,206)".

A bare figure borrows the counted noun of a sibling figure of the same kind in its sentence (the
next one when only "and", "or", "to" or a comma stand between), else the words before it in its
clause when they name something more specific than "drugs", else the previous sibling's noun,
else its clause's words. Only the noun used to classify the figure changes: its span
and quote stay as the text has them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from narcokg.extract.figures import Mention
from narcokg.extract.lang.en.words import VAGUE_HEADS
from narcokg.extract.listed import labelled_line, listed_under_lead
from narcokg.extract.listed_subjects import listed_subject
from narcokg.extract.text import Sentence
from narcokg.model.quantities import MASS_UNIT_NAMES as MASS

_FROM = re.compile(r"\bfrom\s*$", re.I)
_JOIN = re.compile(r"^\s*(?:,|and|or|to|,\s*and)\s*$")
_EMPTY = re.compile(
    r"\s*(?:(?:from|to|up|down|compared\s+with|than|of|against|versus|vs\.?)\s*)*", re.I
)
#: The words before a figure compared with the one before it: "…, against 110 in 2022".
_COMPARED = re.compile(
    r"^\s*(?:against|versus|vs\.?|compared\s+(?:with|to)|(?:up|down)\s+from|than)\s*$", re.I
)
#: The subject of a from-to change: "Patrol hours rose from 11,200 to 13,900".
#: Round 14: a subject may hold an age ("Users aged under 21 numbered 301") and "the number of"
#: may take an adjective ("The annual number of drug offenders rose from …").
_CHANGE_SUBJECT = re.compile(
    r"^\s*(?:the\s+(?:[a-z]+\s+)?number\s+of\s+)?([A-Za-z][\w-]*(?:\s+[\w-]+){0,7}?)"
    r"\s+(?:(?:(?:has|have|had)\s+)?(?:risen|fallen|grown|rose|fell|increased|decreased|grew|dropped"
    r"|declined|climbed|jumped|went\s+(?:up|down)|gone\s+(?:up|down))\s+(?:from|to)|stood\s+at"
    r"|numbered|totall?ed"
    r"|reached)\s*$",
    re.I,
)
_VERB = re.compile(
    r"\b(?:rose|fell|dropped|declined|increased|decreased|grew|reached|totall?ed|stood|was|were"
    r"|has|have|had|amounted|climbed|jumped|surged|doubled|tripled|trebled|quadrupled|halved)\b",
    re.I,
)
_PLACE = re.compile(r"\s+(?:in|across|throughout|at)\s+(?:the\s+)?[\w\s'-]*$", re.I)
_CLAUSE = re.compile(r"[,;:()]|\b(?:and|while|whereas|but)\b")


def _kind(m: Mention) -> str:
    if m.unit in MASS:
        return "mass"
    return "count" if m.unit is None else "rate"


def _bare(m: Mention) -> bool:
    return not m.noun.strip() and _kind(m) != "rate"


def borrow_nouns(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (in text order) with bare figures given the noun they count."""
    from narcokg.extract.noun_first import noun_before
    from narcokg.extract.tied import drug_of_own_words

    result = list(mentions)
    for index, m in enumerate(mentions):
        if (elided := _elided_head(sentence, mentions, index)) is not None:
            note = f"measure: a bare number; what it counts taken from {elided.noun!r}"
            result[index] = replace(m, noun=elided.noun).with_notes(note)
            continue
        if not _bare(m):
            continue
        words, own = _clause_words(sentence, m)
        if (label := labelled_line(sentence, m)) is not None:
            note = f"measure: a labelled line; what it counts taken from its label {label!r}"
            result[index] = replace(m, noun=label).with_notes(note)
            continue
        if (listed := listed_under_lead(sentence, m)) is not None:
            note = f"measure: a list item; what it counts taken from its lead-in {listed[0]!r}"
            result[index] = replace(m, noun=listed[0], unit=listed[1]).with_notes(note)
            continue
        if own and noun_before(m, sentence):
            continue  # round 30: "destroyed drug criminal gangs 14;": not a sibling's "people"
        borrowed = (
            _respective_sibling(sentence, mentions, index)
            or _joined_sibling(sentence, mentions, index)
            or (replace(m, noun=words) if own and _specific(words, sentence, m) else None)
            or _compared_sibling(sentence, result, index)
            or _previous_sibling(result, index)
        )
        if borrowed is None:
            borrowed = replace(m, noun=words) if _known(words, sentence, m) else None
        if borrowed is None and (subject := _change_subject(sentence, m)):
            borrowed = replace(m, noun=subject)  # proposed from its words when no rule knows it
        if (
            borrowed is None
            and own
            and words
            and _NUMBER_OF.search(sentence.text[: m.start - sentence.start])
        ):
            borrowed = replace(
                m, noun=words
            )  # round 8: "put the number of people with … at 47,100"
        if borrowed is not None:
            note = f"measure: a bare number; what it counts taken from {borrowed.noun!r}"
            result[index] = replace(m, noun=borrowed.noun, unit=m.unit or borrowed.unit)
            if (measure := drug_of_own_words(result[index], sentence)) is not None:
                # "of which 610 involved heroin": not what its sibling counts (the assembly
                # gives a bare number its sibling's measure only after the plain note above)
                note += f", but a drug is named for it ({measure!r}): check"
            elif (group := _own_group(m, sentence)) is not None:
                note += f", but its own words name a part of the arrested ({group!r}): check"
            elif (state := _own_state(result[index], sentence)) is not None:
                note += f", but its own clause names what they had ({state!r}): check"
            elif (done := _own_outcome(m, sentence)) is not None:
                # round 11: "380 people were charged and 115 were remanded in custody"
                note += f", but its own clause says what was done to them ({done!r}): check"
            result[index] = result[index].with_notes(note)
    return _listed_drugs(sentence, mentions, result)


def _own_group(m: Mention, sentence: Sentence) -> str | None:
    """Round 15: the part of the arrested a bare count's own words name ("412 were women")."""
    from narcokg.extract.groups import arrested_group

    offset = m.start - sentence.start
    return arrested_group(m, sentence.text[:offset], sentence.text[m.end - sentence.start :])


def _own_state(m: Mention, sentence: Sentence) -> str | None:
    """Round 8: what a bare count of people had or was given, by its own clause ("of whom 27.2
    million had a drug use disorder"): then it does not count what its sibling counts."""
    from narcokg.extract.heads import people_state

    words = m.noun.lower().split()
    if not words or not VAGUE_HEADS.match(words[-1]):
        return None
    return people_state(words[-1], "|" + sentence.text[m.end - sentence.start :])


def _listed_drugs(
    sentence: Sentence, mentions: list[Mention], borrowed: list[Mention]
) -> list[Mention]:
    """Masses whose own words name no drug, given the drug their list names for them: each item
    of a semicolon list by the one drug of its item ("cocaine, 1.2 tonnes; heroin, 300 kg"),
    and a run of figures closed by "respectively" (round 17: or listed alike, "A, B and C") by
    the drugs named before it, in order ("cocaine and heroin seizures reached 12 and 4 tonnes")."""
    from narcokg.extract.beside import bracketed, drug_beside, names_a_good, paired_run
    from narcokg.extract.lang.en.words import DRUG_WORDS

    result = list(borrowed)
    unnamed = [i for i, m in enumerate(result) if m.unit in MASS and not _named(mentions[i].noun)]
    for i in unnamed:
        item = re.split(r"[;:]", sentence.text[: result[i].start - sentence.start])[-1]
        drugs = _drug_names(item, DRUG_WORDS)
        if len(drugs) == 1 and ";" in sentence.text:
            result[i] = replace(result[i], noun=drugs[0])
        elif not names_a_good(mentions[i].noun) and (drug := drug_beside(sentence, mentions, i)):
            note = f"measure: the drug named beside it in its list ({drug!r})"
            result[i] = replace(result[i], noun=drug).with_notes(note)
        elif i - 1 in unnamed and bracketed(sentence, mentions, i):
            result[i] = replace(result[i], noun=result[i - 1].noun)  # "1,205 kg (947 kg)"
    run = [i for i in unnamed if not _named(result[i].noun) or not mentions[i].noun]
    if len(run) < 2 or run != list(range(run[0], run[0] + len(run))):
        return result
    first = result[run[0]]
    clause = re.split(r"[;:]", sentence.text[: first.start - sentence.start])[-1]
    drugs = _drug_names(clause, DRUG_WORDS)
    if "respectively" not in sentence.text or len(drugs) != len(run):
        # round 15: only the drugs after the figure before the run; round 17: a run that starts
        # after its first figure, or that pairs without "respectively"
        run, drugs = paired_run(sentence, mentions, run)
    for i, drug in zip(run, drugs, strict=True):
        result[i] = replace(result[i], noun=drug).with_notes(
            f"measure: the drug a 'respectively' list names for it ({drug!r})"
        )
    return result


def _named(noun: str) -> bool:
    from narcokg.extract.lang.en.words import DRUG_WORDS

    return any(m[1].lower()[:4] != "drug" for m in DRUG_WORDS.finditer(noun))


def _drug_names(text: str, words: re.Pattern[str]) -> list[str]:
    """The specific drugs a text names, in order, each once ("drugs" in general is none)."""
    names: list[str] = []
    for m in words.finditer(text):
        name = m[1].lower()
        if name[:4] != "drug" and name not in names:
            names.append(name)
    return names


def _respective_sibling(sentence: Sentence, mentions: list[Mention], index: int) -> Mention | None:
    """In "1,240 kg of cocaine and 630 kg of methamphetamine, compared with 860 kg and 410 kg
    respectively", the i-th bare figure after "compared with" counts what the i-th before does."""
    cue = re.search(r"\bcompared\s+(?:with|to)\b", sentence.text, re.I)
    if cue is None or "respectively" not in sentence.text:
        return None
    at = sentence.start + cue.start()
    m = mentions[index]
    levels = [o for o in mentions if o.end <= at and o.noun.strip() and _kind(o) == _kind(m)]
    bare = [o for o in mentions if o.start >= at and _bare(o) and _kind(o) == _kind(m)]
    if m in bare and len(bare) == len(levels):
        return levels[bare.index(m)]
    return None


def _specific(words: str, sentence: Sentence, m: Mention) -> bool:
    """The clause before the figure names what it counts, more than "drugs" ("seizures of
    cocaine reached 96 kilograms"), so a sibling's noun is not borrowed."""
    from narcokg.extract.measures import classify

    counted = classify(words, sentence.text, m.unit, _kind(m) == "mass")
    return bool(words) and counted.known and counted.measure != "drugs-seized"


def _known(words: str, sentence: Sentence, m: Mention) -> bool:
    from narcokg.extract.measures import classify

    return bool(words) and classify(words, sentence.text, m.unit, _kind(m) == "mass").known


def _own_outcome(m: Mention, sentence: Sentence) -> str | None:
    """Round 11: what the words right after a bare count say was done to the people it counts."""
    from narcokg.extract.kinds import people_done

    return people_done(sentence.text[m.end - sentence.start :])


def _joined_sibling(sentence: Sentence, mentions: list[Mention], index: int) -> Mention | None:
    """The next figure when only "and", "or", "to" or a comma stand between: "14,100 and 9,800
    pounds of fentanyl" (its unit is borrowed too), across a list of bare numbers ("230,000,
    95,000 and 31,000 hectares")."""
    current = mentions[index]
    for other in mentions[index + 1 :]:
        between = sentence.text[current.end - sentence.start : other.start - sentence.start]
        if (
            _kind(other) == "rate"
            and re.fullmatch(r"\s*to\s*", between)
            and _FROM.search(sentence.text[: current.start - sentence.start])
        ):
            return other  # round 14: "rose from 155.2 to 198.7 per 100,000": the rate's unit
        if _kind(other) == "rate" or not _JOIN.match(between):
            return None
        if other.noun.strip() or other.unit in MASS:
            return other  # "from 410 to 655 kilograms": the unit alone says what it counts
        current = other
    return None


def _elided_head(sentence: Sentence, mentions: list[Mention], index: int) -> Mention | None:
    """Round 7: a figure compared with an earlier one whose noun it repeats only by its head
    ("handled 21,470 drug files, 4% fewer than the 22,365 files of 2022-23") counts what the
    earlier one counts: the earlier figure, else ``None``."""
    m = mentions[index]
    words = m.noun.lower().split()
    if len(words) != 1 or m.unit is not None:
        return None
    for other in reversed(mentions[:index]):
        own = other.noun.lower().split()
        between = sentence.text[other.end - sentence.start : m.start - sentence.start]
        if len(own) > 1 and own[-1] == words[0] and _CUE.search(between):
            return other
    return None


#: A comparison between two figures: "…, 4% fewer than the …", "…, up from …", "against".
_CUE = re.compile(r"\b(?:than|compared\s+(?:with|to)|from|against|versus)\s+(?:the\s+)?$", re.I)


#: Round 14: an earlier level in brackets headed by its year ("… 25.8 per 100,000 (2023: 33.0)").
_YEAR_BRACKET = re.compile(r"\(\s*(?:19|20)\d\d(?:[-/]\d{2,4})?\s*:\s*$")


def _compared_sibling(sentence: Sentence, mentions: list[Mention], index: int) -> Mention | None:
    """The figure a bare number is compared with ("116 tonnes of cocaine in 2023, against 110
    in 2022"): the nearest figure before it that names what it counts, of any kind but a rate,
    so the bare number takes its unit too."""
    m = mentions[index]
    before = sentence.text[: m.start - sentence.start]
    clause = re.split(r"[,;:()]", before)[-1]
    if not _COMPARED.match(clause) and not _YEAR_BRACKET.search(before):
        return None
    for other in reversed(mentions[:index]):
        if _kind(other) != "rate" and (other.noun.strip() or other.unit in MASS):
            return other
        if other.unit is not None and other.unit.startswith("per-1"):
            return other  # round 8: "9.9 per 100,000, compared with 8.3 in 2022": the same rate
    return None


def _change_subject(sentence: Sentence, m: Mention) -> str | None:
    """The noun phrase whose change a bare "from" figure starts ("Patrol hours rose from
    11,200"), read even when no rule knows it: the figure is then proposed under its words."""
    if m.unit is not None:
        return None
    before = sentence.text[: m.start - sentence.start]
    clause = listed_subject(before) or _CLAUSE.split(before)[-1]
    if _VERB_ONLY.match(clause):
        # round 7: "Deaths involving X, mainly Y, fell to 74,702": an appositive stands between
        # the verb and its subject, the sentence's first clause
        clause = _CLAUSE.split(sentence.text)[0] + clause
    found = _CHANGE_SUBJECT.match(clause)
    if found is None or re.match(r"(?:the|a|an|this|that|it|they)\b", found[1], re.I):
        return None
    head = found[1].split()[0].lower()  # "Patrol hours", "people in treatment", "Adults presenting"
    plural = any(re.fullmatch(r"[a-z]+s|people", w.lower()) for w in found[1].split()[:3])
    if not plural or head in _NOT_SUBJECTS:
        return None
    return found[1][0].lower() + found[1][1:]  # a sentence's first word is not a name


#: A clause that is only a change verb, its subject before an appositive: ", fell to".
_VERB_ONLY = re.compile(
    r"^\s*(?:(?:rose|fell|increased|decreased|grew|dropped|declined|climbed|jumped)\s+(?:from|to)"
    r"|numbered|totall?ed|reached|stood\s+at)\s*$",
    re.I,
)
#: Subjects that say only what was counted in general: the registry's rules read them.
_NOT_SUBJECTS = frozenset({"figures", "numbers", "totals", "levels", "counts", "rates"})


def _previous_sibling(mentions: list[Mention], index: int) -> Mention | None:
    m = mentions[index]
    for other in reversed(mentions[:index]):
        if _kind(other) == _kind(m) and other.noun.strip():
            return other
    return None


def _clause_words(sentence: Sentence, m: Mention) -> tuple[str, bool]:
    """The words before the figure in its clause, without "the number of", and whether they are
    the figure's own clause (not the clause before a bare ", from 22,370")."""
    before = sentence.text[: m.start - sentence.start]
    # round 9: a bracketed aside ending a label ("People receiving treatment (December): 38,916")
    before = re.sub(r"\s*\([^()]*\)(?=\s*:\s*$)", "", before)
    parts = _CLAUSE.split(before)
    own = True
    while len(parts) > 1 and _EMPTY.fullmatch(parts[-1]):
        parts.pop()  # ", from 22,370": the words of the clause before say what it counts
        own = False
    words = re.sub(r"^.*\bnumber\s+of\s+", "", parts[-1].strip(), flags=re.I)
    # the clause's subject, without its verb and a place ("existing drug users in the province
    # dropped to 18,900" -> "existing drug users")
    subject = _VERB.split(words, maxsplit=1)[0]
    subject = _PLACE.sub("", subject).strip()
    if subject and subject != words.strip():
        words = subject
    return " ".join(words.split()[-6:]), own


#: "the number of X at/to/was": the clause names what its bare number counts (round 8).
_NUMBER_OF = re.compile(
    r"\bnumber\s+of\s+[^,;:()]+?\s+(?:at|to|was|is|stood\s+at|reached)\s*$", re.I
)

_TALLY_END = re.compile(
    r"\b(?:recorded|reported|counted|registered|logged|accounted\s+for|had)\s+(?:about\s+)?$", re.I
)


_COUNT_WORDS = r"\d[\d,.]*(?:\s+(?:million|thousand|billion))?\s+([A-Za-z][^,.;:()]{2,60})"


def of_them(m: Mention, sentence: Sentence, previous: str) -> Mention:
    """Round 7: a bare part "of them" ("British Columbia accounted for 2,511 of them") counts
    what the last count of the sentence before counts ("… 7,180 deaths."), when its own sentence
    names nothing: ``m`` with that noun, else ``m``."""
    before = sentence.text[: m.start - sentence.start]
    after = sentence.text[m.end - sentence.start :]
    gapped = re.search(r"\bof\s+them\b.*(?:\band|,)\s+(?:[A-Z][\w-]*\s+){1,3}for\s+$", before)
    # "Dyfed-Powys Police alone recorded 2,084.": a tally with its object left out
    elided = _TALLY_END.search(before) and re.fullmatch(r"\s*[.;]?\s*", after)
    parts = re.match(r"\s*of\s+them\b", after) or gapped or elided
    if m.noun.strip() or m.unit is not None or not parts:
        return m  # "… 2,511 of them and Ontario for 2,522": the gapped item too
    # round 8: a count earlier in its own sentence first ("… affected 5.7 million people, and
    # 1.0 million of them received …"), not another part "of them"
    own = [c for c in re.findall(_COUNT_WORDS, before) if not c.lower().startswith("of ")]
    counted = [
        c[0].lower() + c[1:]  # the words of the last count before, up to a clause's end
        for c in own or re.findall(_COUNT_WORDS, previous)
    ]
    # round 8: the noun only, not the period or place after it ("drug samples in FY2024")
    counted = [
        re.split(r"\s+(?:in|during|at|on|for|from|by|over|last|this)\b", c)[0] for c in counted
    ]
    if not counted:
        return m
    note = f"measure: a part 'of them'; what it counts taken from before ({counted[-1]!r})"
    return replace(m, noun=counted[-1]).with_notes(note)
