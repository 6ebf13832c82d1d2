"""Issue 14 round 48 (measures, units and operations, branch eng-pm49): the present tense of a
machine translation's positive tests. Made-up releases; the rule test fails without its rule, and
the rule has a case it must not fire on."""

from __future__ import annotations

from tests.extract import sentences

figure = sentences.starting

# --- "carry out hair testing 9,240 person times, find positive 67 person times" ------------------

translated = sentences.translated


def test_find_positive_names_the_positive_part_of_tests_in_samples() -> None:
    # lijiang springbok146, yibin jaguarundi151, maoming aoudad152
    found = translated(
        "Key personnel hair testing, whole city carry out 9,240 person times, find positive "
        "67 person times.\n"
    )
    tested = figure(found, "9,240")
    assert (tested.measure, tested.unit) == ("samples-tested", "sample")
    positive = figure(found, "67")
    assert (positive.measure, positive.unit) == ("samples-tested-positive", "sample")


def test_detect_positive_names_the_positive_part_of_tests_in_samples() -> None:
    # mianyang binturong99
    found = translated(
        "Public security organs to key personnel carry out hair detection 2,450 person-times, "
        "detect positive 9 person-times.\n"
    )
    assert figure(found, "2,450").measure == "samples-tested"
    positive = figure(found, "9 person")
    assert (positive.measure, positive.unit) == ("samples-tested-positive", "sample")


def test_find_with_no_positive_after_it_names_no_tests() -> None:
    found = translated(
        "Whole city crack drug criminal cases 412 rise, find drug-taking personnel 58 name.\n"
    )
    assert figure(found, "412").measure == "drug-crime-cases-cracked"
    assert "samples" not in figure(found, "58").measure
