"""Sentences and paragraphs of a document, as absolute ``[start, end)`` spans."""

from __future__ import annotations

from dataclasses import dataclass

from narcokg.model.spans import sentence_ends


@dataclass(frozen=True)
class Sentence:
    """One sentence: its span in the document, its text and the paragraph it belongs to."""

    start: int
    end: int
    text: str
    paragraph: int
    index: int


def split_sentences(text: str) -> list[Sentence]:
    """The document's sentences, without surrounding white space; a blank line or a line end
    starts a new paragraph.

    >>> [s.text for s in split_sentences("One 1. Two 2.\\nThree.")]
    ['One 1.', 'Two 2.', 'Three.']
    """
    sentences: list[Sentence] = []
    start = 0
    for end in [*sentence_ends(text), len(text)]:
        chunk = text[start:end]
        body = chunk.strip()
        if body:
            begin = start + len(chunk) - len(chunk.lstrip())
            sentences.append(Sentence(begin, begin + len(body), body, 0, len(sentences)))
        start = end
    return _merge_newline_paragraphs(text, sentences)


def _merge_newline_paragraphs(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """Renumber paragraphs: a new paragraph starts after any line break between two sentences,
    except in the lines of a list or table under a lead-in ending with ":" ("Seizures in 2023:"),
    which its lines read as one paragraph up to a blank line."""
    result: list[Sentence] = []
    paragraph = 0
    listing = False  # in the lines of a list or table under a lead-in ending with ":"
    for number, sentence in enumerate(sentences):
        gap = text[sentences[number - 1].end : sentence.start] if number else ""
        if "\n" in gap:
            blank = gap.count("\n") > 1
            listing = not blank and (listing or sentences[number - 1].text.endswith(":"))
            paragraph += not listing
        result.append(Sentence(sentence.start, sentence.end, sentence.text, paragraph, number))
    return result
