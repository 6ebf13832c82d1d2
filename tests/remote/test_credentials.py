"""Credentials come from the environment (never the command line) and are sent correctly; a
store's refusal is quoted. The loopback server checks the Authorization header it receives."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys

import pytest

from narcokg.errors import EndpointError, InputError
from narcokg.publish.push import make_chunks, read_triples
from narcokg.queries.credentials import Credentials, credentials_from_env
from narcokg.queries.remote import RemoteEngine

from .conftest import GRAPH, FakeServer, Reply

JSON = {"Content-Type": "application/sparql-results+json"}
EMPTY = json.dumps({"head": {"vars": ["s"]}, "results": {"bindings": []}}).encode()


def run_cli(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("NARCOKG_STORE_")}
    return subprocess.run([sys.executable, "-m", "narcokg", *args], capture_output=True,
                          text=True, env={**clean, **env}, stdin=subprocess.DEVNULL)  # fmt: skip


def chunks_of(size: int) -> int:
    """How many requests pushing the shipped graph in chunks of ``size`` triples takes."""
    return len(make_chunks(read_triples([GRAPH]), size))


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def test_push_sends_basic_credentials_from_the_environment(fake: FakeServer) -> None:
    password = "s3cret:with colon é"
    fake.required_auth = basic("loader", password)
    done = run_cli("push", "--store", fake.url + "/store", "--chunk-size", "500",
                   NARCOKG_STORE_USER="loader", NARCOKG_STORE_PASSWORD=password)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert chunks_of(500) >= 3  # the shipped graph needs a PUT and several POSTs
    assert [r.method for r in fake.seen] == ["PUT"] + ["POST"] * (chunks_of(500) - 1)
    assert all(r.headers["Authorization"] == fake.required_auth for r in fake.seen)
    assert all(r.headers["Content-Type"] == "application/n-triples" for r in fake.seen)
    assert fake.seen[0].path == "/store?default"


def test_push_sends_a_bearer_token(fake: FakeServer) -> None:
    fake.required_auth = "Bearer tok-123"
    done = run_cli("push", "--store", fake.url + "/store", "--graph", "https://example.org/g",
                   NARCOKG_STORE_TOKEN="tok-123")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert fake.seen[0].path == "/store?graph=https%3A%2F%2Fexample.org%2Fg"


def test_push_without_credentials_says_how_to_give_them(fake: FakeServer) -> None:
    fake.required_auth = "Bearer tok-123"
    done = run_cli("push", "--store", fake.url + "/store")
    assert done.returncode == 2
    assert "HTTP 401" in done.stderr
    assert "who are you" in done.stderr
    assert "NARCOKG_STORE_TOKEN" in done.stderr


def test_wrong_credentials_are_refused(fake: FakeServer) -> None:
    fake.required_auth = basic("loader", "right")
    done = run_cli("push", "--store", fake.url, NARCOKG_STORE_USER="loader",
                   NARCOKG_STORE_PASSWORD="wrong")  # fmt: skip
    assert done.returncode == 2
    assert "HTTP 401" in done.stderr
    assert "wrong" not in done.stderr


def test_a_store_refusal_is_quoted(fake: FakeServer) -> None:
    fake.reply = Reply(403, {"Content-Type": "text/plain"}, b"SPARQL_UPDATE not granted to user")
    done = run_cli("push", "--store", fake.url + "/store")
    assert done.returncode == 2
    assert "HTTP 403 Forbidden to PUT" in done.stderr
    assert "SPARQL_UPDATE not granted to user" in done.stderr


def test_a_failure_after_the_first_chunk_says_the_graph_is_partial(fake: FakeServer) -> None:
    fake.replies = [Reply(204), Reply(500, {}, b"disk full")]
    done = run_cli("push", "--store", fake.url, "--chunk-size", "500")
    assert done.returncode == 2
    total = chunks_of(500)
    assert f"chunk 2 of {total}" in done.stderr
    assert "disk full" in done.stderr
    assert f"holds only the first 1 of {total} chunks: push again" in done.stderr


def test_queries_send_basic_credentials(fake: FakeServer) -> None:
    fake.required_auth = basic("reader", "pw")
    fake.reply = Reply(200, JSON, EMPTY)
    RemoteEngine(fake.url, credentials=Credentials("basic", "reader", "pw")).run("SELECT ?s {}")
    assert fake.seen[-1].headers["Authorization"] == fake.required_auth


def test_queries_send_the_token_from_the_environment(fake: FakeServer) -> None:
    fake.required_auth = "Bearer tok-9"
    fake.reply = Reply(200, JSON, EMPTY)
    done = run_cli("sparql", "SELECT ?s {}", "--endpoint", fake.url, "--format", "csv",
                   NARCOKG_STORE_TOKEN="tok-9")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout == "s\n"  # text mode reads the CSV line end as \n


def test_a_query_refused_for_credentials_says_how_to_give_them(fake: FakeServer) -> None:
    fake.required_auth = "Bearer tok-9"
    with pytest.raises(EndpointError, match=r"HTTP 401 .*NARCOKG_STORE_TOKEN"):
        RemoteEngine(fake.url).run("SELECT ?s {}")


def test_a_user_without_password_is_asked() -> None:
    asked: list[str] = []
    found = credentials_from_env({"NARCOKG_STORE_USER": "u"}, lambda p: asked.append(p) or "pw")
    assert found == Credentials("basic", "u", "pw")
    assert asked == ["password for u: "]
    assert found.secret == "pw"
    assert "pw" not in repr(found)


def test_digest_is_chosen_by_the_environment() -> None:
    env = {
        "NARCOKG_STORE_USER": "dba",
        "NARCOKG_STORE_PASSWORD": "x",
        "NARCOKG_STORE_AUTH": "Digest",
    }
    assert credentials_from_env(env) == Credentials("digest", "dba", "x")
    with pytest.raises(InputError, match="basic or digest"):
        credentials_from_env({**env, "NARCOKG_STORE_AUTH": "ntlm"})


def test_no_password_option_exists() -> None:
    done = run_cli("push", "--help")
    assert "--password" not in done.stdout
    assert "NARCOKG_STORE_PASSWORD" in done.stdout
