"""The HTTP/1.1 parser the server runs: uvicorn's httptools protocol (llhttp, Node.js's parser, in
strict mode) with a bound on the request head that uvicorn sets only for h11.

httptools cost the server process about a quarter less CPU per request than h11 and refuses more
malformed input (obs-fold, bare LF line ends, Content-Length with Transfer-Encoding, bytes outside
the grammar); the review is in docs/security.md. llhttp itself has no limit on the size of a
request line or of the headers, and uvicorn's httptools protocol accumulates them in memory, so a
client sending an endless header grew the server without bound: here a head longer than the
limit (uvicorn's ``h11_max_incomplete_event_size``, which the runner sets for both) is answered
431 and the connection closed. The event loop stays asyncio's own.
"""

from __future__ import annotations

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

#: uvicorn's default for h11, used when the config sets no limit.
DEFAULT_HEAD_BYTES = 16 * 1024


class BoundedHttpTools(HttpToolsProtocol):
    """uvicorn's httptools protocol, refusing a request head longer than the configured limit.

    Bytes are counted per chunk read while a head is incomplete (a read is at most 256 KiB), so
    the memory a head can take is bounded by the limit plus one read."""

    _head_bytes = 0
    _in_head = True

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if not self._in_head or self.transport.is_closing():
            return
        self._head_bytes += len(data)
        limit = self.config.h11_max_incomplete_event_size or DEFAULT_HEAD_BYTES
        if self._head_bytes > limit:
            self._refuse_head(limit)

    def on_message_begin(self) -> None:
        self._in_head, self._head_bytes = True, 0
        super().on_message_begin()

    def on_headers_complete(self) -> None:
        self._in_head = False
        super().on_headers_complete()

    def _refuse_head(self, limit: int) -> None:
        message = (
            f"error: the request line and headers are longer than the server's limit of "
            f"{limit} bytes\n"
        ).encode("ascii")
        self.transport.write(
            b"HTTP/1.1 431 Request Header Fields Too Large\r\n"
            b"content-type: text/plain; charset=utf-8\r\n"
            b"content-length: " + str(len(message)).encode("ascii") + b"\r\n"
            b"connection: close\r\n\r\n" + message
        )
        self.transport.close()
