"""The strict scorer: a draft that restates its key scores perfectly, and each wrong field costs
exactly what it should; split files are read strictly. Parametrised over the corpus keys."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest

from narcokg.errors import InputError
from narcokg.extract.evaluate import (
    END_TO_END,
    Drafted,
    calibration,
    confusion,
    key_fields,
    prf,
    score_figures,
)
from narcokg.extract.scoring import documents_of, keys_of, load_splits
from narcokg.model.facts import FactFile, load_facts
from narcokg.model.figures import check_figure
from narcokg.model.periods import parse_period
from narcokg.model.spans import find_quote

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
KEYS = keys_of(CORPUS)


def restate(key: FactFile, text: str) -> list[Drafted]:
    """A draft that says exactly what the key says."""
    drafted = []
    for fact in key.measurements:
        span = find_quote(text, fact.quote, within=fact.within)
        fields = key_fields(fact, key)
        drafted.append(
            Drafted(
                id=f"d-{fact.id}",
                start=span.start,
                end=span.end,
                number=fact.number,
                qualifier=fact.qualifier,
                measure=fact.measure,
                unit=fact.unit,
                period=fact.period,
                regions=fact.regions,
                operation=None if fields["operation"] == "-" else fields["operation"],
                agency=None if fields["agency"] == "-" else fields["agency"],
                change_of=f"d-{fact.change_of}" if fact.change_of else None,
                confidence=0.95,
            )
        )
    return drafted


def _load(path: Path) -> tuple[FactFile, str]:
    key = load_facts(path)
    return key, (path.parent / key.document.file).read_text(encoding="utf-8")


@pytest.mark.parametrize("path", KEYS, ids=[p.stem for p in KEYS])
def test_a_draft_that_restates_its_key_is_right_on_every_field(path: Path) -> None:
    key, text = _load(path)
    score = score_figures(key.document.id, text, restate(key, text), key)
    assert score.matched == score.expected == score.correct == len(key.measurements)
    assert all(p.right(name) for p in score.pairs for name in p.scored)
    assert calibration(score)[0][1:] == (score.drafted, score.drafted)


@pytest.mark.parametrize("path", KEYS, ids=[p.stem for p in KEYS])
def test_every_key_figure_is_the_figure_its_quote_states(path: Path) -> None:
    """A key is checked as the build checks a fact file: its number, bound and range read from
    its quote (or through its recorded repair), so a typed-in number cannot drift from the text;
    its period must be one the build reads (a key's "2025-Q5" would otherwise score as a period
    no draft can ever match)."""
    key = load_facts(path)
    for fact in key.measurements:
        check_figure(fact, f"{path.name}: {fact.id}")
        parse_period(fact.period)


@pytest.mark.parametrize("path", KEYS, ids=[p.stem for p in KEYS])
def test_a_wrong_region_is_a_match_but_a_miss_end_to_end(path: Path) -> None:
    key, text = _load(path)
    drafted = restate(key, text)
    drafted[0] = dataclasses.replace(drafted[0], regions=("Atlantis",))
    score = score_figures(key.document.id, text, drafted, key)
    assert score.matched == score.expected
    assert score.correct == score.expected - 1
    assert sum(confusion(score, "region").values()) == 1
    assert prf(score.correct, score.drafted, score.expected)[2] < 1.0


@pytest.mark.parametrize("name", END_TO_END)
def test_every_end_to_end_field_counts(name: str) -> None:
    key, text = _load(KEYS[0])
    drafted = restate(key, text)
    wrong = {
        "measure": {"measure": "no-such-measure"},
        "slot": {
            "qualifier": "more-than" if key.measurements[0].qualifier != "more-than" else "exact"
        },
        "unit": {"unit": "no-unit"},
        "period": {"period": "1999"},
        "region": {"regions": ()},
    }[name]
    drafted[0] = dataclasses.replace(drafted[0], **wrong)  # type: ignore[arg-type]
    score = score_figures(key.document.id, text, drafted, key)
    assert (score.matched, score.correct) == (score.expected, score.expected - 1)


def test_a_wrong_number_is_no_match() -> None:
    key, text = _load(KEYS[0])
    drafted = restate(key, text)
    drafted[0] = dataclasses.replace(drafted[0], number=drafted[0].number + Decimal(1))
    score = score_figures(key.document.id, text, drafted, key)
    assert score.matched == score.expected - 1


def test_the_split_file_is_disjoint_and_held_out_is_a_third() -> None:
    splits = load_splits(CORPUS)  # corpus/splits.yaml and corpus/zh/split.yaml together
    every = {p.stem for p in KEYS}
    assert splits["heldout"] <= every and not splits["dev"] & splits["heldout"]
    assert documents_of(CORPUS, "heldout") == splits["heldout"]
    import yaml

    listed = yaml.safe_load((CORPUS / "splits.yaml").read_text(encoding="utf-8"))
    later = set(listed.get("dev_after_split", []))  # written after the split was drawn
    chinese = yaml.safe_load((CORPUS / "zh" / "split.yaml").read_text(encoding="utf-8"))
    later |= set(chinese.get("after_split", []))
    later |= splits["blind"] | splits["calibration"]  # blind sets: written after the split
    assert later <= every and not later & splits["heldout"]
    assert len(splits["heldout"]) >= len(every - later) // 4


def test_a_language_folder_scored_alone_keeps_its_held_out_split() -> None:
    alone = documents_of(CORPUS / "zh", "heldout")
    chinese = {p.stem for p in keys_of(CORPUS / "zh")}
    assert alone and alone == (documents_of(CORPUS, "heldout") or set()) & chinese
    assert not alone & (documents_of(CORPUS / "zh", "dev") or set())


def test_an_unknown_split_is_refused() -> None:
    with pytest.raises(InputError, match="unknown split"):
        documents_of(CORPUS, "test")


def test_blind_reports_are_in_no_other_split() -> None:
    """Reports written by someone who never read the extractor are scored only by --split blind."""
    import yaml

    listed = yaml.safe_load((CORPUS / "splits.yaml").read_text(encoding="utf-8"))["blind"] or []
    listed += yaml.safe_load((CORPUS / "zh" / "split.yaml").read_text(encoding="utf-8"))["blind"]
    blind = documents_of(CORPUS, "blind") or set()
    assert blind == set(listed) and len(blind) == 84
    for split in ("dev", "heldout", "calibration"):
        assert not blind & (documents_of(CORPUS, split) or set())


def test_calibration_reports_are_earlier_blind_ones_in_no_other_split() -> None:
    """The learned models are fitted on blind sets of rounds 3-59 and 62-173 (no other split)."""
    calibration = documents_of(CORPUS, "calibration") or set()
    assert len(calibration) == 1342 and calibration <= {p.stem for p in KEYS}
    for split in ("dev", "heldout", "blind"):
        assert not calibration & (documents_of(CORPUS, split) or set())


def test_a_calibration_report_listed_as_dev_too_is_refused(tmp_path: Path) -> None:
    (tmp_path / "splits.yaml").write_text("dev: [a]\ncalibration: [a]\n", encoding="utf-8")
    with pytest.raises(InputError, match="in both dev and calibration: a"):
        load_splits(tmp_path)


def test_a_document_in_two_splits_is_refused(tmp_path: Path) -> None:
    (tmp_path / "splits.yaml").write_text("dev: [a]\nblind: [a]\n", encoding="utf-8")
    with pytest.raises(InputError, match="in both dev and blind: a"):
        load_splits(tmp_path)
