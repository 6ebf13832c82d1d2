"""The unit of a proposed count: the head noun of its phrase, singular (round 8's rule, moved out
of :mod:`.heads` in round 24).

Round 24 (issue 14): a word after the head that names nothing counted ("187 investigations open"
gave ``open``) is skipped, and a head noun whose plural is not the singular plus "s" or "es"
gave a unit that is no word ("94 knives" -> ``knive``, "212 new HIV diagnoses" -> ``diagnose``,
"206 summonses" -> ``summonse``); the keys name the singular (``knife``, ``diagnosis``).
"""

from __future__ import annotations

import re


def proposed_unit(noun: str) -> str:
    """The unit of a proposed count: the head noun of the phrase, singular ("stop and searches"
    -> search), skipping participles and adjectives after it ("samples tested positive")."""
    words = re.findall(r"[a-z]+", noun.lower().split(" of ")[0])
    nouns = [
        w
        for w in words
        if (not re.search(r"(?:ed|ing|ive|al|ly|able|ible|ous|ful)$", w) or w.endswith("ss"))
        and w not in _NOT_HEADS
    ]
    head = nouns[-1] if nouns else (words[-1] if words else "item")
    return singular(head)


def singular(word: str) -> str:
    """The singular of an English plural noun (a word that is no plural is kept)."""
    if word in _IE_NOUNS:
        return word[:-1]  # round 8: "sorties" -> sortie, not "sorty"
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if re.search(r"[^aeiou]ies$", word):
        return word[:-3] + "y"
    if re.search(r"(?:ch|sh|x|ss)es$", word):
        return word[:-2]
    if word.endswith("s") and not re.search(r"(?:ss|is|us)$", word):
        return word[:-1]
    return word


#: Round 24: words after the head that name no thing counted ("187 drug investigations open",
#: "1,240 reports under the Act", "8,412 drug recognition experts nationwide": investigation,
#: report, expert; not ``open``, ``under``, ``nationwide``).
_NOT_HEADS = frozenset(
    {"open", "under", "over", "nationwide", "statewide", "countrywide", "worldwide", "alone"}
    | {"abroad", "overall", "respectively", "together", "only", "still", "also"}
)

#: Nouns in -ie whose plural is -ies (not -y).
_IE_NOUNS = frozenset({"sorties", "movies", "cookies", "calories", "rookies", "hoodies", "selfies"})

#: Round 24: irregular plurals, whole words: -f(e) nouns that take -ves (not "detectives",
#: "archives": -ve nouns), Greek -sis nouns that take -ses (not "doses", "overdoses") and
#: "summonses" (a singular in -s).
_IRREGULAR = {
    "knives": "knife", "wives": "wife", "lives": "life", "thieves": "thief", "leaves": "leaf",
    "halves": "half", "shelves": "shelf", "wolves": "wolf", "diagnoses": "diagnosis",
    "prognoses": "prognosis", "analyses": "analysis", "crises": "crisis", "theses": "thesis",
    "hypotheses": "hypothesis", "syntheses": "synthesis", "summonses": "summons",
}  # fmt: skip
