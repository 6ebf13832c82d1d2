"""``narcokg.open(URL)``: the Python API on a real Oxigraph server answers as on the local graph."""

from __future__ import annotations

import narcokg

from .conftest import Server


def test_remote_rows_equal_local_rows(loaded_oxigraph: Server) -> None:
    remote = narcokg.open(loaded_oxigraph.query).query("operations-in-region", region="Hunan")
    local = narcokg.open().query("operations-in-region", region="Hunan")
    assert isinstance(remote, narcokg.Rows) and isinstance(local, narcokg.Rows)
    assert list(remote) == list(local) and len(local) == 1


def test_remote_validate(loaded_oxigraph: Server) -> None:
    assert narcokg.open(loaded_oxigraph.query).validate().conforms
