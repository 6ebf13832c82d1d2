"""The HTTP/1.1 parser the server runs: uvicorn's httptools protocol (llhttp, Node.js's parser, in
strict mode) with a bound on the request head that uvicorn sets only for h11.

httptools cost the server process about a quarter less CPU per request than h11 and refuses more
malformed input (obs-fold, bare LF line ends, Content-Length with Transfer-Encoding, bytes outside
the grammar); the review is in docs/security.md. llhttp itself has no limit on the size of a
request line or of the headers, and uvicorn's httptools protocol accumulates them in memory, so a
client sending an endless header grew the server without bound: here a head longer than the
limit (uvicorn's ``h11_max_incomplete_event_size``, which the runner sets for both) is answered
431 and the connection closed. The event loop stays asyncio's own.

Writing, not reading: a response's status line and headers are held until its first body bytes
(or its end) and leave with them in one write, so a keep-alive client is woken once per answer,
not twice (uvicorn writes the two separately).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol, RequestResponseCycle

#: uvicorn's default for h11, used when the config sets no limit.
DEFAULT_HEAD_BYTES = 16 * 1024
#: httptools parses no longer target (http_parser's offsets are 16-bit) and refuses it.
MAX_TARGET_BYTES = 65535
REASONS = {414: "URI Too Long", 431: "Request Header Fields Too Large"}


class HeadHeld:
    """A response cycle's view of the connection: its head (status line and headers) is held
    and written with the body's first bytes, or alone when the response ends without any."""

    def __init__(self, transport: Any, cycle: RequestResponseCycle) -> None:
        self._transport = transport
        self._cycle = cycle
        self._head: bytes | None = None
        self._armed = True

    def write(self, data: bytes) -> None:
        if self._armed and self._cycle.response_started and not self._cycle.response_complete:
            self._armed, self._head = False, data  # the head: wait for the body
            return
        if self._head is not None:
            data, self._head = self._head + data, None
        self._transport.write(data)

    def flush(self) -> None:
        if self._head is not None:
            self._transport.write(self._head)
            self._head = None

    def flushing(self, then: Callable[[], None]) -> Callable[[], None]:
        """``then``, after the held head is written: a response may end without body bytes
        (HEAD, 204, 304)."""

        def done() -> None:
            self.flush()
            then()

        return done

    def close(self) -> None:
        self.flush()
        self._transport.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


class BoundedHttpTools(HttpToolsProtocol):
    """uvicorn's httptools protocol, refusing a request head longer than the configured limit
    (431) and a request target longer than httptools can parse (414, not its plain 400).

    Bytes are counted per chunk read while a head is incomplete (a read is at most 256 KiB), so
    the memory a head can take is bounded by the limit plus one read."""

    _head_bytes = 0
    _in_head = True
    _refusal: tuple[int, str] | None = None

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if not self._in_head or self.transport.is_closing():
            return
        self._head_bytes += len(data)
        limit = self.config.h11_max_incomplete_event_size or DEFAULT_HEAD_BYTES
        if self._head_bytes > limit:
            self._refuse(431, f"the request line and headers are longer than the server's limit "
                         f"of {limit} bytes")  # fmt: skip

    def on_message_begin(self) -> None:
        self._in_head, self._head_bytes = True, 0
        super().on_message_begin()

    def on_headers_complete(self) -> None:
        self._in_head = False
        if len(self.url) > MAX_TARGET_BYTES:
            self._refusal = (414, f"the request target is longer than {MAX_TARGET_BYTES} bytes; "
                             "send the query by POST instead")  # fmt: skip
            raise ValueError("request target too long")  # stops the parser; answered below
        super().on_headers_complete()
        cycle = self.cycle
        held = HeadHeld(self.transport, cycle)
        cycle.transport = held  # type: ignore[assignment]
        cycle.on_response = held.flushing(cycle.on_response)

    def send_400_response(self, msg: str) -> None:
        """uvicorn's answer to a parser error, or the refusal that stopped the parser."""
        if self._refusal is None:
            super().send_400_response(msg)
            return
        status, message = self._refusal
        self._refusal = None
        self._refuse(status, message)

    def _refuse(self, status: int, message: str) -> None:
        body = f"error: {message}\n".encode("ascii")
        self.transport.write(
            f"HTTP/1.1 {status} {REASONS[status]}\r\n".encode("ascii")
            + b"content-type: text/plain; charset=utf-8\r\n"
            + b"content-length: "
            + str(len(body)).encode("ascii")
            + b"\r\n"
            + b"connection: close\r\n\r\n"
            + body
        )
        self.transport.close()
