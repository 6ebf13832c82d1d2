"""What the ``extract`` and ``eval`` commands do, kept out of cli.py (parse and print only)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from narcokg.errors import InputError
from narcokg.model.regions import region_slug
from narcokg.model.sources import read_source

DEFAULT_CORPUS = Path(__file__).resolve().parents[3] / "corpus"


def run_extract(
    file: Path, doc_id: str | None, published: str | None, fmt: str, gazetteer_file: Path
) -> str:
    """The draft of ``file`` as YAML or CSV text."""
    from narcokg import paths
    from narcokg.extract.draft import draft_document
    from narcokg.extract.output import draft_csv, draft_yaml
    from narcokg.model.vocabulary import load_vocabulary

    if fmt not in ("yaml", "csv"):
        raise InputError(f"unknown format {fmt!r}: use yaml or csv")
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
    )
    if fmt == "yaml":
        return draft_yaml(draft)
    vocabulary = load_vocabulary(paths.ontology_file())
    return draft_csv(draft, {slug: m.label for slug, m in vocabulary.measures.items()})


def run_eval(corpus: Path | None, gazetteer_file: Path) -> str:
    """The score table of the corpus (default: the repository's ``corpus/``)."""
    from narcokg.extract.evaluate import evaluate_corpus, score_table

    folder = corpus or DEFAULT_CORPUS
    if not folder.is_dir():
        raise InputError(f"corpus folder {folder} not found: pass --corpus DIR")
    if not any(folder.glob("*.yaml")):
        raise InputError(f"corpus folder {folder} has no answer keys (*.yaml beside each report)")

    return score_table(evaluate_corpus(folder, gazetteer_file))
