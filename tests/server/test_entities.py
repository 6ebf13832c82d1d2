"""/queries/NAME answers a name that matches no entity as the CLI does: 404, the same message."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import ROOT, Server


def cli_error(*args: str) -> str:
    run = subprocess.run([sys.executable, "-m", "narcokg", "query", *args], capture_output=True,
                         text=True, cwd=ROOT, timeout=120, check=False)  # fmt: skip
    assert run.returncode == 2
    return run.stderr.removeprefix("error: ").strip()


@pytest.mark.parametrize("accept", ["application/sparql-results+json", "text/csv", "text/html"])
def test_unknown_region_is_404_with_the_cli_message(server: Server, accept: str) -> None:
    response = server.get(
        "/queries/operations-in-region", params={"region": "Atlantis"}, headers={"Accept": accept}
    )
    assert response.status_code == 404
    assert cli_error("operations-in-region", "-p", "region=Atlantis") in response.text


def test_unknown_measurement_is_404(server: Server) -> None:
    response = server.get("/queries/evidence", params={"measurement": "no-such-id"})
    assert response.status_code == 404
    assert "no measurement is called 'no-such-id'; closest names: " in response.text


def test_a_known_region_without_rows_is_200(server: Server) -> None:
    params = {"measure": "drug-crime-cases-cracked", "region": "Hunan", "format": "csv"}
    response = server.get("/queries/time-series", params=params)
    assert response.status_code == 200
    assert response.headers["X-NarcoKG-Count"] == "0"


def test_a_missing_parameter_hint_is_a_url_that_works(server: Server) -> None:
    response = server.get("/queries/operations-in-region")
    assert response.status_code == 400
    hint = response.text.split("for example ", 1)[1].split()[0].strip("\"'.,<>")
    assert hint.startswith("?region=") and "-p" not in response.text
    assert server.get("/queries/operations-in-region" + hint).status_code == 200
