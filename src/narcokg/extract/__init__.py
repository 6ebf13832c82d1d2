"""Drafting fact files from new reports: find every statistic, with its exact span, the counted
thing, value and bounds, unit, period, region, agency and operation, and a confidence.

One module per job:

- :mod:`.text`       sentences and paragraphs of a document
- :mod:`.figures`    number forms ("214,530", "2.3 million", "9,120kg (20,106lbs)", "1.2‰")
- :mod:`.qualifiers` qualifier phrases and their scope
- :mod:`.garbles`    the machine-translation garbles of Chinese numbers, repaired
- :mod:`.nonstats`   digits that are not statistics (dates, sections, COVID-19, 3,4-MDMA, durations)
- :mod:`.measures`   the counted thing -> a measure concept and unit (the ontology's registry)
- :mod:`.bare`       bare numbers borrow the noun they count from a sibling or their clause
- :mod:`.totals`     running totals and subgroup counts, flagged for review
- :mod:`.placing`    the regions of a figure
- :mod:`.changes`    changes and "respectively" lists, each linked to the figure it changes
- :mod:`.periods`    periods resolved against the publication date
- :mod:`.gazetteer`  regions, agencies and operations the text names
- :mod:`.drafts`     the draft as data and the look-ups its assembly steps share
- :mod:`.context`    one figure -> one drafted measurement with its context
- :mod:`.assemble`   every figure of a document, with its operations and linked changes
- :mod:`.draft`      the reviewable fact file of a document (:mod:`.output` writes YAML or CSV)
- :mod:`.evaluate`   strict, language-neutral scores against hand-made answer keys
- :mod:`.scoring`    the scorer run over a corpus and its splits; :mod:`.evalreport` its report
- :mod:`.review`     the terminal review table, opening with the report's frame
- :mod:`.frame_answers` a reviewer's answers to the frame (home region, main period, issuer);
  :mod:`.frame_guess` why the draft took the frame it took; :mod:`.frame_eval` what an answer
  is worth (``eval --frame-from-key``)

The entry point is :func:`narcokg.extract.draft.draft_document`.

Internal: the public Python API is :mod:`narcokg` (docs/architecture.md).
"""
