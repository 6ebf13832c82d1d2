"""What the ``extract`` and ``eval`` commands do, kept out of cli.py (parse and print only)."""

from __future__ import annotations

import shlex
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from narcokg.errors import InputError
from narcokg.model.regions import region_slug
from narcokg.model.sources import read_source

if TYPE_CHECKING:
    from narcokg.extract.drafts import Draft
    from narcokg.extract.frame_answers import FrameAnswers, FrameGuess

DEFAULT_CORPUS = Path(__file__).resolve().parents[3] / "corpus"


def run_extract(
    file: Path,
    doc_id: str | None,
    published: str | None,
    fmt: str,
    gazetteer_file: Path,
    *,
    language: str | None = None,
    frame: FrameAnswers | None = None,
) -> str:
    """The draft of ``file`` as YAML or CSV text (or the review view); ``frame``: the reviewer's
    answers to the frame questions."""
    from narcokg import paths
    from narcokg.extract.output import draft_csv, draft_yaml
    from narcokg.model.vocabulary import load_vocabulary

    if fmt not in ("yaml", "csv", "review"):
        raise InputError(f"unknown format {fmt!r}: use yaml, csv or review")
    draft, guess = draft_and_guess(file, doc_id, published, gazetteer_file, language, frame)
    if fmt == "yaml":
        return draft_yaml(draft)
    if fmt == "review":
        import sys

        from narcokg.extract.review import review_table

        frame_view = (guess, correction_command(file, guess)) if guess is not None else None
        return review_table(draft, colour=sys.stdout.isatty(), frame=frame_view)
    vocabulary = load_vocabulary(paths.ontology_file())
    return draft_csv(draft, {slug: m.label for slug, m in vocabulary.measures.items()})


def draft_and_guess(
    file: Path,
    doc_id: str | None,
    published: str | None,
    gazetteer_file: Path,
    language: str | None,
    frame: FrameAnswers | None,
) -> tuple[Draft, FrameGuess | None]:
    """The draft of ``file`` and the frame the rules guessed (``None``: a Chinese report)."""
    from narcokg.extract.draft import draft_with_frame

    try:
        day = date.fromisoformat(published) if published else date.today()
    except ValueError:
        raise InputError(f"--published {published!r} is not a date such as 2024-01-31") from None
    return draft_with_frame(
        read_source(file).text,
        doc_id or region_slug(file.stem),
        day,
        file=file.name,
        gazetteer_file=gazetteer_file,
        language=language,
        frame=frame,
    )


#: Asks one question with a default and returns the reply (``typer.prompt`` at the terminal).
Prompt = Callable[[str, str], str]


def ask_frame(
    file: Path,
    drafting: tuple[str | None, str | None, Path, str | None],
    given: FrameAnswers,
    prompt: Prompt,
    say: Callable[[str], None],
) -> FrameAnswers:
    """``narcokg extract --ask``: show the guessed frame and why, then ask the three questions
    once, each guess (or answer given) the default; a refused reply is explained and all three
    are asked again. ``drafting``: the document id, publication date, gazetteer and language."""
    from narcokg.extract import gazetteer
    from narcokg.extract.frame_answers import FrameAnswers, checked_answers

    doc_id, published, gazetteer_file, language = drafting
    draft, guess = draft_and_guess(file, doc_id, published, gazetteer_file, language, given)
    if guess is None:
        say("frame questions: English reports only; this one is drafted as read")
        return given
    say(frame_block_of(draft, guess, file))
    known = gazetteer.load_regions(gazetteer_file)
    while True:
        guessed = guess.answers.region or guess.region
        region = prompt("region (several: separate with ';')", "; ".join(guessed))
        period = prompt("period", guess.answers.period or guess.period)
        agency = prompt("agency", guess.answers.agency or guess.agency or "")
        answers = FrameAnswers(
            tuple(r.strip() for r in region.split(";") if r.strip()),
            period.strip() or None,
            agency.strip() or None,
        )
        try:
            return checked_answers(answers, known)
        except InputError as refused:
            say(f"{refused}; asking again")


def frame_block_of(draft: Draft, guess: FrameGuess, file: Path) -> str:
    from narcokg.extract.review import frame_block

    return frame_block(draft, guess, correction_command(file, guess))


def correction_command(file: Path, guess: FrameGuess) -> str:
    """The command line that drafts ``file`` again with the frame answered: the answers given,
    else the guesses, for the reviewer to edit."""
    answers = guess.answers
    words = ["narcokg", "extract", str(file)]
    for region in answers.region or guess.region:
        words += ["--region", region]
    words += ["--period", answers.period or guess.period]
    agency = answers.agency or guess.agency
    words += ["--agency", agency] if agency else []
    return " ".join(shlex.quote(w) for w in words)


def run_eval(
    corpus: Path | None,
    gazetteer_file: Path,
    split: str = "all",
    show_confusion: bool = False,
    *,
    frame_from_key: bool = False,
    frame_answers: Path | None = None,
    rounds: Sequence[str] = (),
) -> str:
    """The strict score report of one split of the corpus (default: the repository corpus); with
    ``frame_from_key``, overall lines only, guessed frame against a reviewer's simulated from
    the key (:mod:`.frame_eval`), or with ``frame_answers``, a reviewer's answers from a file;
    ``rounds``: only the split's reports of those blind rounds (:func:`.scoring.documents_of`)."""
    from narcokg.extract.evalreport import eval_report
    from narcokg.extract.scoring import documents_of, evaluate_corpus

    folder = corpus or DEFAULT_CORPUS
    if not folder.is_dir():
        raise InputError(f"corpus folder {folder} not found: pass --corpus DIR")
    if not any(folder.rglob("*.yaml")):
        raise InputError(f"corpus folder {folder} has no answer keys (*.yaml beside each report)")
    chosen = documents_of(folder, split, rounds)
    if frame_from_key or frame_answers is not None:
        from narcokg.extract.frame_eval import frame_report, frame_run

        run = frame_run(folder, gazetteer_file, chosen, frame_answers)
        return frame_report(run, split, reasons=split in ("dev", "calibration"))
    scores = evaluate_corpus(folder, gazetteer_file, chosen)
    return eval_report(scores, split, show_confusion=show_confusion)
