"""``narcokg release``: every download, checked by tools that are not narcokg's own (rapper,
sha256sum), described in VoID/DCAT with true sizes and digests, and the same bytes every time."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from tests.publish.conftest import GRAPH, narcokg

RELEASE = "https://w3id.org/narcokg/release/1.0.0"
EXPECTED_FILES = {
    "SHA256SUMS", "void.ttl", "narcokg.ttl", "narcokg.nt", "narcokg.jsonld",
    "context/narcokg-context-1.0.jsonld", "measurements.csv", "measurements.csv-metadata.json",
    "ontology/index.html",
}  # fmt: skip


def files_of(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def rapper(path: Path, syntax: str) -> bytes:
    if shutil.which("rapper") is None:
        pytest.fail("rapper is missing: apt-get install raptor2-utils (scripts/test.sh does)")
    command = ["rapper", "-q", "-i", syntax, "-o", "ntriples", str(path)]
    return subprocess.run(command, capture_output=True, check=True, timeout=60).stdout


def test_the_release_holds_every_download(release_dir: Path) -> None:
    assert set(files_of(release_dir)) == EXPECTED_FILES


def test_same_inputs_give_the_same_bytes(release_dir: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    assert narcokg("release", "--version", "1.0.0", "-o", str(again)).returncode == 0
    assert files_of(again) == files_of(release_dir)


def test_sha256sum_verifies_the_release(release_dir: Path, tmp_path: Path) -> None:
    check = ["sha256sum", "--strict", "-c", "SHA256SUMS"]
    done = subprocess.run(check, cwd=release_dir, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(done.stdout.splitlines()) == len(EXPECTED_FILES) - 1
    copy = tmp_path / "tampered"
    shutil.copytree(release_dir, copy)
    (copy / "measurements.csv").write_bytes(b"tampered\n")
    assert subprocess.run(check, cwd=copy, capture_output=True, timeout=60).returncode != 0


@pytest.mark.parametrize("name, syntax", [("narcokg.ttl", "turtle"), ("narcokg.nt", "ntriples")])
def test_rapper_reads_the_graph_downloads_as_the_graph(
    release_dir: Path, name: str, syntax: str
) -> None:
    parsed = rdflib.Graph().parse(data=rapper(release_dir / name, syntax), format="nt")
    assert isomorphic(parsed, rdflib.Graph().parse(GRAPH, format="turtle"))


def test_void_describes_each_file_with_its_size_and_digest(release_dir: Path) -> None:
    store = ox.Store()
    store.load(rapper(release_dir / "void.ttl", "turtle"), format=ox.RdfFormat.N_TRIPLES)
    answer = store.query(f"""
        PREFIX dcat: <http://www.w3.org/ns/dcat#> PREFIX spdx: <http://spdx.org/rdf/terms#>
        PREFIX owl: <http://www.w3.org/2002/07/owl#>
        SELECT ?name ?size ?digest WHERE {{
          <{RELEASE}> owl:versionInfo "1.0.0" ; dcat:distribution ?d .
          ?d dcat:byteSize ?size ; spdx:checksum/spdx:checksumValue ?digest .
          BIND(STRAFTER(STR(?d), "{RELEASE}/") AS ?name)
        }}""")
    described = {r["name"].value: (int(r["size"].value), r["digest"].value) for r in answer}  # type: ignore[union-attr]
    files = files_of(release_dir)
    assert set(described) == set(files) - {"SHA256SUMS", "void.ttl"}
    for name, (size, digest) in described.items():
        assert (size, digest) == (len(files[name]), hashlib.sha256(files[name]).hexdigest())


def test_ontology_docs_have_a_section_per_term(release_dir: Path) -> None:
    html = (release_dir / "ontology" / "index.html").read_text(encoding="utf-8")
    for term in ("Measurement", "figure", "refArea", "RegionGroup", "MeasurementStructure"):
        assert f'id="{term}"' in html


@pytest.mark.parametrize(
    "args, message",
    [
        (["--version", "1.0"], "MAJOR.MINOR.PATCH"),
        (["--version", "1.0.0", "--previous", "nowhere"], "does not exist"),
    ],
)
def test_bad_input_exits_2_and_writes_nothing(
    tmp_path: Path, args: list[str], message: str
) -> None:
    target = tmp_path / "out"
    done = narcokg("release", *args, "-o", str(target))
    assert done.returncode == 2 and message in done.stderr
    assert not target.exists() and list(tmp_path.iterdir()) == []


def test_refuses_a_folder_that_is_not_empty(release_dir: Path) -> None:
    done = narcokg("release", "--version", "1.0.1", "-o", str(release_dir))
    assert done.returncode == 2 and "not empty" in done.stderr
