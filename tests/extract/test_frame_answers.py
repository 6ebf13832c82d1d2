"""The report's frame asked once (issue 14, round 12): a reviewer's answers to the home region,
main period and issuer replace the guesses for the figures that took them from the context and
leave the figures whose sentence states them; bad answers are refused; the review view opens
with the frame and why; ``eval --frame-from-key`` answers with the key's majority frame.
Made-up reports."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from narcokg.cli import app
from narcokg.errors import InputError
from narcokg.extract.draft import FrameAnswers, draft_document, draft_with_frame
from narcokg.extract.drafts import Draft, DraftMeasurement
from narcokg.extract.frame_eval import key_frame, majority
from narcokg.model.facts import load_facts

ROOT = Path(__file__).resolve().parents[2]
GAZETTEER = ROOT / "graph" / "reference" / "regions.csv"
PUBLISHED = date(2024, 2, 5)

REPORT = """Annual drug enforcement statistics 2023

BRISBANE, 5 February 2024 - The Queensland Police Service released its drug enforcement \
figures for 2023 today, reporting steady work across the state over the twelve months of the year.

Officers arrested 412 people for drug trafficking. Police also seized 1,250 kilograms of cannabis.

In Victoria, police seized 87 kilograms of heroin in 2022.
"""


def draft(frame: FrameAnswers | None = None, text: str = REPORT) -> Draft:
    return draft_document(
        text, "made-up", PUBLISHED, file="made-up.txt", gazetteer_file=GAZETTEER, frame=frame
    )


def figure(found: Draft, quote: str) -> DraftMeasurement:
    return next(m for m in found.measurements if m.mention.quote.startswith(quote))


def test_an_answered_region_moves_context_figures_and_keeps_stated_ones() -> None:
    guessed = draft()
    assert figure(guessed, "412").regions == ("Queensland",)  # the guess the answer replaces
    answered = draft(FrameAnswers(region=("new south wales",)))
    assert figure(answered, "412").regions == ("New South Wales",)
    assert figure(answered, "1,250").regions == ("New South Wales",)
    assert figure(answered, "87").regions == ("Victoria",)  # "In Victoria, …": its own
    notes = " ".join(figure(answered, "412").review)
    assert "home region" not in notes  # the note that asked about the home is settled


def test_an_answered_period_moves_context_figures_and_keeps_stated_ones() -> None:
    guessed = draft()
    assert figure(guessed, "412").period == "2023"
    answered = draft(FrameAnswers(period="2023-07-01/2024-06-30"))
    assert figure(answered, "412").period == "2023-07-01/2024-06-30"
    assert figure(answered, "87").period == "2022"  # "… in 2022": its own
    assert not any("main period" in n for n in figure(answered, "412").review)
    assert any("main period" in n for n in figure(guessed, "412").review)


def test_an_answered_issuer_replaces_the_guessed_one_only_where_no_agency_is_named() -> None:
    text = REPORT + "\nThe Australian Federal Police seized 40 kilograms of cocaine in 2023.\n"
    answered = draft(FrameAnswers(agency="Queensland Crime and Corruption Commission"), text)
    assert figure(answered, "412").agency == "queensland-crime-and-corruption-commission"
    assert figure(answered, "40").agency != "queensland-crime-and-corruption-commission"
    assert answered.agencies["queensland-crime-and-corruption-commission"].label == (
        "Queensland Crime and Corruption Commission"
    )


@pytest.mark.parametrize(
    ("answers", "fix"),
    [
        (FrameAnswers(region=("Atlantis",)), "not a region of the gazetteer"),
        (FrameAnswers(period="2024-13"), "not a period label"),
        (FrameAnswers(period="FY 2024"), "not a period label"),
        (FrameAnswers(period="2024-05-31/2024-01-01"), "not a period label"),
        (FrameAnswers(agency="  "), "--agency is empty"),
    ],
)
def test_a_bad_answer_is_refused_with_the_fix(answers: FrameAnswers, fix: str) -> None:
    with pytest.raises(InputError, match=fix):
        draft(answers)


def test_the_command_refuses_a_malformed_period_and_writes_nothing(tmp_path: Path) -> None:
    report, out = tmp_path / "r.txt", tmp_path / "draft.yaml"
    report.write_text(REPORT, encoding="utf-8")
    command = [sys.executable, "-m", "narcokg", "extract", str(report), "--period", "2024/25"]
    result = subprocess.run(
        [*command, "-o", str(out)], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 2
    assert "2024-Q2" in result.stderr and "Traceback" not in result.stderr  # the forms to write
    assert not out.exists()


def test_the_draft_replaces_an_older_one_whole_never_in_place(tmp_path: Path) -> None:
    report, out, kept = tmp_path / "r.txt", tmp_path / "draft.yaml", tmp_path / "kept.yaml"
    report.write_text(REPORT, encoding="utf-8")
    out.write_text("the reviewer's earlier draft\n", encoding="utf-8")
    kept.hardlink_to(out)  # an in-place write would change this name's content too
    command = [sys.executable, "-m", "narcokg", "extract", str(report), "-o", str(out)]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert kept.read_text(encoding="utf-8") == "the reviewer's earlier draft\n"
    assert "measurements:" in out.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.yaml", "kept.yaml", "r.txt"]


def test_ask_shows_the_guesses_then_asks_again_after_a_refused_reply(tmp_path: Path) -> None:
    report, out = tmp_path / "r.txt", tmp_path / "draft.yaml"
    report.write_text(REPORT, encoding="utf-8")
    replies = "Atlantis\n\n\nnew south wales\n2023-07-01/2024-06-30\n\n"  # "": keep the guess
    command = ["--project", str(ROOT), "extract", str(report), "--ask", "-o", str(out)]
    result = CliRunner().invoke(app, [*command, "--published", "2024-02-05"], input=replies)
    assert result.exit_code == 0, result.output
    assert "FRAME: settle these first" in result.output
    assert "region (several: separate with ';') [Queensland]:" in result.output
    assert result.output.count("agency [Queensland Police Service]:") == 2  # asked again
    assert "'Atlantis' is not a region of the gazetteer" in result.output
    drafted = out.read_text(encoding="utf-8")
    assert drafted.count("- New South Wales") == 2 and drafted.count("- Queensland") == 0
    assert drafted.count("period: 2023-07-01/2024-06-30") == 2  # the stated 2022 figure keeps 2022


def test_ask_accepting_every_guess_drafts_the_guessed_frame(tmp_path: Path) -> None:
    report, out = tmp_path / "r.txt", tmp_path / "draft.yaml"
    report.write_text(REPORT, encoding="utf-8")
    command = ["--project", str(ROOT), "extract", str(report), "--ask", "-o", str(out)]
    result = CliRunner().invoke(app, [*command, "--published", "2024-02-05"], input="\n\n\n")
    assert result.exit_code == 0, result.output
    drafted = out.read_text(encoding="utf-8")
    assert drafted.count("- Queensland") == 2 and "period: '2023'" in drafted


def test_the_review_view_opens_with_the_frame_and_why(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text(REPORT, encoding="utf-8")
    base = ["--project", str(ROOT), "extract", str(report), "--published", "2024-02-05"]
    result = CliRunner().invoke(app, [*base, "--review"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("FRAME")
    assert lines[1].split() == [
        "region", "Queensland", "why:", "the", "issuer's", "jurisdiction", "(Queensland",
        "Police", "Service)",
    ]  # fmt: skip
    assert "period  2023  why: the headline names it" in result.output
    assert "calibration reports" in lines[2]  # how sure the reason is
    assert f"to correct: narcokg extract {report} --region Queensland --period 2023" in (
        result.output
    )
    # answered: the frame says so and the figures rest on the answer
    answered = CliRunner().invoke(app, [*base, "--review", "--region", "Victoria"])
    assert "region  Victoria  (your answer; the rules guessed Queensland" in answered.output


KEY = """document:
  id: made-up
  file: made-up.txt
  title: Annual drug enforcement statistics 2023
  published: '2024-02-05'
  language: en
agencies:
  queensland-police-service:
    label: Queensland Police Service
    jurisdiction: Queensland
measurements:
  01-arrests:
    quote: 412 people
    measure: trafficking-arrests
    number: 412
    unit: person
    period: 2023-07-01/2024-06-30
    region: New South Wales
    agency: queensland-police-service
  02-cannabis:
    quote: 1,250 kilograms of cannabis
    measure: cannabis-seized
    number: 1250
    unit: kilogram
    period: 2023-07-01/2024-06-30
    region: New South Wales
    agency: queensland-police-service
  03-heroin:
    quote: 87 kilograms of heroin
    measure: heroin-seized
    number: 87
    unit: kilogram
    period: '2022'
    region: Victoria
    agency: queensland-police-service
"""


def test_majority_takes_the_first_of_a_tie() -> None:
    assert majority(["b", "a", "a", "b", "c"]) == "b"
    assert majority(["c", "a", "a", "b"]) == "a"


def test_frame_from_key_answers_the_majority_and_beats_a_wrong_guess(tmp_path: Path) -> None:
    (tmp_path / "made-up.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "made-up.yaml").write_text(KEY, encoding="utf-8")
    frame = key_frame(load_facts(tmp_path / "made-up.yaml"))
    assert frame == FrameAnswers(
        ("New South Wales",), "2023-07-01/2024-06-30", "Queensland Police Service"
    )
    base = ["--project", str(ROOT), "eval", "--corpus", str(tmp_path), "--split", "dev"]
    result = CliRunner().invoke(app, [*base, "--frame-from-key"])
    assert result.exit_code == 0, result.output
    assert "SIMULATION of a reviewer" in result.output
    rows = {line[:22].strip(): line[22:].split() for line in result.output.splitlines()}
    # e2e of the 3 figures: the guessed frame (Queensland, 2023) puts two wrong, the answer none
    assert rows["default (guessed)"][3] == "1"
    assert rows["answered (from key)"][3] == "3"
    assert "  region     0 of    1 reports" in result.output  # the guess disagreed
    assert "  agency     1 of    1 reports" in result.output


def _reviewed(tmp_path: Path, answers: str) -> tuple[dict[str, list[str]], str]:
    (tmp_path / "made-up.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "made-up.yaml").write_text(KEY, encoding="utf-8")
    file = tmp_path / "answers.yml"  # not .yaml: it is no answer key of the corpus
    file.write_text(answers, encoding="utf-8")
    base = ["--project", str(ROOT), "eval", "--corpus", str(tmp_path), "--split", "dev"]
    result = CliRunner().invoke(app, [*base, "--frame-answers", str(file)])
    assert result.exit_code == 0, result.output
    rows = {line[:22].strip(): line[22:].split() for line in result.output.splitlines()}
    return rows, result.output.split("the reviewer's answers agreed with the key's:")[1]


def test_a_reviewers_answers_file_is_scored_against_the_key(tmp_path: Path) -> None:
    # a reviewer who fixed the region but kept the guessed period: the two context figures
    # need both, so nothing more is right, and the agreement lines say which answer was off
    rows, agreed = _reviewed(tmp_path, "made-up:\n  region: New South Wales\n  period: '2023'\n")
    assert rows["default (guessed)"][3] == "1" and rows["answered (reviewer)"][3] == "1"
    assert "  region     1 of    1 reports" in agreed
    assert "  period     0 of    1 reports" in agreed
    # one who answers both (and notes the time taken) makes the three figures right
    both = "made-up:\n  region: [New South Wales]\n  period: 2023-07-01/2024-06-30\n  seconds: 40\n"
    rows, agreed = _reviewed(tmp_path, both)
    assert rows["answered (reviewer)"][3] == "3"
    assert "  period     1 of    1 reports" in agreed


def test_a_report_the_reviewer_left_unanswered_keeps_its_guess_and_counts_once(
    tmp_path: Path,
) -> None:
    rows, agreed = _reviewed(tmp_path, "another-report:\n  region: Victoria\n")
    assert rows["answered (reviewer)"][3] == rows["default (guessed)"][3] == "1"
    assert "  region     0 of    0 reports" in agreed
    guessed = [line for line in rows if line.startswith("region ")]
    # the guess's agreement counted once, then the reviewer's (who answered nothing)
    assert guessed == ["region     0 of    1", "region     0 of    0"]


def test_a_malformed_answers_file_is_refused_with_the_form(tmp_path: Path) -> None:
    (tmp_path / "made-up.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "made-up.yaml").write_text(KEY, encoding="utf-8")
    (tmp_path / "answers.yml").write_text("- made-up\n", encoding="utf-8")
    command = [sys.executable, "-m", "narcokg", "eval", "--corpus", str(tmp_path)]
    result = subprocess.run(
        [*command, "--frame-answers", str(tmp_path / "answers.yml")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 2
    assert "expected `<report id>: {region:" in result.stderr and "Traceback" not in result.stderr


def test_a_chinese_report_refuses_the_answers_rather_than_ignoring_them() -> None:
    text = "重庆市禁毒委员会发布2023年禁毒报告\n\n2023年全市共破获毒品犯罪案件1200起。\n"
    assert draft(text=text).measurements  # drafted without answers
    with pytest.raises(InputError, match="English reports only"):
        draft(FrameAnswers(period="2023"), text)


def test_the_guess_shown_beside_an_answer_is_the_one_made_without_it() -> None:
    """An answered region in another country once steered the guess (found by round 13's
    reviewer): the FRAME block then said the rules had guessed the answer, named 0 times."""
    text = (
        "Annual results 2024\n\nThe Anti-Narcotics Directorate seized 40 kilograms of heroin "
        "smuggled from Pakistan in 2024. Officers arrested 212 people. Pakistan remained the main "
        "source of the heroin, and 18 couriers came from Pakistan.\n"
    )
    published = date(2025, 1, 5)
    kept = draft_with_frame(text, "x", published, file="x.txt", gazetteer_file=GAZETTEER)[1]
    answered = FrameAnswers(region=("Jordan",))
    shown = draft_with_frame(
        text, "x", published, file="x.txt", gazetteer_file=GAZETTEER, frame=answered
    )
    assert kept is not None and shown[1] is not None
    assert (shown[1].region, shown[1].region_why) == (kept.region, kept.region_why)
    assert shown[0].measurements[1].regions == ("Jordan",)  # the figures take the answer


def test_an_answered_country_is_the_issuers_when_the_agency_table_files_it_elsewhere() -> None:
    """ "Ministry of Public Security" is China's in the agency table; a reviewer who answers that
    the report is Vietnam's moves the figures its issuer placed, not those a sentence places."""
    text = (
        "Drug crime results, first half of 2025\n\nThe Ministry of Public Security said police "
        "cracked 1,240 drug cases in the first six months of 2025 and seized 312 kilograms of "
        "heroin. In Laos, partner forces seized 95 kilograms of heroin.\n"
    )
    published = date(2025, 7, 2)
    answered = FrameAnswers(region=("Vietnam",))
    guessed = draft_document(text, "x", published, file="x.txt", gazetteer_file=GAZETTEER)
    found = draft_document(
        text, "x", published, file="x.txt", gazetteer_file=GAZETTEER, frame=answered
    )
    assert figure(guessed, "1,240").regions == ("China",)  # what the answer must overturn
    assert figure(found, "1,240").regions == ("Vietnam",)
    assert figure(found, "312").regions == ("Vietnam",)
    assert figure(found, "95").regions == ("Laos",)
