"""The pages in real headless Chromium (Debian's), driven by Playwright.

A user opens the home page, runs operations-in-region for Hunan from its form, sees the hunting
operations, opens one, follows a measurement and sees its source span highlighted.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.server.conftest import Server

CHROMIUM = os.environ.get("NARCOKG_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    if not Path(CHROMIUM).is_file() and shutil.which("chromium") is None:
        if os.environ.get("CI"):
            pytest.fail(f"Chromium is missing in CI ({CHROMIUM}): scripts/test.sh installs it")
        pytest.skip(f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, headless=True, args=ARGS
        )
        try:
            yield context.new_page()
        finally:
            context.close()


def test_hunan_from_the_home_page_to_the_highlighted_span(server: Server, page: Any) -> None:
    page.goto(server.url + "/")
    form = page.locator("#form-operations-in-region")
    form.locator("input[name=region]").fill("Hunan")
    form.locator("button[type=submit]").click()
    page.wait_for_url("**/queries/operations-in-region?region=Hunan")
    link = page.get_by_role("link", name='"Hunting" operations')
    assert link.count() >= 1
    link.first.click()
    page.wait_for_url("**/id/operation/hunting-operations-2023")
    assert page.locator("h1").inner_text() == '"Hunting" operations'
    measurement = page.locator("ul.referrers a", has_text="drugs seized").first
    measurement.click()
    mark = page.locator("blockquote.sentence mark")
    assert mark.count() == 1
    evidence = server.get("/queries/evidence", params={"measurement": "hunting-drugs-seized"})
    figure = evidence.json()["results"]["bindings"][0]["figure"]["value"]
    assert mark.inner_text() == figure == "7 drugs of various types8 tons"
    assert page.locator(".repair").is_visible()


def test_editor_runs_a_query_and_shows_a_table(server: Server, page: Any) -> None:
    page.goto(server.url + "/editor")
    page.fill(
        "#query",
        "SELECT ?label WHERE { <https://w3id.org/narcokg/id/region/hubei> "
        "<http://www.w3.org/2000/01/rdf-schema#label> ?label FILTER(LANG(?label) = 'en') }",
    )
    page.click("#run")
    page.wait_for_selector("#output table.results")
    assert page.locator("#output td").first.inner_text() == "Hubei"
    href = page.locator("a.download[data-format=csv]").get_attribute("href")
    assert href is not None and href.startswith("/sparql?") and "format=csv" in href


def test_chart_draws_a_bar_per_measurement(server: Server, page: Any) -> None:
    page.goto(server.url + "/chart")
    assert page.locator("svg.chart").count() >= 2
    assert page.locator("svg.chart rect.bar").count() == 14
    assert page.locator("svg.chart rect.bar.open").count() >= 1


def test_nothing_loads_from_elsewhere(server: Server, page: Any) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    for path in ("/", "/editor", "/chart", "/id/region/hunan"):
        page.goto(server.url + path)
    assert requested and all(url.startswith(server.url) for url in requested)
