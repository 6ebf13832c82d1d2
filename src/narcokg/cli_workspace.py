"""The ``narcokg`` commands that grow a workspace: ``extract`` (draft a report's facts), ``init``,
``add``, ``align`` (translation links) and ``eval`` (score the extractor). Thin: parse, call
:mod:`narcokg.extract` and :mod:`narcokg.build`, print. :func:`register` adds them to ``cli.py``'s
app.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from narcokg.model.workspace import Workspace


def register(app: typer.Typer, find_workspace: Callable[[], Workspace]) -> None:
    """Add the workspace commands to ``app``; ``find_workspace`` finds the workspace to work on."""

    @app.command()
    def extract(
        file: Path = typer.Argument(..., help="The report, a UTF-8 text file."),
        doc_id: str | None = typer.Option(
            None, "--doc-id", help="Document id (default: file name)."
        ),
        published: str | None = typer.Option(
            None, "--published", help="Publication date YYYY-MM-DD."
        ),
        output: Path | None = typer.Option(None, "--output", "-o", help="Write the draft here."),
        fmt: str = typer.Option(
            "yaml", "--format", help="yaml (a draft fact file), csv or review."
        ),
        review: bool = typer.Option(
            False, "--review", help="A terminal review table (= --format review)."
        ),
        language: str | None = typer.Option(
            None,
            "--language",
            help="zh or en (default: detected from the share of CJK characters).",
        ),
        region: list[str] | None = typer.Option(
            None,
            "--region",
            help="The report's home region, as the gazetteer names it (repeat for a group).",
        ),
        period: str | None = typer.Option(
            None, "--period", help="The report's main period: 2024, 2024-Q2, FY2025, A/B dates."
        ),
        agency: str | None = typer.Option(None, "--agency", help="The report's issuing agency."),
        ask: bool = typer.Option(
            False, "--ask", help="Ask the three frame questions first, the guesses as defaults."
        ),
    ) -> None:
        """Draft the fact file of a report, for review (then `narcokg add`)."""
        from narcokg.extract.cli_support import ask_frame, run_extract
        from narcokg.extract.frame_answers import FrameAnswers

        fmt = "review" if review else fmt
        frame = FrameAnswers(tuple(region or ()), period, agency)
        if ask:  # questions and the frame go to stderr: stdout stays the draft
            frame = ask_frame(
                file,
                (doc_id, published, find_workspace().gazetteer_file, language),
                frame,
                lambda question, default: str(typer.prompt(question, default=default, err=True)),
                lambda text: typer.echo(text, err=True),
            )
        text = run_extract(
            file,
            doc_id,
            published,
            fmt,
            find_workspace().gazetteer_file,
            language=language,
            frame=frame,
        )
        if output is None:
            sys.stdout.write(text)
        else:
            from narcokg.build.store import write_atomically

            write_atomically(output, text.encode("utf-8"))  # a draft under review: never half-done
            typer.echo(f"wrote {output}: review it, then `narcokg add {file} --facts {output}`")

    @app.command()
    def init(directory: Path = typer.Argument(..., help="The folder to make a workspace.")) -> None:
        """Create a workspace: sources/, facts/, queries/, reference/ and narcokg.toml."""
        from narcokg.model.workspace import init_workspace

        init_workspace(directory)
        typer.echo(f"created workspace {directory}: `cd {directory}` or pass --project {directory}")

    @app.command()
    def add(
        file: Path = typer.Argument(..., help="The source document."),
        facts: Path = typer.Option(..., "--facts", help="Its reviewed fact file."),
    ) -> None:
        """Add a document and its reviewed facts to the workspace (refuses overwrites)."""
        from narcokg.build.add import add_and_compare

        source, fact_file, shared_ids = add_and_compare(find_workspace(), file, facts)
        for shared in shared_ids:
            typer.echo(shared.to_text(), err=True)
        typer.echo(f"added {source} and {fact_file}: run `narcokg build`")

    @app.command()
    def align(
        translation: Path = typer.Argument(..., help="The translation's fact file."),
        original: Path = typer.Argument(..., help="The original's fact file."),
    ) -> None:
        """Propose which original figure each translated figure renders (`renders:`), for review."""
        from narcokg.extract.align import alignment_yaml, propose_alignments
        from narcokg.model.facts import load_facts

        sys.stdout.write(
            alignment_yaml(propose_alignments(load_facts(translation), load_facts(original)))
        )

    @app.command("eval")
    def evaluate(
        corpus: Path | None = typer.Option(
            None, "--corpus", help="Folder of reports + answer keys."
        ),
        split: str = typer.Option(
            "all", "--split", help="dev, heldout, blind, calibration or all (corpus/splits.yaml)."
        ),
        show_confusion: bool = typer.Option(False, "--confusion", help="Also list wrong fields."),
        frame_from_key: bool = typer.Option(
            False,
            "--frame-from-key",
            help="Simulate a reviewer answering the frame from each key: overall lines only.",
        ),
        frame_answers: Path | None = typer.Option(
            None,
            "--frame-answers",
            help="A reviewer's frame answers (YAML: id -> region, period, agency): overall lines.",
        ),
        rounds: str = typer.Option(
            "",
            "--rounds",
            help="Only reports of these rounds, comma-separated words of their ids (gibbon62,...).",
        ),
    ) -> None:
        """Score extraction strictly: matched and end-to-end P/R/F1, per field, calibration."""
        from narcokg.extract.cli_support import run_eval

        gazetteer_file = find_workspace().gazetteer_file
        typer.echo(
            run_eval(
                corpus,
                gazetteer_file,
                split,
                show_confusion,
                frame_from_key=frame_from_key,
                frame_answers=frame_answers,
                rounds=[r.strip() for r in rounds.split(",") if r.strip()],
            )
        )
