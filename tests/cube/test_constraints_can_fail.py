"""Each integrity constraint fires on a small cube broken in the way it guards against, so a pass
on narcokg's graph means something (most of the slice and measure-dimension constraints have
nothing to check in narcokg's graph)."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from tests.cube.integrity import IC_FILES, normalised_store, violated

PREFIXES = """
@prefix qb: <http://purl.org/linked-data/cube#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix ex: <http://example.org/> .
"""
MEASURE_DIMENSION = """
ex:dsd qb:component [ qb:dimension qb:measureType ] , [ qb:measure ex:m ] , [ qb:measure ex:m2 ] .
ex:ds qb:structure ex:dsd .
"""
CODED = """
ex:dsd qb:component [ qb:dimension ex:d ] . ex:ds qb:structure ex:dsd .
ex:o qb:dataSet ex:ds ; ex:d ex:b .
"""
BROKEN = {
    "ic-01": "ex:o a qb:Observation .",
    "ic-02": "ex:ds a qb:DataSet .",
    "ic-03": "ex:dsd a qb:DataStructureDefinition ; qb:component [ qb:dimension ex:d ] .",
    "ic-04": "ex:d a qb:DimensionProperty .",
    "ic-05": "ex:d a qb:DimensionProperty ; rdfs:range skos:Concept .",
    "ic-06": "ex:dsd qb:component [ qb:dimension ex:d ; qb:componentRequired false ] .",
    "ic-07": "ex:k a qb:SliceKey .",
    "ic-08": "ex:dsd qb:sliceKey ex:k . ex:k a qb:SliceKey ; qb:componentProperty ex:d .",
    "ic-09": "ex:s a qb:Slice .",
    "ic-10": "ex:s qb:sliceStructure ex:k . ex:k qb:componentProperty ex:d .",
    "ic-11": "ex:dsd qb:component [ qb:dimension ex:d ] . "
    "ex:o qb:dataSet [ qb:structure ex:dsd ] .",
    "ic-12": "ex:dsd qb:component [ qb:dimension ex:d ] . ex:ds qb:structure ex:dsd . "
    "ex:o1 qb:dataSet ex:ds ; ex:d 1 . ex:o2 qb:dataSet ex:ds ; ex:d 1 .",
    "ic-13": "ex:dsd qb:component [ qb:attribute ex:a ; qb:componentRequired true ] . "
    "ex:o qb:dataSet [ qb:structure ex:dsd ] .",
    "ic-14": "ex:dsd qb:component [ qb:measure ex:m ] . ex:o qb:dataSet [ qb:structure ex:dsd ] .",
    "ic-15": MEASURE_DIMENSION + "ex:o qb:dataSet ex:ds ; qb:measureType ex:m .",
    "ic-16": MEASURE_DIMENSION + "ex:o qb:dataSet ex:ds ; qb:measureType ex:m ; ex:m 1 ; ex:m2 2 .",
    "ic-17": MEASURE_DIMENSION + "ex:o qb:dataSet ex:ds ; qb:measureType ex:m ; ex:m 1 .",
    "ic-18": "ex:ds qb:slice ex:s . ex:s qb:observation ex:o . ex:o qb:dataSet ex:other .",
    "ic-19": CODED + "ex:d a qb:DimensionProperty ; qb:codeList ex:list . "
    "ex:list a skos:ConceptScheme .",
    "ic-20": CODED + "ex:d qb:codeList ex:h . ex:h a qb:HierarchicalCodeList ; "
    "qb:hierarchyRoot ex:root ; qb:parentChildProperty ex:narrower . ex:root ex:narrower ex:a .",
    "ic-21": CODED + "ex:d qb:codeList ex:h . ex:h a qb:HierarchicalCodeList ; "
    "qb:hierarchyRoot ex:root ; qb:parentChildProperty [ owl:inverseOf ex:broader ] . "
    "ex:a ex:broader ex:root .",
}


def store_of(turtle: str) -> ox.Store:
    triples = [q.triple for q in ox.parse(PREFIXES + turtle, format=ox.RdfFormat.TURTLE)]
    return normalised_store(triples)


def test_every_constraint_has_a_broken_cube() -> None:
    assert sorted(BROKEN) == [f.stem for f in IC_FILES]


@pytest.mark.parametrize("ic", IC_FILES, ids=[f.stem for f in IC_FILES])
def test_constraint_fires(ic: Path) -> None:
    assert violated(store_of(BROKEN[ic.stem]), ic)


@pytest.mark.parametrize("name", ["ic-20", "ic-21"])
def test_hierarchy_constraints_pass_for_a_reachable_code(name: str) -> None:
    ic = next(f for f in IC_FILES if f.stem == name)
    assert not violated(store_of(BROKEN[name].replace("ex:d ex:b", "ex:d ex:a")), ic)
