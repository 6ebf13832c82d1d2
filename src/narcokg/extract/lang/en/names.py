"""English names: country aliases, "across the country" (the document's country), words that
introduce a list of participants, known agencies and their abbreviations, and the patterns of
agency ("... Police", "Office for ...") and operation ("Operation X", '"X" campaign') names."""

from __future__ import annotations

import re

from narcokg.extract.lang.en.cities import CITY_REGIONS as CITY_REGIONS
from narcokg.extract.lang.en.datelines import DATELINE_STATES as DATELINE_STATES
from narcokg.extract.lang.en.known_agencies import AGENCY_VARIANTS as AGENCY_VARIANTS
from narcokg.extract.lang.en.known_agencies import KNOWN_AGENCIES as KNOWN_AGENCIES

ALIASES = {
    "Macao": "Macau",  # the SAR's other spelling (the workspace's row names it Macau)
    **dict.fromkeys(("U.S.", "US", "USA", "America"), "United States"),
    **dict.fromkeys(("UK", "U.K.", "Britain", "Great Britain"), "United Kingdom"),
    "Burma": "Myanmar",
    "PRC": "China",
    "NSW": "New South Wales",
    "WA": "Western Australia",
    "Qld": "Queensland",
    "B.C.": "British Columbia",
    "BC": "British Columbia",  # "BC Coroners Service", "BC Centre for Disease Control"
    "ACT": "Australian Capital Territory",  # (round 16) "ACT Policing", "in the ACT"
    "Québec": "Quebec",  # (round 49) the province's French spelling, "QUÉBEC, June 18, …"
}
NATIONWIDE = re.compile(
    r"\b(?:across|throughout|in)\s+the\s+(?:whole\s+)?country\b|\bnationwide\b|\bnationally\b"
    r"|\bcountry-?wide\b|\bnational\s+(?:total|level|figures?)\b"
    # (round 23) a national level that a figure of its clause states ("the national rate of
    # 22.4 per 100,000", "The national median price … was $280"), not one compared in passing
    r"|\bnational\s+(?:rate|median|average)\b(?=[^,;.\n]{0,80}?\d)",
    re.IGNORECASE,
)
#: A worldwide figure ("worldwide", "globally", "global cocaine manufacture", "around the world");
#: not a name ("World Drug Report", "Global SMART Programme") nor a superlative ("the world's
#: largest producer", which is about the country named with it).
WORLDWIDE = re.compile(
    r"\b(?:[Ww]orldwide|[Gg]lobally|(?:around|across|throughout|in)\s+the\s+world\b(?!'s)"
    r"|(?:[Gg]lobal|[Ww]orld)(?=\s+[a-z]))(?!\w)"
)
#: Words before a place that make it a route, not where a figure was counted ("shipped from
#: China", "smuggled into Spain", "bound for Europe").
ROUTE_BEFORE = re.compile(
    r"\b(?:from|via|into|through|to|bound\s+for|borders?\s+with"
    # (round 8) "a vessel originating in Colombia", "destined for New Zealand"
    r"|originat(?:ing|ed)\s+in|(?:destined|headed)\s+for"
    # (round 23) "in transit towards Kenya", "transit Jakarta", "from neighbouring Togo"
    r"|towards?|transit(?:ing|ed)?)\s+(?:the\s+)?(?:neighbou?ring\s+)?$",
    re.I,
)
#: People who act somewhere, before "from" and its places ("police from Spain, Italy and
#: France"): not a route, the places they come from are where they counted.
ACTORS_FROM = re.compile(
    r"\b(?:police|officers|authorities|agencies|investigators|agents|forces|teams|officials"
    r"|prosecutors|customs)\s+from\s+(?:the\s+)?$",
    re.I,
)
#: A country's adjective before the people who act for it ("Iranian authorities reported"): the
#: figure is that country's. Only before such nouns: "Australian Federal Police" is a name.
DEMONYMS = {
    "Afghan": "Afghanistan",
    "Iranian": "Iran",
    "Pakistani": "Pakistan",
    "Indian": "India",
    "Indonesian": "Indonesia",
    "Malaysian": "Malaysia",
    "Thai": "Thailand",
    "Burmese": "Myanmar",
    "Lao": "Laos",
    "Vietnamese": "Vietnam",
    "Cambodian": "Cambodia",
    "Philippine": "Philippines",
    "Filipino": "Philippines",
    "Chinese": "China",
    "Japanese": "Japan",
    "Mexican": "Mexico",
    "Colombian": "Colombia",
    "Peruvian": "Peru",
    "Bolivian": "Bolivia",
    "Ecuadorian": "Ecuador",
    "Brazilian": "Brazil",
    "Canadian": "Canada",
    "Australian": "Australia",
    "British": "United Kingdom",
    "Dutch": "Netherlands",
    "Belgian": "Belgium",
    "Spanish": "Spain",
    "German": "Germany",
    "French": "France",
}
DEMONYM_BEFORE = re.compile(
    r"\s+(?:(?:law[- ]enforcement|border|customs|security|health)\s+)?(?:authorities|police"
    # (round 16: a partner's own soil, "on the Guatemalan side of the border")
    r"|officials|officers|government|forces|navy|coast\s+guard|military|investigators|agencies"
    r"|side\s+of\s+the\s+(?:border|frontier))\b"
)
LIST_INTRO = re.compile(r"\b(?:including|such as|like|among them)\s+$", re.IGNORECASE)

#: "According to (provisional data from) the X, ...": a third party's statistic.
ATTRIBUTION = re.compile(
    r"\b[Aa]ccording\s+to\s+(?:(?:new|provisional|preliminary|the\s+latest|latest|official)\s+)*"
    r"(?:(?:data|figures|statistics|estimates)\s+(?:from|by|of|published\s+by)\s+)?(?:the\s+)?"
    r"(?P<name>[A-Z][\w'.-]*(?:\s+(?:(?:of|for|and|on)\s+)?[A-Z][\w'.-]*){1,8})"
)
#: "Health Canada reports that ...": the subject of a reporting verb (two or more words).
REPORTED_BY = re.compile(
    r"(?:^|(?<=[.\n]\s)|(?<=\n))(?:The[ ]+)?(?P<name>[A-Z][\w'.-]*(?:[ ]+[A-Z][\w'.-]*){1,4})"
    r"[ ]+(?:reports?|reported|says|said|estimates|estimated|announced)[ ]+that\b",
    re.M,
)
#: (round 23) A health body named with no other head word as the subject of a reporting verb,
#: also across an appositive clause: "Peel Public Health reported 176 deaths", "Region of X
#: Public Health reported …", "X Coastal Health, which runs the site, reports that …".
HEALTH_REPORTS = re.compile(
    r"(?:^|(?<=[.\n]\s)|(?<=\n))(?P<name>(?:[A-Z][\w'.-]*[ ]+(?:of[ ]+)?){1,4}Health)"
    r"(?:,[ ](?:which|that|who)[ ][^,;\n]{3,80},)?[ ]+(?:reported|reports|recorded|records)\b",
    re.M,
)
#: A name that introduces an abbreviation: "The Sûreté du Québec (SQ)"; "without" (round 21).
_WORD = r"[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)*"
INTRODUCED = re.compile(
    rf"\b(?P<name>{_WORD}(?: +(?:(?:du|des?|la|and) +|(?:of|for|on|against|without) +(?:the +)?)?"
    rf"{_WORD}){{1,8}})"
    # round 28: not a survey's, programme's or statute's name whose head follows its acronym
    # ("the Uniform Crime Reporting (UCR) Survey", "the … Substances (NDPS) Act")
    r"[ ]+\((?=[A-Z]{2,7}\)(?![ ]+(?:Survey|Program|Programme|Act|Report|Index|Strategy)\b))"
)
#: Round 24: a French-Canadian police service's whole name, whose lower-case "police" the English
#: name grammar stops at ("Service de police de la Ville de Laval (SPVL)" read as "Ville de Laval",
#: the city, not its police).
FRENCH_POLICE = re.compile(
    r"\bService[ ]+de[ ]+police[ ]+(?:de[ ]+la[ ]+Ville[ ]+de|de[ ]+l'agglom\w+[ ]+de|de|du)[ ]+"
    r"[A-Z][^\W\d_]+(?:[- ][A-Z][^\W\d_]+)*"
)
#: A jurisdiction a name ends with ("National Narcotics Board of the Republic of Indonesia"): the
#: agency's label is the name without it, and its jurisdiction that country.
STATE_SUFFIX = re.compile(
    r"\s+of\s+the\s+(?:(?:Republic|Kingdom|Federation|Commonwealth|Union)\s+of\s+"
    r"(?P<state>[A-Z][\w ]+)"
    # (round 8) "Judiciary Police of the Macao SAR"
    r"|(?P<sar>[A-Z][\w']+(?:\s[A-Z][\w']+)?)\s+(?:SAR|Special\s+Administrative\s+Region))$"
)
#: "Manitoba Justice today released its annual summary", "The Ohio Attorney General's Office
#: published ...": the subject of a publishing verb is an agency (two or more words).
RELEASED_BY = re.compile(
    r"(?:^|(?<=[.\n]\s)|(?<=\n)|(?<=\s-\s))(?:The[ ]+)?"
    rf"(?P<name>{_WORD}(?:[ ]+(?:and[ ]+|(?:of|for|on)[ ]+(?:the[ ]+)?)?{_WORD}){{1,6}})"
    r"[ ]+(?:(?:has|have)[ ]+)?(?:today[ ]+)?(?:released|published|publishes|announced|issued"
    r"|presented)\b",
    re.M,
)
#: The kinds of an international body's office serving a place ("Country Office in Myanmar"),
#: read by the name grammar below and by `agency_offices.OFFICE`.
OFFICE_KINDS = (
    r"(?:Regional|Sub-?[Rr]egional|Country|Programme|Program|Project"
    r"|Liaison(?:[ ]and[ ]Partnership)?)"
)
#: Named things that publish statistics but are not agencies ("the Crime Survey for England and
#: Wales (CSEW)").
NOT_AGENCY = re.compile(
    # (round 36: a "Programme Office" is a body: "UNODC Programme Office in Kyrgyzstan")
    r"\b(?:Survey|Report|Strategy|Act|(?:Programme|Program)(?![ ]Office\b)|Index"
    # wards and visits to them ("Emergency Department visits"); (round 21) a kind of care
    r"|Emergency\s+Department|Intensive\s+Care|Treatment\s+Services?)\b"
)
#: An abbreviation given in parentheses right after a name: "(ALERT)", "(FDLE)".
ABBREVIATION = re.compile(r"\s*\((?P<abbr>[A-Z][A-Za-z]{1,7})\)")  # used with .match(text, end)
#: (round 38) A ministry's unit named with its ministry and country ("the Service for Combating
#: Drug Trafficking of the Ministry of Internal Affairs of the Kyrgyz Republic", "the Revenue
#: Service of the Ministry of Finance of Georgia"): one body, its name whole.
_MINISTRY_UNIT = (
    r"\b(?:[A-Z][A-Za-z-]+[ ]){0,3}(?:Service|Administration|Directorate|Department|Centre"
    r"|Center|Agency|Committee)"
    r"(?:[ ](?:for|of)[ ](?:[A-Z][a-z]+[ ](?:(?:and|of|for)[ ])?){0,4}[A-Z][a-z]+)?"
    r"[ ]of[ ]the[ ]Ministry[ ]of[ ](?:[A-Z][a-z]+[ ]){0,2}[A-Z][a-z]+"
    r"(?:(?:,[ ][A-Z][a-z]+)*,?[ ]and[ ](?:[A-Z][a-z]+[ ])?[A-Z][a-z]+)?"  # "Health, Labour and …"
    r"(?:[ ]of[ ](?:the[ ])?(?:[A-Z][a-z]+[ ]){0,2}[A-Z][a-z]+){0,2}\b"
)
#: (round 38) A drug court named by its place is a body: "Miami-Dade Drug Court" (its admissions
#: are its own); not a bare "The Drug Court", nor a wellness court the keys give to the police.
_COURT = r"\b(?:(?!The\b)[A-Z][A-Za-z-]+[ ]){1,3}Drug[ ]Court\b"
AGENCY_NAME = re.compile(
    _MINISTRY_UNIT + "|" + _COURT + "|"
    # words of one line only: a title line above is not part of the name
    # "and" or "&" inside a name ("Drugs and Organised Crime Bureau", "Immigration & Checkpoints
    # Authority"), but not after a whole name ("the Police and Customs Service" is two)
    # (round 8: "Customs and Excise Department" is one name, "Customs and Police" two)
    # (round 16: "Tax and Customs Board" and "Zakat, Tax and Customs Authority" are one name)
    # (round 35: a place's "St." opens the name: "St. Louis County Police Department", "the
    # DEA's St. Louis Division"; the grammar cut it at the period), not a street's "Oak St." before
    # a sentence ("… on Oak St. Police seized …": a place's name goes on with a capital)
    r"(?:\bSt\.[ ](?=[A-Z][a-z]+[ ][A-Z]))?"
    r"\b(?:[A-Z][A-Za-z]+(?:-[A-Z][A-Za-z]+|'(?!s\b)[a-z]+)*(?:,(?=[ ](?!Police\b)[A-Z][a-z]+"
    r"[ ]and[ ]Customs[ ]))?[ ]+(?:(?<!Police )(?<!Service )"
    r"(?<!Agency )(?<!Force )(?<!Office )(?<!Bureau )(?<!Board )(?<!Department )(?:and|&)[ ]+"
    r"(?=[A-Z])(?!Police\b)(?!Customs\b(?![ ]+(?:Authority|Board|Service|Administration"
    r"|Agency|Department)\b)))?){1,5}(?:Provincial\s+|Municipal\s+|State\s+)?"
    r"(?:Public\s+Security\s+(?:Department|Bureau)|Police(?:\s+(?:Service|Force|Department|Command))?"
    r"|Narcotics\s+(?:Bureau|Division)|Drug\s+Squad|Customs|(?:Commission|Committee)(?:\s+Office)?"
    # (round 25: "Coroners Court of Victoria", whose "Court" is no head of other names)
    r"|Coroners\s+(?:Service|Court)"
    r"|Response\s+Teams?|Surveillance\s+System|Task\s+Force|Taskforce|Agency|Services?"
    r"|Attorney\s+General's\s+Office|(?:Control|Enforcement|Intelligence)\s+Bureau"
    r"|Cabinet|Guard|(?:Crime|Drugs?|Narcotics|Enforcement|Intelligence|Investigation)\s+Unit"
    # the common heads of a body's name ("Utah Highway Patrol", "Dangerous Drugs Board",
    # "Central Customs Authority", "PNP Drug Enforcement Group", "Police Regional Office 7")
    # ("… Department of Public Health and Human Services": the "of" names are read below)
    r"|(?:Patrol|Board|Bureau|Authority|Directorate|Administration|Ministry|Department|Division"
    r"|Commissioners|Commissionerate|Prefecture|Unit|Corps|Command|Headquarters|Navy|Squadron|Team"
    r"|Executive|Council|Institute|Centre|Center|Observatory|Branch|Hospital|Section(?![ ]+\d)"
    r"|Field[ ]+Office"
    r"|Constabulary|Gendarmerie|Inspectorate|(?:Enforcement|Investigation|Intelligence|Task)\s+Group"
    # (round 23: "Section", not a statute's "Criminal Law Section 5-602"; a federal agency's
    # "<City> Field Office")
    # (round 16: "Branch", "Hospital" head names; "… Division for the 2025/26 …" ends before "for";
    # "Directorate General of Narcotics …", "General Directorate of …" below)
    # (round 18: a forensic laboratory counts the samples it analysed, "State Crime Laboratories")
    # (round 19: "Welsh Government"; not before its department, "X Government Department of")
    r"|Laborator(?:y|ies)|Lab|Government(?![ ]+[A-Z])"
    r"|(?:Regional\s+)?Office(?=\s+\d{1,2}\b)(?:\s+\d{1,2})?)"
    r"(?!\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z]|U\.S\.)|[- ]General\s+of\b))\b"
    # "Public Health Agency of Canada": a country or province after the kind of body ("of the
    # Macao SAR", round 8; round 39: a state's formal name whole, "of the Republic of Azerbaijan")
    # (round 33: "European Union Agency for Criminal Justice Cooperation", "National Agency for
    # Public Health": an agency's or commission's "for" name, cut at "for" before)
    r"(?:(?:\s+of|(?:(?<=Agency)|(?<=Commission))[ ]for)\s+(?:the\s+)?[A-Z][a-z]+"
    r"(?:'?[ ]+[A-Z][a-z]+){0,4}\b(?:[ ]SAR\b)?"
    r"(?:(?:(?<=Republic)|(?<=Government))[ ]of[ ](?:the[ ])?[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?\b)?)?"
    # (round 36: an international body's office "in" a country, "Country Office in Myanmar",
    # "Liaison and Partnership Office in Brazil", "Programme Office in the Plurinational State of
    # Bolivia": only "for" was read, so the office was no name and its parent issued its release)
    rf"|\b(?:{OFFICE_KINDS}[ ]Office[ ]in[ ](?:the[ ])?[A-Z][a-z]+(?:-[A-Z][a-z]+)*"
    r"(?:[ ](?:of[ ](?:the[ ])?)?[A-Z][a-z]+(?:-[A-Z][a-z]+)*){0,4}\b)"
    # "National Records of Scotland", "Office for National Statistics", "Department of ...",
    # "Office of the Chief Medical Examiner", "Cleveland Division of Police"
    # (round 8: "BC Centre for …", "Drug and Organised Crime Division of …")
    r"|\b(?:(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)*|[A-Z]{2,3})[ ]+(?:and[ ]+)?){0,3}"
    r"(?:Office|Department|Records|Bureau|Ministry|Centers?|Centres?"
    r"|Institute|Board|Division|Corps|Unit|Command|Team"
    r"|Directorate(?:[- ]General)?)\s+(?:of|for)\s+(?:the\s+)?[A-Z][a-z]+(?:-[A-Z][a-z]+)*"
    # (round 29: not "and the", which joins a second body: "… Division of Police and the Ohio
    # State Highway Patrol")
    r"(?:(?:[ ]+(?:and[ ]+(?!the[ ])|(?:of|for|on)[ ]+(?:the[ ]+)?)?"
    r"|,[ ](?=[A-Z][a-z]+(?:,[ ][A-Z][a-z]+)*"
    r"[ ]and[ ][A-Z]))[A-Z][a-z]+(?:-[A-Z][a-z]+)*(?:'s|')?){0,6}(?<!')\b'?"
    # "Harris County Sheriff's Office", "the U.S. Attorney's Office"
    # (round 30: a place of two words before "County District Attorney's", a hyphenated place
    # "Athens-Clarke", a numbered district "District 18": the front is the name's, not cut off)
    r"|(?:\bU\.S\.[ ]+|\bSt\.[ ](?=[A-Z][a-z]+[ ][A-Z])|\b(?=(?!The\b)[A-Z][A-Za-z]+[ -]))"
    r"(?:(?:District[ ]\d{1,3}|[A-Z][A-Za-z]+(?:-[A-Z][A-Za-z]+)?)[ ]+){0,4}"
    r"(?:Sheriff|Coroner|Medical[ ]+Examiner"
    r"|Prosecutor|Marshal|Attorney|Statistician)'s[ ]+(?:Office|Department)\b"
    # round 29: the district a U.S. Attorney's office serves is part of its name ("… for the
    # Western District of Washington"), as keys and docs/facts.md's first full name give it
    r"(?:[ ]for[ ]the[ ](?:[A-Z][a-z]+[ ])?District[ ]of[ ][A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)?"
    # round 25: "The Yukon Coroner's Service", "the Coroner's Court"
    r"|\b(?:[A-Z][A-Za-z]+[ ]+){0,3}Coroner's[ ]+(?:Service|Court)\b"
    # round 10: "Seoul Central District Prosecutors' Office"
    r"|\b(?:[A-Z][a-z]+[ ]+){1,3}Prosecutors'[ ]Office\b"
    # a lettered division ("the RCMP's E Division")
    r"|\b[A-Z][ ]Division\b"
)
#: Heads of agency names that "the X" refers back to ("the Board", "the Agency's").
BACK_REFERENCE = re.compile(
    r"\b[Tt]he\s+(?P<head>Board|Agency|Commission|Committee|Office|Bureau|Department|Ministry"
    r"|Service|Force|Administration|Directorate|Authority|Unit|Command|Headquarters|Navy|Division"
    r"|Team)\b"
    r"(?!\s+(?:of|for)\b)"
)
#: Words that open a sentence before a name ("Separately, …", "Yesterday the …"), not part of it.
LEADING_WORDS = re.compile(
    r"^(?:(?:The|In|At|On|By|From|Meanwhile|Since|Last|This|And|Separately|Elsewhere|Also"
    r"|However|Yesterday|Today|Earlier|Later|Overall"
    r"|Across|During|After|Before|Under|With|For|Both|Officers|Agents|Officials|Investigators"
    r"|Detectives|Troopers|Deputies|Staff|Analysts|Figures|Data|Statistics|When|While|Then"
    r"|Now|Further|Additionally)\s+)+"
)
OPERATION_NAMES = (
    re.compile(
        r'"(?P<name>[^"\n]{2,40})"\s+(?P<kind>(?:special\s+)?(?:operations?|campaigns?'
        r"|crackdowns?|actions?|initiative))"
    ),
    # "Operation Marteau", "Project Harvester", "Strike Force Tarrant"; (round 24) a name never
    # runs on past its line ("Project Coulee" as a heading, "Project Coulee ran …" under it)
    re.compile(
        r"\b(?P<kind>Operation|Project|Strike[ ]+Force)[^\S\n]+"
        r"(?P<name>[A-Z][\w-]*(?:[^\S\n]+[A-Z][\w-]*){0,3})"
    ),
    # (round 24) not "… Initiative": a standing programme ("the Police Drug Diversion
    # Initiative", "the Needle Exchange Surveillance Initiative"), never an operation in the keys
    re.compile(r"\b(?:the\s+)?(?P<name>(?:[A-Z][\w-]*[^\S\n]+){1,4})(?P<kind>Campaign)\b"),
)
#: Names made of a kind of body and a place, either way round: "Police Scotland", "Health
#: Canada", "Statistics Canada", "Public Health Scotland", "Manitoba Justice", "Queensland Health"
#: (``{place}`` is filled with the gazetteer's names); round 25: "Ambulance Tasmania".
KIND_PLACE = r"\b(?:Police|Health|Statistics|Public\s+Health|Customs|Ambulance)\s+(?P<a>{place})\b"
PLACE_KIND = r"\b(?P<a>{place})\s+(?:Justice|Health|Police)\b(?!\s+(?:Service|Force|Department))"
#: Right after an agency's name: it publishes the report ("... Houston Division announced today",
#: "The Board (INCB) said in its annual report released today", "has published its report").
PUBLISHES = re.compile(
    r"(?:'s(?:[ ]+[A-Z][\w-]*)+)?[ ]+(?:\([A-Z]{2,7}\)[ ]+)?(?:(?:has|have)[ ]+)?(?:today[ ]+)?"
    r"(?:announced|announces|released|releases|published|publishes|issued|issues|presented"
    r"|said|says|reported|reports|warned|warns)\b"
)
#: Words an agency's initials leave out ("Harris County Sheriff's Office" -> HCSO).
INITIALS_SKIP = frozenset({"of", "for", "the", "and", "on", "de", "du"})
#: "Figures from the Health Ministry show …", "data published by the X": a third party's statistic.
DATA_FROM = re.compile(
    r"\b(?:[Ff]igures|[Dd]ata|[Ss]tatistics|[Ee]stimates|[Nn]umbers)\s+(?:from|by|published\s+by"
    r"|released\s+by|compiled\s+by)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'.-]*(?:\s+(?:(?:of|for|and|on)\s+)?[A-Z][\w'.-]*){1,8})"
)
#: "the Sheriff's Office", "the Coroner's Office": refers back to the one agency so named.
POSSESSIVE_BACK = re.compile(r"\b[Tt]he\s+(?P<tail>[A-Z][a-z]+'s\s+(?:Office|Department))\b")
#: A figure for the whole state or province the report is about ("statewide", "across the
#: province").
STATEWIDE = re.compile(
    r"\b(?:state|province)[- ]?wide\b|\b(?:across|throughout)\s+the\s+(?:whole\s+)?"
    r"(?:state|province)\b"
    # (round 23) "the whole province public security organs cracked 1,906 cases", not a share's
    # whole ("accounted for the whole province 11.2%", "accounting the whole province 9%")
    r"|(?<!for\s)(?<!of\s)(?<!accounting\s)(?<!occupied\s)\bthe\s+whole\s+(?:state|province)\b",
    re.I,
)
#: "the force said", "the department's figures": a lower-case head that refers back to the last
#: agency named with that word (not "the task force", "the service station").
LOWER_BACK_REFERENCE = re.compile(
    r"\b[Tt]he\s+(?P<head>agency|bureau|board|commission|department|ministry|force|service"
    r"|directorate|administration)(?:'s)?\b(?!\s+(?:of|for|station|industry|sector)\b)"
)
#: A person named by a title ("U.S. Attorney Dana Whitfield of the Southern District of Texas
#: announced", "Commissioner Ana Ruiz said"): not an agency; a US Attorney stands for the office.
PERSON_TITLE = re.compile(
    r"^(?P<title>Attorney|Sheriff|Commissioner|Director|Chief|Minister|Secretary|Superintendent"
    r"|Inspector|Detective|Sergeant|Constable|Agent|Coroner|Chief\s+Coroner)\s+[A-Z][a-z]+"
    r"(?:\s+[A-Z]\.|\s+[A-Z][\w'-]+){1,2}(?:\s+of\s+(?:the\s+)?(?P<place>[A-Z].*))?$"
)
#: A possessive right before a name: "the Drug Enforcement Administration's Rocky Mountain Field
#: Division" (a unit of its owner), "Manitoba's Office of the Chief Medical Examiner" (its place).
POSSESSIVE_BEFORE = re.compile(r"(?:'s|s')\s+$")
#: A line that names who issued the text ("Media release from the New Zealand Customs Service",
#: "Issued by: Corporate Communications, Central Narcotics Bureau", "Source: …"); ``line`` ends
#: where the line does.
ISSUED_BY = re.compile(
    r"^[ \t]*(?:(?:media|news|press)\s+release\s+(?:from|by)|issued\s+by|published\s+by"
    r"|released\s+by|statement\s+(?:from|by)|source)\s*:?\s*(?:the\s+)?(?P<line>[^\n]*)",
    re.I | re.M,
)

# Round 8 (scope of a report and its figures: ``scope.py``).
#: A report speaking of its own division ("across the province", "this state", "the Territory's
#: roads"); not one named by it ("the province of Alberta", "the State Department"), nor a border
#: ("across the state line").
SELF_DIVISION = re.compile(
    r"\b(?:the|this|our)\s+(?P<kind>province|territory|state|autonomous\s+region)(?:'s)?\b"
    r"(?!\s+(?:of|department|police|government|attorney|legislature|prison|lines?)\b)",
    re.I,
)
#: A lead's sentence saying which regions an agency covers ("The district covers …", "serving
#: Colorado, Utah and Wyoming"); not a list of participants ("including").
COVERS = re.compile(
    r"\b(?:covers|covering|serves|serving|spans|spanning|encompasses|encompassing"
    r"|(?:is\s+)?responsible\s+for|area\s+of\s+responsibility\s+(?:includes|covers|is))\b",
    re.I,
)
#: Figures of the European Union as a whole ("across the EU", "EU-wide", "in the European
#: Union"); not the Union inside a name ("European Union Drugs Agency").
EU_WIDE = re.compile(
    r"\b(?:(?i:across|throughout|in|within)\s+the\s+(?:European\s+Union|EU)\b(?!\s+[A-Z])"
    r"|EU[- ]wide\b|\bEU\s+[Mm]ember\s+[Ss]tates\b)"
)
#: More demonyms for the countries whose agencies reports name by them ("the Italian Anti-Mafia
#: Directorate", "Portuguese authorities").
DEMONYMS.update(
    {"Italian": "Italy", "Portuguese": "Portugal", "Irish": "Ireland", "Polish": "Poland"}
    | {"Swedish": "Sweden", "Danish": "Denmark", "Norwegian": "Norway", "Swiss": "Switzerland"}
    | {"Austrian": "Austria", "Venezuelan": "Venezuela", "Panamanian": "Panama"}
    | {"Guatemalan": "Guatemala", "Honduran": "Honduras", "Nigerian": "Nigeria"}
)
#: "the division", "the coroners", "bureau officers", "district crews": the last agency named
#: with that word (not "the division of labour", "the unit price").
UNIT_BACK_REFERENCE = re.compile(
    r"\b(?:[Tt]he\s+(?P<head>division|district|sector|squad|command|coroners|corps|section|region"
    r"|unit)(?:'s)?\b"
    r"(?!\s+(?:of|for)\b)"
    r"|(?P<staff>bureau|division|district|sector|squad)\s+(?:officers|detectives|crews|agents"
    r"|staff|investigators|analysts)\b)"
)
#: A line opening a release that only names who issued it ("Hong Kong Police Force", "Europol
#: press release", "NORTHERN TERRITORY POLICE, FIRE AND EMERGENCY SERVICES"): its head word.
HEADING_AGENCY = re.compile(
    r"^(?P<name>(?:[A-Z][\w.'&-]*,?\s+(?:(?:and|of|for|the)\s+)*){0,8}"
    r"(?:Police(?:\s+(?:Force|Service))?|Force|Services?|Department|Ministry|Agency|Bureau"
    r"|Commission|Authority|Administration|Constabulary|Division|Directorate|Section|Branch"
    # (round 19: not a sheriff's office, whose unit on the next line may issue it)
    r"|Command|Headquarters|Navy|Government|(?<=Statistician['\u2019]s[ ])Office))"
    r"(?:\s*[-\u2013,:]?\s*(?:(?:[Pp]ress|[Nn]ews|[Mm]edia)\s+[Rr]elease|[Ss]tatement))?\s*$"
)
