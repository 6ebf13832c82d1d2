"""The abbreviations of US states and Canadian provinces that English datelines use (round 22:
moved out of names.py, which had reached its 400 lines)."""

from __future__ import annotations

#: The abbreviations of states and provinces a dateline puts after its city ("HAZARD, Ky. -",
#: "KEY WEST, Fla. -", "BRANDON, Man. -"); full names are read from the gazetteer.
DATELINE_STATES = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California",
    "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida",
    "Ga.": "Georgia, United States", "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas",
    "Kans.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland",
    "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi",
    "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada",
    "N.H.": "New Hampshire", "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York",
    "N.C.": "North Carolina", "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon",
    "Pa.": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina",
    "S.D.": "South Dakota", "Tenn.": "Tennessee", "Vt.": "Vermont", "Va.": "Virginia",
    "Wash.": "Washington", "W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming",
    "Alta.": "Alberta", "Man.": "Manitoba", "Sask.": "Saskatchewan", "Ont.": "Ontario",
    "Que.": "Quebec", "N.S.": "Nova Scotia", "N.B.": "New Brunswick",
    "B.C.": "British Columbia",
    # (round 22) Canada Post's two-letter codes ("HAMILTON, ON - …", "REGINA, SK - …")
    "ON": "Ontario", "QC": "Quebec", "BC": "British Columbia", "AB": "Alberta",
    "SK": "Saskatchewan", "MB": "Manitoba", "NS": "Nova Scotia", "NB": "New Brunswick",
    "NL": "Newfoundland and Labrador", "PE": "Prince Edward Island",
    # (round 26) the other Canadian forms, and the US Postal Service's two-letter codes
    # ("Harrisburg, PA - ", "ST. JOHN'S, N.L. - "); not "WA", which is also Western Australia's
    "N.L.": "Newfoundland and Labrador", "Nfld.": "Newfoundland and Labrador",
    "P.E.I.": "Prince Edward Island", "Tex.": "Texas",
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia, United States", "HI": "Hawaii", "ID": "Idaho",
    "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky",
    "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan",
    "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska",
    "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico",
    "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio",
    "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island",
    "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas",
    "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WV": "West Virginia", "WI": "Wisconsin",
    "WY": "Wyoming",
}  # fmt: skip
