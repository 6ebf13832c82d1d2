"""Round 22 (issue 14, branch ms23c): counts whose registry word names another act than the one
done to them, named by the act their own clause states.

- A mass of drugs someone destroyed, burned or incinerated ("destroyed 1.4 million kilograms of
  seized drugs", "the ceremony to burn 8.4 tons of drugs") is a destruction, not a seizure: the
  word "seized" before the noun says where the drugs came from, not what the figure counts.
  Named ``<drug>-destroyed`` (``drugs-destroyed`` for drugs as a class, the head noun for what is
  no drug: ``medicines-destroyed``), as keys of three rounds name it.
- A mass of a drug with "were consumed" or "have been consumed" after it ("11.4 tonnes of
  methamphetamine were consumed in 2024") is a consumption estimate, as "consumed 16 kg" before
  it already is (``<drug>-consumed``).
- Drug users or abusers "reported" to a register in the period ("5,620 drug abusers were
  reported in 2024", "the number of reported drug abusers") are the reports of the period, not
  the registered users the registry's trigger "registry" reads: ``<noun>-reported``.
- The people treatment episodes "were provided to" or "delivered to" ("These episodes were
  provided to 6,120 clients") are the people receiving treatment in the period, not the drug
  users in treatment at a date: ``people-receiving-treatment``, unit ``person``.
"""

from __future__ import annotations

import re

from narcokg.extract.lang.en.words import DRUG_WORDS
from narcokg.extract.measures import Counted
from narcokg.extract.tied import drug_name
from narcokg.model.quantities import MASS_UNIT_NAMES as MASS

#: A verb of destroying right before a mass: "destroyed", "burned", "to burn", "incinerated".
_DESTROYED = re.compile(
    r"\b(?:destroyed|destroy|burn(?:ed|t)?|incinerated|incinerate)\s*(?:(?:about|some|over"
    r"|more\s+than|nearly|almost|a\s+total\s+of|an\s+estimated)\s*)?$",
    re.I,
)
#: The passive of consuming right after a mass: "were consumed", "have been consumed".
_CONSUMED_AFTER = re.compile(
    r"^\s*(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?consumed\b", re.I
)
_CONSUMPTION = re.compile(r"\b(?:consum(?:ed|ption|e)|used\s+up)\b", re.I)
#: Users or abusers of drugs as the head of a count.
_USERS = re.compile(r"^(?:(?P<reported>reported)\s+)?(?P<noun>(?:[a-z-]+\s+){0,2}(?:ab)?users)$")
_REPORTED_AFTER = re.compile(
    r"^\s*(?:were|was|had\s+been|have\s+been)\s+(?:newly\s+)?reported\b", re.I
)
#: People an episode or a service was provided or delivered to.
_PROVIDED_TO = re.compile(r"\b(?:provided|delivered|given)\s+to\s*$", re.I)
_CLIENTS = re.compile(r"^(?:[a-z-]+\s+)?(?:clients|individuals|people|persons|patients)$", re.I)
_TREATMENT = re.compile(r"\b(?:episodes?|treatment|services?)\b", re.I)
_MASS_WORD = re.compile(r"\b(?:kilo|ton|gram|pound|kg|lb|ounce|million|billion)", re.I)
#: The head of a mass's noun phrase: "tonnes of confiscated and expired medicines" -> medicines.
_HEAD = re.compile(r"\b([a-z]+s)\b(?!.*\b[a-z]+s\b)", re.I)


def destroyed(noun: str, before: str, after: str = "") -> str | None:
    """``<drug>-destroyed`` for a mass whose verb before says it was destroyed, else ``None``:
    the drug the words after the unit name (its noun's "of …", else the text after it), drugs
    as a class ``drugs``, a good that is no drug by its head noun.

    >>> destroyed("kilograms of seized drugs", "agencies have destroyed")
    'drugs-destroyed'
    >>> destroyed("kilograms", "police burned", " of heroin in May")
    'heroin-destroyed'
    >>> destroyed("tons of drugs of many kinds", "a ceremony to burn")
    'drugs-destroyed'
    >>> destroyed("tonnes", "it destroyed about", " of expired medicines at a site")
    'medicines-destroyed'
    >>> destroyed("kilograms of heroin", "police seized") is None
    True
    """
    if not _DESTROYED.search(before):
        return None
    own = [p for p in re.sub(r"^\s*of\s+", "", noun).split(" of ") if not _MASS_WORD.search(p)]
    later = re.match(r"\s*of\s+([^,.;:()]+)", after)
    thing = (later[1] if later else own[0] if own else "drugs").split(" of ")[0]
    drug = drug_name(DRUG_WORDS.search(thing))
    if drug != "drug":
        return f"{drug}-destroyed"
    head = _HEAD.search(thing)
    word = head[1].lower() if head else "drugs"
    return f"{'drugs' if word.startswith('drug') or word == 'narcotics' else word}-destroyed"


def consumed(subject: str, after: str) -> bool:
    """Whether a mass is consumed: a word of consumption before it or in its noun, or the
    passive "were consumed" right after it."""
    return bool(_CONSUMPTION.search(subject) or _CONSUMED_AFTER.match(after))


def reported_users(noun: str, after: str) -> str | None:
    """``<users>-reported`` for drug users or abusers reported in the period, else ``None``.

    >>> reported_users("drug abusers", " were reported in 2024")
    'drug-abusers-reported'
    >>> reported_users("reported drug abusers", " in the first half")
    'drug-abusers-reported'
    >>> reported_users("drug users", " were arrested") is None
    True
    """
    users = _USERS.match(" ".join(noun.lower().split()))
    if users is None or not (users["reported"] or _REPORTED_AFTER.match(after)):
        return None
    return "-".join([*users["noun"].split(), "reported"])


def receiving_treatment(noun: str, sentence: str, before: str) -> bool:
    """Whether a count of people is those treatment episodes or services were provided or
    delivered to ("These episodes were provided to 6,120 clients")."""
    return bool(
        _PROVIDED_TO.search(before)
        and _CLIENTS.match(" ".join(noun.split()))
        and _TREATMENT.search(sentence)
    )


def act_beside(
    noun: str, unit: str | None, sentence: str, before: str, after: str
) -> Counted | None:
    """The measure the act stated next to a count names, when a registry word beside it would
    name another act (see the module's note), else ``None``."""
    if unit is not None and unit in MASS:
        done = destroyed(noun, before, after)
        return None if done is None else Counted(done, unit, False)
    if unit is not None:
        return None
    if (users := reported_users(noun, after)) is not None:
        return Counted(users, "person", False, "measure: users reported in the period")
    if receiving_treatment(noun, sentence, before):
        return Counted("people-receiving-treatment", "person", False)
    return None
