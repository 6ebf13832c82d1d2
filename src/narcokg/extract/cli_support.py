"""What the ``extract`` and ``eval`` commands do, kept out of cli.py (parse and print only)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from narcokg.errors import InputError
from narcokg.model.regions import region_slug
from narcokg.model.sources import read_source

DEFAULT_CORPUS = Path(__file__).resolve().parents[3] / "corpus"


def run_extract(
    file: Path,
    doc_id: str | None,
    published: str | None,
    fmt: str,
    gazetteer_file: Path,
    *,
    language: str | None = None,
) -> str:
    """The draft of ``file`` as YAML or CSV text."""
    from narcokg import paths
    from narcokg.extract.draft import draft_document
    from narcokg.extract.output import draft_csv, draft_yaml
    from narcokg.model.vocabulary import load_vocabulary

    if fmt not in ("yaml", "csv", "review"):
        raise InputError(f"unknown format {fmt!r}: use yaml, csv or review")
    try:
        day = date.fromisoformat(published) if published else date.today()
    except ValueError:
        raise InputError(f"--published {published!r} is not a date such as 2024-01-31") from None
    source = read_source(file)
    draft = draft_document(
        source.text,
        doc_id or region_slug(file.stem),
        day,
        file=file.name,
        gazetteer_file=gazetteer_file,
        language=language,
    )
    if fmt == "yaml":
        return draft_yaml(draft)
    if fmt == "review":
        import sys

        from narcokg.extract.review import review_table

        return review_table(draft, colour=sys.stdout.isatty())
    vocabulary = load_vocabulary(paths.ontology_file())
    return draft_csv(draft, {slug: m.label for slug, m in vocabulary.measures.items()})


def run_eval(
    corpus: Path | None, gazetteer_file: Path, split: str = "all", show_confusion: bool = False
) -> str:
    """The strict score report of one split of the corpus (default: the repository corpus)."""
    from narcokg.extract.evalreport import eval_report
    from narcokg.extract.scoring import documents_of, evaluate_corpus

    folder = corpus or DEFAULT_CORPUS
    if not folder.is_dir():
        raise InputError(f"corpus folder {folder} not found: pass --corpus DIR")
    if not any(folder.rglob("*.yaml")):
        raise InputError(f"corpus folder {folder} has no answer keys (*.yaml beside each report)")
    chosen = documents_of(folder, split)
    scores = evaluate_corpus(folder, gazetteer_file, chosen)
    return eval_report(scores, split, show_confusion=show_confusion)
