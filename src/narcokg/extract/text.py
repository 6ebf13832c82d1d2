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
    """Renumber paragraphs: a new paragraph starts after any line break between two sentences."""
    result: list[Sentence] = []
    paragraph = 0
    for number, sentence in enumerate(sentences):
        if number and "\n" in text[sentences[number - 1].end : sentence.start]:
            paragraph += 1
        result.append(Sentence(sentence.start, sentence.end, sentence.text, paragraph, number))
    return result
