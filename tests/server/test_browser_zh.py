"""Chinese in the browser: a linked-data page of the bilingual workspace highlights a Chinese span,
and its glyphs are drawn by a CJK font (Debian fonts-noto-cjk), not left blank or as boxes."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from tests.server.conftest import ROOT, Server, start_server, stop_server
from tests.server.test_browser import page  # noqa: F401  (the Chromium page fixture)

MEASUREMENT = "/id/measurement/mps-2024-01-31-anti-drug-2023-zh/national-cases-cracked"


@pytest.fixture(scope="module")
def bilingual(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    target = tmp_path_factory.mktemp("zh") / "bilingual"
    shutil.copytree(
        ROOT / "examples" / "bilingual", target, ignore=shutil.ignore_patterns("narcokg.ttl")
    )
    build = [sys.executable, "-m", "narcokg", "--project", str(target), "build"]
    subprocess.run(build, check=True, capture_output=True, cwd=ROOT, timeout=300)
    running = start_server(target.parent / "serve.log", project=target)
    yield running
    stop_server(running)


def test_chinese_span_is_highlighted_and_drawn(bilingual: Server, page: Any) -> None:  # noqa: F811
    page.goto(bilingual.url + MEASUREMENT)
    mark = page.locator("blockquote.sentence mark")
    assert mark.count() == 1
    assert mark.inner_text() == "4.2万余起"
    drawn = mark.screenshot()
    mark.evaluate("m => { m.dataset.text = m.textContent; m.style.color = 'transparent'; }")
    blank = mark.screenshot()
    # the same number of missing-glyph boxes (a private-use character has no glyph)
    mark.evaluate("m => { m.style.color = ''; m.textContent = '\\ue000'.repeat(6); }")
    boxes = mark.screenshot()
    mark.evaluate("m => { m.textContent = '\\ue001'.repeat(6); }")
    other_boxes = mark.screenshot()
    mark.evaluate("m => { m.textContent = m.dataset.text; }")
    assert boxes == other_boxes, "missing glyphs must look alike for the comparison to mean much"
    assert drawn != blank, "the highlighted Chinese text draws nothing"
    assert drawn != boxes, "the Chinese characters are drawn as missing-glyph boxes"


def test_page_declares_utf8_and_keeps_the_characters(bilingual: Server) -> None:
    response = bilingual.get(MEASUREMENT, headers={"Accept": "text/html"})
    assert "charset=utf-8" in response.headers["content-type"].lower()
    assert "4.2万余起" in response.content.decode("utf-8")


def test_region_page_is_titled_in_english_and_shows_its_chinese_name(bilingual: Server) -> None:
    html = bilingual.get("/id/region/yunnan", headers={"Accept": "text/html"}).text
    assert re.search(r"<h1[^>]*>\s*Yunnan\s*</h1>", html), html[:500]
    assert "云南" in html
