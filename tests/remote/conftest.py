"""Real servers for the remote tests: Oxigraph (twice: normal, and with a 1 s timeout), a loopback
server that imitates Virtuoso's headers and other faults, and Virtuoso itself when installed.

Nothing is installed at run time: ``oxigraph`` comes with the ``test`` extra (``pip install
oxigraph``); Virtuoso is Debian's ``virtuoso-opensource`` package (tests skip without it).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GRAPH = ROOT / "graph" / "narcokg.ttl"
STARTUP_SECONDS = 30.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass(frozen=True)
class Server:
    """A running SPARQL server: its query endpoint and its Graph Store Protocol endpoint."""

    base: str
    query: str
    store: str


def wait_until_ready(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the server exited with {process.returncode}: {log.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            time.sleep(0.1)
    pytest.fail(f"the server did not answer {url} within {STARTUP_SECONDS:g} s")


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def start_oxigraph(folder: Path, *extra: str) -> tuple[subprocess.Popen[bytes], Server]:
    port = free_port()
    log = folder / "server.log"
    command = ["oxigraph", "serve", "--location", str(folder / "db"),
               "--bind", f"127.0.0.1:{port}", *extra]  # fmt: skip
    with log.open("wb") as output:  # the child keeps its own copy of the descriptor
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    wait_until_ready(f"{base}/query?query=ASK%7B%7D", process, log)
    return process, Server(base, f"{base}/query", f"{base}/store")


@pytest.fixture(scope="session")
def oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """An Oxigraph server on a free port, empty, for the whole session."""
    if shutil.which("oxigraph") is None:
        pytest.fail("the oxigraph server is missing: pip install -e '.[test]'")
    process, server = start_oxigraph(tmp_path_factory.mktemp("oxigraph"))
    yield server
    stop(process)


@pytest.fixture(scope="session")
def loaded_oxigraph(oxigraph: Server) -> Server:
    """The Oxigraph server holding the built graph in its default graph (pushed by narcokg)."""
    from narcokg.publish.push import push_triples, read_triples

    push_triples(read_triples([GRAPH]), oxigraph.store, chunk_size=400)
    return oxigraph


@pytest.fixture(scope="session")
def slow_oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """An Oxigraph server with a 1 s query timeout, holding 3,000 generated triples."""
    import pyoxigraph as ox

    from narcokg.publish.push import push_triples

    process, server = start_oxigraph(tmp_path_factory.mktemp("slow"), "--timeout-s", "1")
    node = ox.NamedNode
    triples = [ox.Triple(node(f"https://example.org/s{i}"), node("https://example.org/p"),
                         ox.Literal(str(i))) for i in range(3000)]  # fmt: skip
    push_triples(triples, server.store)
    yield server
    stop(process)


@dataclass
class Reply:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    #: Announce this many more bytes than are sent, then close: a connection cut mid-answer.
    short_by: int = 0
    #: Wait this long before answering.
    delay: float = 0.0


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class FakeServer:
    """A loopback HTTP server answering every request with ``reply``; it records the requests."""

    def __init__(self) -> None:
        self.reply = Reply()
        self.replies: list[Reply] = []  # when set, one per request, in order
        self.seen: list[Seen] = []
        self.required_auth: str | None = None
        self._http = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self._http.server_address[1]}"
        threading.Thread(target=self._http.serve_forever, daemon=True).start()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                fake.seen.append(Seen(self.command, self.path, dict(self.headers), body))
                reply = fake.replies.pop(0) if fake.replies else fake.reply
                time.sleep(reply.delay)
                if fake.required_auth and self.headers.get("Authorization") != fake.required_auth:
                    reply = Reply(
                        401, {"WWW-Authenticate": 'Basic realm="narcokg"'}, b"who are you"
                    )
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(reply.body) + reply.short_by))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(reply.body)

            do_GET = do_POST = do_PUT = _any

            def log_message(self, *args: object) -> None:
                pass

        return Handler

    def close(self) -> None:
        self._http.shutdown()
        self._http.server_close()


@pytest.fixture
def fake() -> Iterator[FakeServer]:
    server = FakeServer()
    yield server
    server.close()


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
[Parameters]
ServerPort = {sql_port}
DisableUnixSocket = 1
CheckpointInterval = 0
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = ., {dir}
[HTTPServer]
ServerPort = {http_port}
ServerRoot = {dir}
ServerThreads = 4
[SPARQL]
ResultSetMaxRows = {max_rows}
MaxQueryExecutionTime = 60
"""
#: Virtuoso's cap in the test server: above every stored query's answer and the built graph.
VIRTUOSO_MAX_ROWS = 5000


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Debian's Virtuoso 7 (``virtuoso-opensource``) on free ports, in a fresh database.

    Its Graph Store Protocol endpoint with authentication is ``/sparql-graph-crud-auth`` (HTTP
    digest; a fresh database's administrator is dba/dba)."""
    binary = shutil.which("virtuoso-t")
    if binary is None:
        pytest.skip("Virtuoso is not installed (apt-get install virtuoso-opensource)")
    folder = tmp_path_factory.mktemp("virtuoso")
    http_port, sql_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(dir=folder, sql_port=sql_port, http_port=http_port,
                                       max_rows=VIRTUOSO_MAX_ROWS))  # fmt: skip
    log = folder / "server.log"
    with log.open("wb") as output:
        process = subprocess.Popen([binary, "+foreground", "+configfile", str(ini)],
                                   stdout=output, stderr=subprocess.STDOUT, cwd=folder)  # fmt: skip
    base = f"http://127.0.0.1:{http_port}"
    try:
        wait_until_ready(f"{base}/sparql?query=ASK%7B%7D", process, log)
        yield Server(base, f"{base}/sparql", f"{base}/sparql-graph-crud-auth")
    finally:
        stop(process)
