"""A one-line progress display for long builds, on a terminal only (never in pipes or logs)."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class TerminalProgress:
    """Rewrites one stderr line at most every ``interval`` seconds; silent when not a terminal."""

    def __init__(self, stream: TextIO | None = None, interval: float = 0.2) -> None:
        self._stream = stream or sys.stderr
        self._enabled = self._stream.isatty()
        self._interval = interval
        self._shown = float("-inf")
        self._dirty = False

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if not self._enabled or (done < total and now - self._shown < self._interval):
            return
        self._shown = now
        self._stream.write(f"\r{stage}: {done}/{total}\x1b[K")
        self._stream.flush()
        self._dirty = True

    def close(self) -> None:
        """End the progress line so that later output starts on a fresh one."""
        if self._dirty:
            self._stream.write("\r\x1b[K")
            self._stream.flush()
