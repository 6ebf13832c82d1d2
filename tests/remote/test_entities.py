"""A name that matches no entity is the same error on a remote endpoint as embedded."""

from __future__ import annotations

import subprocess
import sys

from .conftest import Server


def test_unknown_region_on_an_endpoint_lists_the_closest_names(loaded_oxigraph: Server) -> None:
    command = [sys.executable, "-m", "narcokg", "query", "operations-in-region", "-p",
               "region=Hunann"]  # fmt: skip
    local = subprocess.run(command, capture_output=True, text=True, check=False)
    remote = subprocess.run([*command, "--endpoint", loaded_oxigraph.query], capture_output=True,
                            text=True, check=False)  # fmt: skip
    assert local.returncode == remote.returncode == 2
    assert remote.stderr == local.stderr
    assert "no region is called 'Hunann'; closest names: Hunan" in remote.stderr
