"""How much start-up each typer version costs a one-query command, against `import rdflib`.

    python benchmarks/typer_startup.py [--versions 0.19.2,0.21.2,0.24.0,0.29.2] [--runs 15]

For each version it makes a virtual environment (in a temporary folder) with that typer and
pyoxigraph, and times, interleaved, whole processes of: `python -c pass`, a bare typer command that
runs one pyoxigraph query, and (in this environment) `python -c "import rdflib"`. It prints the
medians and the ratios to `import rdflib`, and whether typer imported pydantic or rich. This is how
narcokg chose typer <0.22 and its fast path for `narcokg query` (benchmarks/README.md).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

from run import whole_process  # benchmarks/run.py: median wall time of whole processes

COMMAND = """
import typer
app = typer.Typer(add_completion=False, pretty_exceptions_enable=False, rich_markup_mode=None)
@app.command()
def query(name: str, param: list[str] = typer.Option([], "--param")) -> None:
    import pyoxigraph
    print(len(list(pyoxigraph.Store().query("SELECT * WHERE { ?s ?p ?o }"))), name)
@app.command()
def other() -> None:
    pass
app()
"""


def make_env(folder: Path, version: str) -> Path:
    venv.EnvBuilder(with_pip=True).create(folder)
    python = folder / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", f"typer=={version}", "pyoxigraph"],
                   check=True, capture_output=True)  # fmt: skip
    return python


def heavy_imports(python: Path, script: Path) -> list[str]:
    trace = subprocess.run([str(python), "-X", "importtime", str(script), "query", "x"],
                           capture_output=True, text=True, check=True).stderr  # fmt: skip
    return sorted({name for name in ("pydantic", "rich") if f" {name}\n" in trace + "\n"})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--versions", default="0.19.2,0.21.2,0.24.0,0.29.2")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    rdflib = whole_process([sys.executable, "-c", "import rdflib"], args.runs)
    print(f"python -c 'import rdflib' (this environment): {rdflib * 1000:.0f} ms\n")
    print("| typer | `pass` (ms) | command (ms) | command / `import rdflib` | heavy imports |")
    print("|---|---:|---:|---:|---|")
    with tempfile.TemporaryDirectory() as scratch:
        script = Path(scratch) / "command.py"
        script.write_text(COMMAND, encoding="utf-8")
        for version in args.versions.split(","):
            python = make_env(Path(scratch) / version, version)
            bare = whole_process([str(python), "-c", "pass"], args.runs)
            command = whole_process([str(python), str(script), "query", "x"], args.runs)
            heavy = ", ".join(heavy_imports(python, script)) or "none"
            ratio = command / rdflib
            print(
                f"| {version} | {bare * 1000:.0f} | {command * 1000:.0f} | {ratio:.2f} | {heavy} |"
            )


if __name__ == "__main__":
    main()
