"""Server-rendered HTML pages (Jinja2, autoescaped); a little JavaScript only in the editor.

Nothing on any page loads from the internet: styles, script and charts are served from here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
from starlette.requests import Request
from starlette.responses import HTMLResponse

from narcokg.queries.catalogue import StoredQuery
from narcokg.server.chart import bars_from_json, panels, render_svg
from narcokg.server.linked_data import EntityView, local_path
from narcokg.server.respond import run_job
from narcokg.server.state import state_of
from narcokg.server.worker import Answer

TEMPLATES = Path(__file__).resolve().parent / "templates"
INPUT_TYPES = {"integer": "number", "decimal": "number", "date": "date", "iri": "url"}
DOWNLOAD_FORMATS = (("json", "JSON"), ("csv", "CSV"), ("tsv", "TSV"), ("xml", "XML"))


@cache
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    page = (
        environment().get_template(template).render(title=state_of(request).config.title, **context)
    )
    return HTMLResponse(page, status_code=status, headers={"Vary": "Accept"})


def home_page(request: Request) -> HTMLResponse:
    """The catalogue, one form per stored query, and the downloads."""
    state = state_of(request)
    forms = [
        {"query": query, "inputs": [_input(p) for p in query.params]} for query in state.catalogue
    ]
    return render(
        request,
        "home.html",
        forms=forms,
        downloads=state.dataset.downloads.values(),
        triples=state.dataset.triple_count,
    )


def _input(param: Any) -> dict[str, Any]:
    kind = INPUT_TYPES.get(param.type, "text")
    return {
        "param": param,
        "kind": kind,
        "step": "any" if param.type == "decimal" else "1",
        "choices": ("true", "false") if param.type == "boolean" else (),
    }


def editor_page(request: Request) -> HTMLResponse:
    """The SPARQL editor; results are fetched by static/editor.js."""
    state = state_of(request)
    example = (
        state.catalogue.get("measurements").text
        if "measurements" in state.catalogue.queries
        else "SELECT * WHERE { ?s ?p ?o } LIMIT 10"
    )
    return render(
        request, "editor.html", example=example, formats=DOWNLOAD_FORMATS, config=state.config
    )


@dataclass(frozen=True)
class Cell:
    text: str
    href: str | None
    note: str


def cells_from_json(
    document: dict[str, Any], labels: dict[str, str], base: str
) -> list[list[Cell]]:
    """Rows of a SPARQL JSON answer as cells; IRIs, and labels naming one entity, become links."""
    variables = document["head"].get("vars", [])
    rows = []
    for binding in document.get("results", {}).get("bindings", []):
        row = []
        for variable in variables:
            term = binding.get(variable)
            row.append(Cell("", None, "") if term is None else _cell(term, labels, base))
        rows.append(row)
    return rows


def _cell(term: dict[str, str], labels: dict[str, str], base: str) -> Cell:
    value = term["value"]
    if term["type"] == "uri":
        return Cell(value, local_path(value, base) or value, "")
    target = labels.get(value)
    href = local_path(target, base) if target else None
    note = term.get("xml:lang") or term.get("datatype", "").rsplit("#", 1)[-1]
    return Cell(value, href, note)


def results_page(
    request: Request, query: StoredQuery, values: dict[str, str], answer: Answer
) -> HTMLResponse:
    """A stored query's answer as a table, with its form filled in and download links."""
    state = state_of(request)
    document = json.loads(answer.body)
    if "boolean" in document:
        variables, rows = ["answer"], [[Cell(str(document["boolean"]).lower(), None, "")]]
    else:
        variables = document["head"]["vars"]
        rows = cells_from_json(document, state.dataset.labels, state.config.base_iri)
    downloads = [
        (label, f"/queries/{query.name}?{urlencode({**values, 'format': fmt})}")
        for fmt, label in DOWNLOAD_FORMATS
    ]
    form = {"query": query, "inputs": [_input(p) for p in query.params]}
    return render(
        request,
        "results.html",
        form=form,
        values=values,
        variables=variables,
        rows=rows,
        downloads=downloads,
    )


def entity_page(request: Request, view: EntityView) -> HTMLResponse:
    return render(request, "entity.html", entity=view)


async def chart_page(request: Request) -> HTMLResponse:
    """Bar charts of every measurement, by unit, labelled by operation or region."""
    state = state_of(request)
    answer = await run_job(state, state.catalogue.get("measurements").text, "json")
    base = state.config.base_iri
    bars = bars_from_json(
        json.loads(answer.body), state.dataset.labels, lambda iri: local_path(iri, base)
    )
    charts = [
        (f"{unit}s" if unit != "tonne" else "tonnes seized", render_svg(unit, group))
        for unit, group in panels(bars).items()
    ]
    return render(request, "chart.html", charts=charts, count=len(bars))
