"""English patterns around a number that make it no statistic: a threshold or criterion ("100
pounds or more"), a dose ("a lethal dose of 2 milligrams") or the parts of a classification ("11
categories"). :mod:`narcokg.extract.nonstats` asks them."""

from __future__ import annotations

import re

#: After a figure: a threshold or criterion ("seizures of 100 pounds or more", "4 grams or more").
THRESHOLD_AFTER = re.compile(
    r"^(?:\s+of\s+[\w-]+)?\s*(?:or|and)\s+(?:more|over|above|greater|higher|less|under|below"
    r"|fewer)\b(?!\s+than)",  # "and more than $2.1 million" is the next figure
    re.I,
)
#: Around a mass figure: a dose, not a quantity ("a lethal dose of 2 milligrams", "as little as 2").
DOSE_BEFORE = re.compile(
    r"\b(?:doses?\s+(?:of|is|are)|as\s+little\s+as)\s+(?:(?:at\s+least|about|just|only)\s+)?$", re.I
)
DOSE_AFTER = re.compile(
    r"^(?:\s+of\s+[\w-]+)?\s+(?:can|could|may|might|is\s+enough|are\s+enough)\s+"
    r"(?:be\s+)?(?:kill|fatal|lethal|deadly)",
    re.I,
)
#: After a number: the parts of a classification, not a count of events ("11 categories").
CLASSIFICATION = re.compile(r"^\s+(?:[a-z-]+\s+)?(?:categories|classes|schedules|tiers)\b", re.I)
