"""`narcokg eval --rounds`: a round's blind sets are judged in place, by the word of their ids,
with the same figures as a copy of them holds."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from narcokg.cli import app
from narcokg.errors import InputError
from narcokg.extract.scoring import documents_of

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"


def _blind_rounds() -> list[str]:
    """The round words of the blind split as it stands (rounds retire to calibration each round):
    a word like "gibbon62" that eight of its ids carry."""
    words = Counter(
        w
        for d in documents_of(CORPUS, "blind") or set()
        for w in d.split("-")
        if re.fullmatch(r"[a-z]+\d+", w)
    )
    return sorted(w for w, n in words.items() if n == 8)


def test_a_round_is_a_whole_word_of_the_id() -> None:
    # round 30's "ibex30" and an earlier round's bare "ibex" are both calibration sets
    ibex = documents_of(CORPUS, "calibration", ["ibex"]) or set()
    ibex30 = documents_of(CORPUS, "calibration", ["ibex30"]) or set()
    assert ibex and ibex30 and not ibex & ibex30
    assert all("ibex" in d.split("-") for d in ibex)
    assert all("ibex30" in d.split("-") for d in ibex30)


def test_rounds_narrow_the_split_and_add_up() -> None:
    blind = documents_of(CORPUS, "blind") or set()
    first, second = _blind_rounds()[:2]
    one = documents_of(CORPUS, "blind", [first]) or set()
    two = documents_of(CORPUS, "blind", [first, second.upper()]) or set()
    assert len(one) == 8 and one < two <= blind
    assert len(two - one) == 8


def test_a_round_with_no_report_in_the_split_is_refused_with_the_fix() -> None:
    word = _blind_rounds()[0]
    with pytest.raises(InputError, match=f"no report of --split dev carries the round word {word}"):
        documents_of(CORPUS, "dev", [word])
    with pytest.raises(InputError, match="use the word of the report ids"):
        documents_of(CORPUS, "all", [word[:-1]])


def _copied(tmp_path: Path, ids: list[str]) -> Path:
    for document in ids:
        for suffix in (".txt", ".yaml"):
            shutil.copy(CORPUS / f"{document}{suffix}", tmp_path / f"{document}{suffix}")
    (tmp_path / "splits.yaml").write_text(
        "blind:\n" + "".join(f"  - {d}\n" for d in ids), encoding="utf-8"
    )
    return tmp_path


def test_the_cli_scores_only_the_rounds_asked_for(tmp_path: Path) -> None:
    ibex = sorted(documents_of(CORPUS, "calibration", ["ibex"]) or set())[0]
    ibex30 = sorted(documents_of(CORPUS, "calibration", ["ibex30"]) or set())[0]
    corpus = _copied(tmp_path, [ibex, ibex30])
    base = ["--project", str(ROOT), "eval", "--corpus", str(corpus), "--split", "blind"]
    both = CliRunner().invoke(app, base)
    alone = CliRunner().invoke(app, [*base, "--rounds", "ibex30"])
    assert both.exit_code == 0 and alone.exit_code == 0, both.output + alone.output
    assert "(2 documents)" in both.output and "(1 documents)" in alone.output
    assert ibex30[:46] in alone.output and ibex[:46] not in alone.output
    # the one report's line is the same whether it is scored alone or with the other
    line = next(row for row in alone.output.splitlines() if row.startswith(ibex30[:46]))
    assert line in both.output.splitlines()
    command = [sys.executable, "-m", "narcokg", "eval", "--corpus", str(corpus), "--split", "blind"]
    refused = subprocess.run(
        [*command, "--rounds", "ibex3"], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert refused.returncode == 2
    assert "round word ibex3" in refused.stderr and "Traceback" not in refused.stderr


def test_the_confidence_judge_takes_the_same_rounds_and_refuses_an_unknown_one() -> None:
    module = "narcokg.extract.learned.calibration_train"
    rounds = f"{_blind_rounds()[0]},nosuch9"
    command = [sys.executable, "-m", module, "--judge", "blind", "--rounds", rounds]
    refused = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert refused.returncode == 2
    assert "round word nosuch9" in refused.stderr and "Traceback" not in refused.stderr
