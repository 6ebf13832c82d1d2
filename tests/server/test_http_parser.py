"""The HTTP parser under hostile bytes, on a raw socket: an endless head is cut off with 431,
request smuggling and obsolete syntax are refused with 400 and the connection closed, and the
server goes on answering (docs/security.md, "The HTTP parser")."""

from __future__ import annotations

import socket

import pytest

from tests.server.conftest import MAX_BYTES, Server

#: The head's limit the runner sets: the request-size limit plus room for ordinary headers.
HEAD_LIMIT = MAX_BYTES + 16384


def _connect(server: Server) -> socket.socket:
    host, port = server.url.removeprefix("http://").split(":")
    return socket.create_connection((host, int(port)), timeout=10)


def _exchange(server: Server, request: bytes) -> bytes:
    """Everything the server sends back until it closes the connection (or 3 s of silence)."""
    with _connect(server) as connection:
        connection.sendall(request)
        connection.settimeout(3)
        received = b""
        try:
            while chunk := connection.recv(65536):
                received += chunk
        except TimeoutError:
            received += b"<still open>"
    return received


def test_an_endless_header_is_cut_off_with_431(server: Server) -> None:
    sent, refused = 0, False
    with _connect(server) as connection:
        connection.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\nX-Endless: ")
        try:
            while sent < 40 * HEAD_LIMIT:  # far more than the limit: the server must stop reading
                connection.sendall(b"a" * 16384)
                sent += 16384
        except OSError:  # reset: the server closed the connection while bytes were in flight
            refused = True
        connection.settimeout(3)
        try:
            reply = connection.recv(200)
        except OSError:
            reply = b""
    assert refused or reply.startswith(b"HTTP/1.1 431"), (sent, reply)
    assert sent < 40 * HEAD_LIMIT
    assert server.get("/health").status_code == 200


def test_a_large_but_allowed_head_is_served(server: Server) -> None:
    cookie = b"c=" + b"x" * (MAX_BYTES // 2)
    head = b"GET /health HTTP/1.1\r\nHost: x\r\nCookie: " + cookie + b"\r\n"
    reply = _exchange(server, head + b"Connection: close\r\n\r\n")
    assert reply.startswith(b"HTTP/1.1 200"), reply[:200]


SMUGGLING = {
    "content-length and chunked": b"POST /sparql HTTP/1.1\r\nHost: x\r\n"
    b"Content-Type: application/sparql-query\r\nContent-Length: 4\r\n"
    b"Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
    "two content-lengths": b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n"
    b"Content-Length: 5\r\n\r\nASK{}",
    "space before the colon": b"POST /sparql HTTP/1.1\r\nHost: x\r\n"
    b"Transfer-Encoding : chunked\r\n\r\n0\r\n\r\n",
    "obs-fold": b"GET /health HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\n\r\n",
    "bare LF": b"GET /health HTTP/1.1\nHost: x\n\n",
    "control byte in a chunk extension": b"POST /sparql HTTP/1.1\r\nHost: x\r\n"
    b"Content-Type: application/sparql-query\r\nTransfer-Encoding: chunked\r\n\r\n"
    b"5;\x01\r\nASK{}\r\n0\r\n\r\n",
}


@pytest.mark.parametrize("name", SMUGGLING)
def test_ambiguous_framing_is_400_and_what_follows_is_never_answered(
    server: Server, name: str
) -> None:
    follower = b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n"  # a request hidden behind the bad one
    reply = _exchange(server, SMUGGLING[name] + follower)
    assert reply.startswith(b"HTTP/1.1 400"), reply[:200]
    assert reply.count(b"HTTP/1.1 ") == 1, reply
    assert not reply.endswith(b"<still open>")
    assert server.get("/health").status_code == 200


def test_a_response_leaves_in_one_write_head_and_body(server: Server) -> None:
    """The head is held until the body: one read on a keep-alive connection gets both (written
    apart, a read between the two writes gets the head alone now and then)."""
    with _connect(server) as connection:
        for _ in range(300):
            connection.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
            reply = connection.recv(65536)
            head, _, body = reply.partition(b"\r\n\r\n")
            assert head.startswith(b"HTTP/1.1 200") and body.startswith(b'{"status":"ok"'), reply


def test_responses_without_a_body_are_written_too(server: Server) -> None:
    """HEAD, 204 and 304 end without body bytes: their held heads still go out, in order, on a
    connection carrying several requests at once (HTTP/1.1 pipelining)."""
    etag = server.get("/download/narcokg.ttl").headers["etag"].encode()
    requests = [
        b"HEAD /health HTTP/1.1\r\nHost: x\r\n\r\n",
        b"OPTIONS /sparql HTTP/1.1\r\nHost: x\r\n\r\n",
        b"GET /download/narcokg.ttl HTTP/1.1\r\nHost: x\r\nIf-None-Match: " + etag + b"\r\n\r\n",
        b"HEAD /queries/operations-in-region?region=Hunan HTTP/1.1\r\nHost: x\r\n\r\n",
        b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    ]
    reply = _exchange(server, b"".join(requests))
    statuses = [
        line.split(b" ")[1] for line in reply.split(b"\r\n") if line.startswith(b"HTTP/1.1")
    ]
    assert statuses == [b"200", b"204", b"304", b"200", b"200"], reply
    assert reply.endswith(b"}") and b"<still open>" not in reply, reply[-80:]
