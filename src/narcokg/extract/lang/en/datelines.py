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
}  # fmt: skip
