"""Credentials for a remote store, from the environment or a prompt: never from the command line.

A password given as a command-line argument lands in shell history and in ``ps`` output, so
narcokg reads credentials only from these environment variables, or asks for them:

- ``NARCOKG_STORE_TOKEN``: a bearer token (``Authorization: Bearer ...``; GraphDB, proxies).
- ``NARCOKG_STORE_USER`` and ``NARCOKG_STORE_PASSWORD``: HTTP basic authentication (Fuseki,
  GraphDB), or digest authentication when ``NARCOKG_STORE_AUTH=digest`` (Virtuoso's
  ``/sparql-graph-crud-auth``). A user without a password is asked for the password.

>>> credentials_from_env({"NARCOKG_STORE_TOKEN": "t0k"})
Credentials(scheme='bearer', user='')
>>> credentials_from_env({}) is None
True
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from narcokg.errors import InputError

Scheme = Literal["basic", "digest", "bearer"]
TOKEN_VAR = "NARCOKG_STORE_TOKEN"
USER_VAR = "NARCOKG_STORE_USER"
PASSWORD_VAR = "NARCOKG_STORE_PASSWORD"
SCHEME_VAR = "NARCOKG_STORE_AUTH"


@dataclass(frozen=True)
class Credentials:
    """How to authenticate: a bearer token, or a user and password (basic or digest)."""

    scheme: Scheme
    user: str = ""
    secret: str = field(default="", repr=False)  # never printed

    def headers(self) -> dict[str, str]:
        """Request headers for bearer tokens (basic and digest are left to the HTTP client)."""
        return {"Authorization": f"Bearer {self.secret}"} if self.scheme == "bearer" else {}


def credentials_from_env(
    environ: Mapping[str, str] | None = None,
    ask_password: Callable[[str], str] | None = None,
) -> Credentials | None:
    """The credentials the environment gives, or None; a user without a password is asked."""
    env = os.environ if environ is None else environ
    if env.get(TOKEN_VAR):
        return Credentials("bearer", secret=env[TOKEN_VAR])
    user = env.get(USER_VAR, "")
    if not user:
        if env.get(PASSWORD_VAR):
            raise InputError(f"{PASSWORD_VAR} is set but {USER_VAR} is not: set both")
        return None
    password = env.get(PASSWORD_VAR)
    if password is None:
        password = (ask_password or _getpass)(f"password for {user}: ")
    return Credentials(_user_scheme(env), user, password)


def prompt_credentials(
    ask: Callable[[str], str], ask_password: Callable[[str], str]
) -> Credentials:
    """Ask for a user and a password (after the store refused us)."""
    user = ask("user: ").strip()
    if not user:
        raise InputError(f"no user given: set {USER_VAR} and {PASSWORD_VAR}, or {TOKEN_VAR}")
    return Credentials(_user_scheme(os.environ), user, ask_password(f"password for {user}: "))


def _user_scheme(env: Mapping[str, str]) -> Scheme:
    scheme = env.get(SCHEME_VAR, "basic").lower()
    if scheme not in ("basic", "digest"):
        raise InputError(f"{SCHEME_VAR} must be basic or digest, not {scheme!r}")
    return "digest" if scheme == "digest" else "basic"


def _getpass(prompt: str) -> str:
    import getpass

    return getpass.getpass(prompt)
