"""No validator or parser fetches anything: remote JSON-LD contexts and owl:imports stay unread.

A canary HTTP server on 127.0.0.1 counts requests while ``narcokg validate`` (both engines) reads
graphs that name it; it must count none, and the command must not crash.
"""

from __future__ import annotations

import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_safety import Canary


@pytest.fixture
def canary() -> Iterator[Canary]:
    server = Canary()
    yield server
    server.close()


def _graphs(url: str) -> dict[str, str]:
    return {
        "remote-context.jsonld": f'{{"@context": "{url}", "@id": "http://x/a", "name": "n"}}',
        "context-list.jsonld": f'{{"@context": [{{"@vocab": "http://x/"}}, "{url}"], "@id": "x"}}',
        "nested-context.jsonld": f'{{"@id": "http://x/a", "http://x/p": {{"@context": "{url}"}}}}',
        "imports.ttl": f"<http://x/o> a <http://www.w3.org/2002/07/owl#Ontology> ; "
        f"<http://www.w3.org/2002/07/owl#imports> <{url}> .",
    }


@pytest.mark.parametrize("engine", ["fast", "pyshacl"])
@pytest.mark.parametrize("name", list(_graphs("u")))
def test_validate_fetches_nothing(tmp_path: Path, canary: Canary, engine: str, name: str) -> None:
    graph = tmp_path / name
    graph.write_text(_graphs(canary.url)[name], encoding="utf-8")
    command = [sys.executable, "-m", "narcokg", "validate", "--engine", engine, "--graph", graph]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode in (0, 1, 2)
    assert canary.requests == 0


def test_the_canary_would_see_rdflib_fetch_a_context(tmp_path: Path, canary: Canary) -> None:
    """The control: parsing the same file with rdflib directly does make the request."""
    import rdflib

    graph = tmp_path / "remote-context.jsonld"
    graph.write_text(_graphs(canary.url)["remote-context.jsonld"], encoding="utf-8")
    with warnings.catch_warnings(), pytest.raises(OSError):  # the canary answers 500
        warnings.simplefilter("ignore", DeprecationWarning)  # rdflib's own, on this path
        rdflib.Graph().parse(graph, format="json-ld")
    assert canary.requests >= 1
