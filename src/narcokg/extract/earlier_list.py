"""Round 16: a "respectively" run of masses whose drugs a sentence before lists.

Writers give a list of seizures by drug, then the same list for another period in a sentence of
its own that names no drug: "They seized 1,382 kilograms of cannabis and 96 kilograms of cocaine.
The figures for 2023 were 2,410 kilograms and 61 kilograms respectively", "In the same quarter
of 2025, they were 121 kg, 98 kg and 4,410 kg, respectively". The i-th mass of the run weighs
the i-th drug of the nearest earlier sentence that weighs as many masses, each of one drug.
"""

from __future__ import annotations

from dataclasses import replace

from narcokg.extract.beside import drugs_in
from narcokg.extract.figures import Mention
from narcokg.extract.text import Sentence
from narcokg.model.quantities import MASS_UNIT_NAMES as MASS

#: How many sentences back the list may stand (a sentence on cash may come between).
_LOOK_BACK = 2


def borrow_earlier_lists(
    sentences: list[Sentence], mentions: list[list[Mention]]
) -> list[list[Mention]]:
    """``mentions`` (one list per sentence) with each unnamed "respectively" run of masses given
    the drugs an earlier sentence lists for as many masses, in order."""
    result = [list(found) for found in mentions]
    for i, sentence in enumerate(sentences):
        run = _unnamed_run(sentence, result[i])
        if not run:
            continue
        for back in range(i - 1, max(i - 1 - _LOOK_BACK, -1), -1):
            drugs = _drugs_weighed(sentences[back], result[back])
            if drugs is None:
                continue  # no mass there: look further back
            if len(drugs) == len(run):
                for index, drug in zip(run, drugs, strict=True):
                    note = (
                        f"measure: the drug the list of an earlier sentence names for it ({drug!r})"
                    )
                    result[i][index] = replace(result[i][index], noun=drug).with_notes(note)
            break
    return result


def _unnamed_run(sentence: Sentence, found: list[Mention]) -> list[int]:
    """The indexes of the masses of a "respectively" sentence that names no drug, when there are
    at least two; else none."""
    if "respectively" not in sentence.text or drugs_in(sentence.text):
        return []
    run = [i for i, m in enumerate(found) if m.unit in MASS]
    return run if len(run) >= 2 else []


def _drugs_weighed(sentence: Sentence, found: list[Mention]) -> list[str] | None:
    """The drug each mass of a sentence weighs, in order: each by its own words, else (none
    naming one) by the drugs the sentence lists before its first mass, one for each ("seizures of
    heroin, methamphetamine and cannabis were 186 kg, 74 kg and 3,960 kg"); ``[]`` when they are
    not so named, ``None`` when the sentence weighs nothing."""
    masses = [m for m in found if m.unit in MASS]
    if not masses:
        return None
    own = [drugs_in(m.noun) for m in masses]
    if all(len(names) == 1 for names in own):
        drugs = [names[0] for names in own]
        return drugs if len(set(drugs)) == len(drugs) else []
    if any(own):
        return []
    listed = drugs_in(sentence.text[: masses[0].start - sentence.start])
    return listed if len(listed) == len(masses) else []
