"""Finding the external tools the tests drive."""

from __future__ import annotations

import os
import shutil

import pytest


def need(tool: str) -> str:
    """The tool's path; a skip locally when it is missing, a failure when CI is set."""
    path = shutil.which(tool)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{tool} is missing in CI: scripts/test.sh installs it")
        pytest.skip(f"{tool} is not installed (Debian: raptor2-utils, rasqal-utils, chromium)")
    return path
