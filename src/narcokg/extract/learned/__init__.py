"""Models the extractor learns from the keyed corpus instead of rules written by hand.

Each model is trained by a script from the corpus's keys (scikit-learn, the ``learn`` extra) and
shipped as JSON weights that drafting applies in plain Python, so drafting needs no learning
library. docs/extraction.md ("Learned models") says what each one was trained on and judged by.
"""
