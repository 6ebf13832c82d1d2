"""What is English in drafting from English reports (and machine translations into English): the
word lists and patterns the language-neutral steps of :mod:`narcokg.extract` read. Pure data: it
imports nothing of :mod:`narcokg.extract`, so every step may read it.

- :mod:`.words`: months, reference and duration words, the noun-phrase stop words and verbs, the
  change words, the count nouns the measure registry does not name;
- :mod:`.names`: country aliases, "across the country", list introductions, known agencies and
  the patterns of agency and operation names;
- :mod:`.issuers`: who issues a release and who only speaks for it (round 10);
- :mod:`.patterns`: period, comparison and change-cue patterns.
"""
