"""Round 34: people charged or indicted with supply or trafficking are trafficking arrests.

"charged 418 defendants with possession with intent to deliver or delivery of controlled
substances", "charged 612 defendants with sale or transportation of dangerous drugs for sale",
"has indicted 431 defendants on trafficking and money laundering charges", "Distribution and
trafficking charges were filed against 417 defendants": docs/facts.md (round 13) keeps people
charged with supply or trafficking as ``trafficking-arrests``; the drafts read the verb
(``people-charged``) or the role (``defendants-prosecuted``). Keys of dauphin-da hutia95,
mcaoaz dugong82, scdag-tn civet92, usao-wdwa oryx70, usaosdtx vicuna76 and jcpao-mo indri96
name them so, and the earlier level compared in the same sentence ("compared with 548 a year
earlier", "over the 373 charged in 2024") alike.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.renamed_levels import rename_with_earlier_level

_READ = frozenset({"people-charged", "defendants-prosecuted"})
#: What supply is called in a charge: trafficking, distribution, delivery, sale, supply.
_SUPPLY = (
    r"(?:traffick\w*|distribut\w*|deliver\w*|sale|supply|dealing"
    r"|intent\s+to\s+(?:deliver|distribute|sell))"
)
#: The charge right after the count: "… defendants with <supply>", "… on <supply> charges".
_CHARGE_AFTER = re.compile(
    rf"^\s*(?:[a-z]+\s+){{0,2}}?(?:with|on)\s+(?:[a-z-]+\s+){{0,4}}?{_SUPPLY}\b", re.I
)
#: The charge right before it: "Distribution and trafficking charges were filed against".
_CHARGE_BEFORE = re.compile(
    rf"\b{_SUPPLY}\s+(?:and\s+[a-z-]+\s+)?charges\s+(?:were\s+)?(?:filed|brought)\s+against\s+$",
    re.I,
)
#: An earlier level compared with the count, between the two figures.
_COMPARED = re.compile(r"(?:compared\s+with|up\s+from|down\s+from|over|from)\s+(?:the\s+)?$", re.I)


def trafficking_charged(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Name each count of people charged with supply as trafficking arrests (see the module)."""
    for fact in found:
        if fact.measure not in _READ or fact.unit != "person" or fact.change_of:
            continue
        if not charged_with_supply(context, fact):
            continue
        rename_with_earlier_level(context, found, fact, "trafficking-arrests", _READ, _COMPARED)


def charged_with_supply(context: DraftContext, fact: DraftMeasurement) -> bool:
    """Whether the words right after or before the count name a supply charge."""
    sentence = context.sentences[fact.mention.sentence]
    before = context.text[sentence.start : fact.mention.start]
    after = context.text[fact.mention.end : sentence.end]
    clause_after = re.split(r"[,;]", after, maxsplit=1)[0]
    return bool(_CHARGE_AFTER.match(clause_after) or _CHARGE_BEFORE.search(before))
