"""English names of agencies the extractor knows by name, with their country (None: an
international body): the registry's well-known bodies and their abbreviations, and the name
variants of China's national narcotics commission. Re-exported by :mod:`names`."""

from __future__ import annotations

import re

#: Known agencies: alias -> (label, country). Abbreviations resolve to the full name.
KNOWN_AGENCIES: dict[str, tuple[str, str | None]] = {
    "Ministry of Public Security": ("Ministry of Public Security", "China"),
    "public security organs": ("Public security organs", "China"),
    "Drug Enforcement Administration": ("Drug Enforcement Administration", "United States"),
    "DEA": ("Drug Enforcement Administration", "United States"),
    "Customs and Border Protection": ("U.S. Customs and Border Protection", "United States"),
    "CBP": ("U.S. Customs and Border Protection", "United States"),
    "National Crime Agency": ("National Crime Agency", "United Kingdom"),
    "NCA": ("National Crime Agency", "United Kingdom"),
    "Home Office": ("Home Office", "United Kingdom"),
    "Border Force": ("Border Force", "United Kingdom"),
    "Australian Federal Police": ("Australian Federal Police", "Australia"),
    "AFP": ("Australian Federal Police", "Australia"),
    "Australian Border Force": ("Australian Border Force", "Australia"),
    "Royal Canadian Mounted Police": ("Royal Canadian Mounted Police", "Canada"),
    "RCMP": ("Royal Canadian Mounted Police", "Canada"),
    "Canada Border Services Agency": ("Canada Border Services Agency", "Canada"),
    "CBSA": ("Canada Border Services Agency", "Canada"),
    "United Nations Office on Drugs and Crime": ("United Nations Office on Drugs and Crime", None),
    "UNODC": ("United Nations Office on Drugs and Crime", None),
    "International Narcotics Control Board": ("International Narcotics Control Board", None),
    "INCB": ("International Narcotics Control Board", None),
    "European Union Drugs Agency": ("European Union Drugs Agency", None),
    "EUDA": ("European Union Drugs Agency", None),
    "EMCDDA": ("European Monitoring Centre for Drugs and Drug Addiction", None),
    "Europol": ("Europol", None),
    "Interpol": ("Interpol", None),
    # round 43: the coordinating bodies of joint operations, named in capitals as they write
    # themselves; a participant named first had taken their releases
    "INTERPOL": ("INTERPOL", None),
    "Police Community of the Americas": ("Police Community of the Americas", None),
    "AMERIPOL": ("Police Community of the Americas", None),
    "World Health Organization": ("World Health Organization", None),
    # round 35: "Organization" is no head of the name grammar (a criminal one is no body), so
    # "The World Customs Organization's Regional Intelligence Liaison Office …" lost its owner
    "World Customs Organization": ("World Customs Organization", None),
    "Office of National Drug Control Policy": (
        "Office of National Drug Control Policy",
        "United States",
    ),
    "ONDCP": ("Office of National Drug Control Policy", "United States"),
    "Centers for Disease Control and Prevention": (
        "Centers for Disease Control and Prevention",
        "United States",
    ),
    "CDC": ("Centers for Disease Control and Prevention", "United States"),
    "Office for National Statistics": ("Office for National Statistics", "United Kingdom"),
    "Federal Bureau of Investigation": ("Federal Bureau of Investigation", "United States"),
    "FBI": ("Federal Bureau of Investigation", "United States"),
    "U.S. Coast Guard": ("U.S. Coast Guard", "United States"),
    "US Coast Guard": ("U.S. Coast Guard", "United States"),
    "United States Coast Guard": ("U.S. Coast Guard", "United States"),
    "Badan Narkotika Nasional": ("National Narcotics Board", "Indonesia"),
    "BNN": ("National Narcotics Board", "Indonesia"),
    "Philippine Drug Enforcement Agency": ("Philippine Drug Enforcement Agency", "Philippines"),
    "PDEA": ("Philippine Drug Enforcement Agency", "Philippines"),
    "Office of the Narcotics Control Board": ("Office of the Narcotics Control Board", "Thailand"),
    "ONCB": ("Office of the Narcotics Control Board", "Thailand"),
    "ONS": ("Office for National Statistics", "United Kingdom"),
}
#: Agencies whose names vary (translations, abbreviations): pattern -> (label, country).
AGENCY_VARIANTS: tuple[tuple[re.Pattern[str], str, str | None], ...] = (
    (
        re.compile(
            r"(?:\b(?:the\s+)?Office\s+of\s+(?:the\s+)?)?\b(?:China(?:'s)?\s+|Chinese\s+)?"
            r"National\s+(?:Narcotics?\s+Control|Anti-?[Dd]rug)\s+(?:Commission|Committee|Office)"
            r"(?:\s+Office)?(?:\s+of\s+(?:the\s+)?(?:PRC|China|People's\s+Republic\s+of\s+China))?"
            r"|\bNNCC(?:\s+Office)?\b"
        ),
        "National Narcotics Control Commission",
        "China",
    ),
)
