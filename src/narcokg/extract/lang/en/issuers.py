"""English words for who issues a release and who only speaks for it (round 10, issue 14: agency
ids). Used by :mod:`narcokg.extract.actors` and :mod:`narcokg.extract.agency_forms`."""

from __future__ import annotations

import re

#: A release's spokesperson, never the body whose figures it gives ("the Navy Media Unit said",
#: "Issued by: Public Affairs Unit, ..."): its communications office.
COMMUNICATIONS_UNIT = re.compile(
    r"\b(?:Media|Press|Public\s+(?:Affairs|Relations|Information)|(?:Corporate\s+)?Communications?"
    r"|News)\s+(?:Unit|Office|Division|Branch|Section|Department|Directorate|Centre|Center|Bureau"
    r"|Desk|Service)$"
)
#: A government's information office (round 14): it hosts the press conference of the bodies
#: that give the figures ("the Information Office of the Provincial Government held …").
INFORMATION_OFFICE = re.compile(r"\bInformation\s+Office\b")
#: A person's office before the body it heads ("Chief Executive of the National Authority …",
#: "the Commander of the Southern Naval Command"): the body is the agency, not the office.
TITLE_OF = re.compile(
    r"^(?:(?:Deputy|Acting|Assistant|Regional|Provincial|District)\s+)*(?:Chief\s+Executive"
    r"(?:\s+Officer)?|Executive\s+Director|Director(?:[- ]General)?|Chair(?:man|woman|person)?"
    r"|President|Commissioner(?:[- ]General)?|Commander|Commandant|Head|Secretary(?:[- ]General)?"
    r"|Minister|Inspector[- ]General|Superintendent|Administrator|Spokes(?:person|man|woman)"
    r"|Controller|Registrar)\s+of\s+(?:the\s+)?(?=[A-Z])"
)
#: The words that end a unit's name ("Information and Research Unit"): a heading's second line
#: naming one of them issues the release ("Oregon Health Authority\nPublic Health Division"); an
#: owner named there ("Ashanti Regional Police Command\nGhana Police Service") does not.
UNIT_HEAD = re.compile(
    r"\b(?:Division|Unit|Section|Branch|Bureau|Office|Command|Directorate|Squad|Squadron|Team"
    r"|Sector|District|Region|Area)$"
)

#: A unit named with its owner ("the Narcotics Bureau of the Hong Kong Police Force", "the Drug
#: and Organised Crime Division of the Territory Police Force"): the unit, a part of the owner;
#: not "the Office of the Chief Medical Examiner" (no body after "of the").
UNIT_OF_OWNER = re.compile(
    r"(?P<unit>(?:[A-Z][\w'-]*\s+(?:and\s+)?){1,5}(?:Bureau|Division|Unit|Department|Office"
    r"|Directorate|Branch|Command|Squad|Section|Group|Centre|Center|Corps|Team))\s+of\s+the\s+"
    r"(?P<owner>(?:[A-Z][\w.'-]*\s+){1,5}(?:Police(?:\s+(?:Force|Service|Department))?|Force"
    r"|Service|Bureau|Department|Ministry|Agency|Administration|Commission|Guard"
    r"|Constabulary|Navy|Office|Chambers|Council))$"
)
#: A person's office in apposition after their name ("according to Maria Lopez, its director"):
#: the name before it is a person, not an agency.
PERSON_APPOSITIVE = re.compile(
    r",\s+(?:its|their|the\s+[a-z]+'s)\s+(?:[a-z]+\s+)?(?:director|head|chief|commissioner"
    r"|commander|spokes(?:person|man|woman)|chair(?:man|woman|person)?|minister|secretary"
    r"|president|officer|coordinator|manager)\b"
)
#: Round 25: the lead's issuer named in full with its acronym, as the subject of a publishing verb
#: over the report ("The Commission of the Economic Community of Central African States (ECCAS)
#: today published its …", "The Security Sector Program (ISSP) of the Intergovernmental Authority
#: on Development today released …", "… Substances and their Precursors (CARICC) has published").
LEAD_ISSUER = re.compile(
    r"(?:^|(?<=\s-\s)|(?<=\s\u2013\s)|(?<=[.\n,]\s))(?:The|the)[ ]+"
    r"(?P<name>(?:U\.S\.[ ]+)?[A-Z][\w'-]*(?:(?:[ ]+|,[ ]+)"
    r"(?:(?:of|for|on|to|and|the|their|in)[ ]+)*[A-Z][\w'-]*){1,20})"
    r"[ ]+\((?P<acronym>[A-Z][A-Za-z-]{1,9})\)"
    r"(?:[ ]+of[ ]+(?:the[ ]+)?(?:[A-Z][\w'-]*(?:[ ]+(?:of|for|on|and)(?:[ ]+the)?)?[ ]+){0,6}"
    r"[A-Z][\w'-]*)?"
    r"[ ]+(?:(?:has|have)[ ]+)?(?:today[ ]+)?"
    r"(?:presents|published|publishes|released|releases|issued|issues|sent|transmitted)"
    r"[ ]+(?:its|the|this|a|an)\b"
)
