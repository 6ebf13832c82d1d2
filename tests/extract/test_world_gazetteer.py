"""The world gazetteer in the extractor: regions of any country found by name or alias, names
that are also words, people or other places decided by context, and a new workspace that builds
a figure placed in one of them. Every sentence here is made up."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from narcokg import paths
from narcokg.extract.gazetteer import find_regions, load_regions
from narcokg.model.facts import FactFile, load_facts
from narcokg.model.regions import Region
from tests.drafted import drafted_workspace

REGIONS = load_regions(paths.graph_dir() / "reference" / "regions.csv")


def load_facts_in(folder: Path) -> list[FactFile]:
    return [load_facts(path) for path in sorted(folder.glob("*.yaml"))]


def found(text: str, country: str | None = None, regions: dict[str, Region] = REGIONS) -> list:
    return [(m.text, m.key) for m in find_regions(text, regions, country)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Gardaí in Ireland seized 40 kg of cannabis.", [("Ireland", "Ireland")]),
        ("Singapore's bureau arrested 3,000 people.", [("Singapore", "Singapore")]),
        ("Police in Nova Scotia, Canada, laid 52 charges.",
         [("Nova Scotia", "Nova Scotia"), ("Canada", "Canada")]),
        ("Kerala, India, recorded 1,200 cases.", [("Kerala", "Kerala"), ("India", "India")]),
        ("Jalisco in Mexico dismantled 14 labs.", [("Jalisco", "Jalisco"), ("Mexico", "Mexico")]),
        ("Seizures in Bavaria, Germany rose.", [("Bavaria", "Bavaria"), ("Germany", "Germany")]),
        ("Bayern in Germany reported 9 deaths.", [("Bayern", "Bavaria"), ("Germany", "Germany")]),
        ("Ivory Coast and the Czech Republic reported seizures.",
         [("Ivory Coast", "Côte d'Ivoire"), ("Czech Republic", "Czechia")]),
        ("Türkiye seized 2 tonnes.", [("Türkiye", "Turkey")]),
    ],
)  # fmt: skip
def test_regions_of_any_country_by_name_or_alias(text: str, want: list) -> None:
    assert found(text) == want


def test_a_name_two_regions_bear_is_picked_by_its_country() -> None:
    assert found("Georgia's troopers seized 12 kg, the United States said.") == [
        ("Georgia", "Georgia, United States"), ("United States", "United States")]  # fmt: skip
    assert found("Deaths in Georgia rose by 8%.", "United States") == [
        ("Georgia", "Georgia, United States")]  # fmt: skip
    assert found("Border police in Georgia and Armenia seized heroin.") == [
        ("Georgia", "Georgia"), ("Armenia", "Armenia")]  # fmt: skip
    assert found("Punjab police in India seized heroin.") == [
        ("Punjab", "Punjab, India"), ("India", "India")]  # fmt: skip
    assert found("Punjab recorded 40 deaths.", "Pakistan") == [("Punjab", "Punjab, Pakistan")]
    # neither country: no region rather than a guess
    assert found("Punjab recorded 40 deaths.") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a name that is also a given name or a word counts only standing alone
        ("Jordan seized 3 tonnes of captagon.", [("Jordan", "Jordan")]),
        ("Michael Jordan was not involved.", []),
        ("In Chad, police seized 40 kg.", [("Chad", "Chad")]),
        ("Chad Miller, a spokesman, said 40 kg were seized.", []),
        ("Oil theft in the Niger Delta rose; Niger seized 2 kg.", [("Niger", "Niger")]),
        ("Jersey City police made 30 arrests.", []),
        ("Georgia Tech researchers counted 12 labs.", []),
        ("Turkey seized 2 tonnes of heroin.", [("Turkey", "Turkey")]),
        # a longer name wins over the name inside it
        ("New Mexico reported 900 deaths; Mexico reported 80.",
         [("New Mexico", "New Mexico"), ("Mexico", "Mexico")]),
        ("Guinea-Bissau and Papua New Guinea.",
         [("Guinea-Bissau", "Guinea-Bissau"), ("Papua New Guinea", "Papua New Guinea")]),
        # a drug or a sea named after a place is not that place
        ("China White sold for $80 a gram.", []),
        ("China seized 25 tonnes.", [("China", "China")]),
        ("Shipments crossed the Gulf of Mexico and the Strait of Gibraltar.", []),
        # partners named beside the reporting agency
        ("The task force worked with agencies in Nevada and Oregon.", []),
        ("Police in Nevada seized 12 kg.", [("Nevada", "Nevada")]),
        # Washington: the state only as "Washington State", the capital as "Washington, D.C."
        ("Washington State and Washington, D.C. reported rises; Washington said so.",
         [("Washington State", "Washington"), ("Washington, D.C.", "District of Columbia")]),
    ],
)  # fmt: skip
def test_names_that_are_words_people_or_other_places(text: str, want: list) -> None:
    assert found(text) == want


def test_a_new_workspace_builds_a_figure_placed_in_a_world_region(tmp_path: Path) -> None:
    text = (
        "Kerala Excise Annual Review 2023\n\nThe Kerala Excise Department said that in 2023 "
        "officers in Kerala, India seized 1,250 kilograms of cannabis.\n"
    )
    workspace = drafted_workspace(tmp_path, "kerala-2024-02-01-review", text, date(2024, 2, 1))
    graph = Graph().parse(workspace.graph_file)
    label = Literal("Kerala", lang="en")
    region = next(graph.subjects(URIRef("http://www.w3.org/2000/01/rdf-schema#label"), label))
    same = URIRef("http://www.w3.org/2002/07/owl#sameAs")
    assert graph.value(region, same) == URIRef("http://www.wikidata.org/entity/Q1186")
    # the figure is placed there (the region is in the graph either way: regions.csv lists it)
    (facts,) = load_facts_in(workspace.facts_dir)
    assert [m.regions for m in facts.measurements] == [("Kerala", "India")]


@pytest.mark.parametrize(
    "text",
    [
        "The Australian Federal Police seized 4.1 tonnes.",
        "Para 12 of the act sets the threshold.",
        "Police in the North-West of England charged 300 people.",
    ],
)
def test_a_source_alias_that_is_a_common_word_names_no_region(text: str) -> None:
    assert not [key for _, key in found(text) if key.startswith(("Distrito", "Pará", "North W"))]
