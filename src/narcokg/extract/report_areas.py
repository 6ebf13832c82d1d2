"""Round 15 (issue 14): a crop's area that its own sentence and the one before leave unnamed
takes the crop of the area drafted before it in the report (:mod:`.writer_names` names the rest).
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftMeasurement
from narcokg.extract.writer_names import AREA_ACT, AREAS


def crop_areas(found: list[DraftMeasurement]) -> None:
    """An area whose sentence and the one before name no crop ("The valley held 12,300
    hectares", "the districts accounted for 402, 311 and 192 hectares respectively") is of the
    crop of the area drafted before it in the report, and of its act unless it names its own."""
    earlier: DraftMeasurement | None = None
    for fact in found:
        if fact.unit not in AREAS or fact.change_of:
            continue
        own = fact.measure.split("-")[0] in {"hectares", "hectare", "acres", "acre"}
        if own and earlier is not None:
            crop, act = earlier.measure.rsplit("-", 1)
            if AREA_ACT.search(fact.measure.replace("-", " ")):
                act = "eradicated"
            fact.measure = f"{crop}-{act}"
            fact.review = [n for n in fact.review if not n.startswith("measure ")]
            fact.review.append(f"measure: the crop of {earlier.id!r}, the area before it")
        elif re.fullmatch(r"[a-z]+-(?:eradicated|cultivation)", fact.measure):
            earlier = fact
