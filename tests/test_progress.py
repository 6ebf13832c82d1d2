"""Build progress shows on a terminal and nowhere else."""

from __future__ import annotations

import io

from narcokg.build.progress import TerminalProgress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_silent_in_a_pipe() -> None:
    stream = io.StringIO()
    progress = TerminalProgress(stream)
    progress("building documents", 3, 3)
    progress.close()
    assert stream.getvalue() == ""


def test_progress_shows_the_last_step_and_clears_its_line() -> None:
    stream = _Terminal()
    progress = TerminalProgress(stream, interval=3600)
    progress("building documents", 1, 3)
    progress("building documents", 2, 3)  # within the interval: not shown
    progress("building documents", 3, 3)
    progress.close()
    shown = stream.getvalue()
    assert "1/3" in shown and "2/3" not in shown and "3/3" in shown
    assert shown.endswith("\r\x1b[K")
