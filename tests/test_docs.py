"""The documentation is tested: its shell blocks run, its tables name every query and option.

Each shell block of README.md and docs/*.md (see :mod:`.markdown_util`) runs from a temporary
directory, on the shipped graph, with the installed ``narcokg``; where the document shows the
output, the output must be exactly that. A block that starts ``narcokg serve`` runs with a free port
and must answer; a block marked ``runs-with: oxigraph on port 7878`` runs against a live Oxigraph
server. Blocks marked ``illustrative`` must say why; ``tested-by`` must name a file that exists.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from typer.main import get_command

from narcokg.cli import app

from .conftest import ROOT
from .markdown_util import Block, all_shell_blocks, section
from .remote.conftest import start_oxigraph, stop
from .server.conftest import free_port

README = ROOT / "README.md"
BLOCKS = all_shell_blocks()


def shell_env() -> dict[str, str]:
    """This environment with its programs (``narcokg``) first on PATH."""
    path = os.pathsep.join([str(Path(sys.prefix) / "bin"), os.environ["PATH"]])
    return {**os.environ, "PATH": path}


def run_block(text: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", "-euo", "pipefail", "-c", text], capture_output=True, text=True,
                          cwd=cwd, env=shell_env(), timeout=300, check=False)  # fmt: skip


def test_there_are_shell_blocks_to_test() -> None:
    assert len(BLOCKS) >= 10
    assert {block.doc.name for block in BLOCKS} >= {"README.md", "extraction.md", "server.md"}


@pytest.mark.parametrize("block", BLOCKS, ids=lambda b: b.id)
def test_shell_block_runs_or_says_why_not(
    block: Block,
    tmp_path: Path,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if block.marker == "illustrative":
        assert len(block.reason) > 20, f"{block.id}: say why the block is illustrative"
        return
    if block.marker == "tested-by":
        assert (ROOT / block.reason).is_file(), f"{block.id}: {block.reason} does not exist"
        return
    if block.marker == "runs-with":
        assert block.reason == "oxigraph on port 7878", f"{block.id}: unknown {block.reason!r}"
        monkeypatch.setenv("PATH", shell_env()["PATH"])  # the oxigraph program of this venv
        process, server = start_oxigraph(tmp_path_factory.mktemp("oxigraph"))
        try:
            text = re.sub(r"(localhost|127\.0\.0\.1):7878", server.base.removeprefix("http://"),
                          block.text)  # fmt: skip
            run = run_block(text, tmp_path)
        finally:
            stop(process)
    elif block.text.startswith("narcokg serve"):
        run_server_block(block, tmp_path / "cwd", tmp_path / "serve.log")
        return
    else:
        run = run_block(block.text, tmp_path)
    assert run.returncode == 0, f"{block.id}:\n{block.text}\n{run.stderr}"
    if block.output is not None:
        assert run.stdout == block.output, f"{block.id} prints other output than the document"


def run_server_block(block: Block, cwd: Path, log: Path) -> None:
    """``narcokg serve …``: started with a free port, it must serve its home page."""
    command = block.text.split("#", 1)[0].split()
    port = free_port()
    env = {**shell_env(), "PYTHONUNBUFFERED": "1"}
    cwd.mkdir()
    with log.open("wb") as output:
        process = subprocess.Popen([*command, "--port", str(port)], cwd=cwd, env=env,
                                   stdout=output, stderr=subprocess.STDOUT)  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, f"{block.id}: the server exited: {log.read_text()}"
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/", timeout=10)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, f"{block.id}: the server did not start"
                time.sleep(0.2)
        assert response.status_code == 200
        assert "operations-in-region" in response.text
    finally:
        process.terminate()
        process.wait(30)


def table_first_cells(text: str) -> list[str]:
    return [line.split("|")[1].strip() for line in text.splitlines() if line.startswith("| ")]


def test_every_stored_query_is_in_the_readme_table() -> None:
    listed = {
        re.sub(r"`", "", cell) for cell in table_first_cells(section(README, "Stored queries"))
    }
    stored = {path.stem for path in (ROOT / "queries").glob("*.rq")}
    assert stored <= listed, f"missing from the README's stored-query table: {stored - listed}"
    assert listed - {"query"} <= stored, f"not stored queries: {listed - stored - {'query'}}"


COMMANDS = get_command(app).commands  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_and_option_is_in_the_tour(name: str) -> None:
    """The tour's row for ``narcokg NAME`` shows each of its options (``--help`` aside)."""
    tour = section(README, "A tour of the command line")
    rows = [line for line in tour.splitlines()
            if line.startswith("| ") and re.search(rf"`narcokg {name}\b", line)]  # fmt: skip
    assert rows, f"the README's tour has no row for `narcokg {name}`"
    options = {opt for p in COMMANDS[name].params for opt in p.opts if opt.startswith("--")}
    missing = {opt for opt in options if not any(re.search(rf"{opt}\b", r) for r in rows)}
    assert not missing, f"`narcokg {name}` options missing from the README's tour: {missing}"


def test_global_options_are_in_the_tour() -> None:
    tour = section(README, "A tour of the command line")
    options = {opt for p in get_command(app).params for opt in p.opts if opt.startswith("--")}
    assert options and all(f"narcokg {opt}" in tour for opt in options)


def test_readme_names_every_debian_package_the_tests_install() -> None:
    listed = (ROOT / "requirements" / "debian.txt").read_text(encoding="utf-8")
    packages = [line.split("#")[0].strip() for line in listed.splitlines()]
    text = section(README, "Two commands")
    missing = [p for p in packages if p and f"`{p}`" not in text]
    assert not missing, f"the README's test command text does not name {missing}"


def test_readme_query_row_lists_the_formats_help_lists() -> None:
    from narcokg.queries.results import GRAPH_FORMATS, SELECT_FORMATS

    tour = section(README, "A tour of the command line")
    row = next(line for line in tour.splitlines() if line.startswith("| `narcokg query "))
    named = set(re.findall(r"\b(?:table|csv|tsv|json|turtle|ntriples|jsonld|xml)\b", row))
    assert named == set(SELECT_FORMATS + GRAPH_FORMATS)
