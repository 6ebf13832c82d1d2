"""(round 35) A running total from the year a named action was launched, as translated Chinese
releases open it: 'Since 2023 "Thunder" special action launched, whole city … cumulative
destroyed drug trafficking networks 12' (自2023年"雷霆"专项行动开展以来). The year was read as a
bare year that names no figure's period, so the total fell to the report's half-year;
docs/facts.md ("Running totals") runs it from that year's first day to the end of the report's
own period, as "Since 2019, …" already does."""

from __future__ import annotations

from narcokg.extract.lang.en.patterns import YEAR

#: (rule name, pattern), read by :func:`.period_spans.since_clause` (a running total): a
#: sentence opening on "Since <year>", an action's name (quoted or not) and a verb of launching,
#: on one line (a heading "Since 2020" above "Since the program began in January 2020" is not one).
PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "since_clause",
        rf"(?:^|(?<=\n)|(?<=[.!?]\s))Since[ \t]+(?P<y>{YEAR})[ \t]+"
        r"(?:[\"\u201c][^\"\u201d\n]{1,40}[\"\u201d][ \t]+)?(?:[\w-]+[ \t]+){0,4}?"
        r"(?:(?:was|were)[ \t]+)?(?:launched|launch|began|begun|started|start|carried[ \t]+out)\b"
        r"(?P<m>(?!))?(?P<m2>(?!))?(?P<d>(?!))?(?P<d2>(?!))?",
    ),
)
