"""A bounded cache of encoded answers, for a graph that cannot change under the server.

The graph a server answers from is read-only, so the answer to the same query text in the same
format from the same graph is the same bytes. The cache keeps answers keyed by the *identity of
the graph the workers hold* (the SHA-256 of the Turtle each worker loaded, which the worker
reports when it starts), the exact query text, the format and the row limit:

- a worker that restarts (after a timeout) on a rebuilt graph reports another identity; until
  every worker holds the same graph again nothing is served from the cache or put in it, and
  answers of the old graph are never served for the new one (their key names the old graph);
- only successful answers are kept (errors, timeouts and refusals are decided again each time);
- the cache is bounded by the total size of its answers (least recently used out first), and an
  answer larger than an eighth of the bound is not kept.

``--result-cache-mb 0`` turns it off (docs/server.md).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Generic, Protocol, TypeVar

CacheKey = tuple[str, str, str, int]


class _Encoded(Protocol):
    @property
    def body(self) -> bytes: ...


Answer = TypeVar("Answer", bound=_Encoded)


class ResultCache(Generic[Answer]):
    """Encoded answers (:class:`.worker.Answer`) by (graph identity, query text, format, row
    limit), at most ``limit`` bytes of answer bodies and query texts in all."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.size = 0
        self.hits = 0
        self.misses = 0
        self._entries: OrderedDict[CacheKey, Answer] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    @staticmethod
    def _cost(key: CacheKey, answer: Answer) -> int:
        return len(answer.body) + len(key[1]) + 200  # the text is held too; 200: overheads

    def get(self, key: CacheKey) -> Answer | None:
        answer = self._entries.get(key)
        if answer is None:
            self.misses += 1
            return None
        self._entries.move_to_end(key)
        self.hits += 1
        return answer

    def put(self, key: CacheKey, answer: Answer) -> None:
        cost = self._cost(key, answer)
        if cost > self.limit // 8 or key in self._entries:
            return
        self._entries[key] = answer
        self.size += cost
        while self.size > self.limit:
            old_key, old = self._entries.popitem(last=False)
            self.size -= self._cost(old_key, old)

    def clear(self) -> None:
        self._entries.clear()
        self.size = 0
