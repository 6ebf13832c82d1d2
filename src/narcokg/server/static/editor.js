// The SPARQL editor: run the query with fetch, show a table, keep download links current.
"use strict";
(function () {
  const form = document.getElementById("editor");
  const query = document.getElementById("query");
  const output = document.getElementById("output");
  const status = document.getElementById("status");

  function localLink(iri) {
    const base = form.dataset.base || "https://w3id.org/narcokg/";
    if (iri.startsWith(base + "id/") || iri.startsWith(base + "concept/")) {
      return "/" + iri.slice(base.length);
    }
    return iri;
  }

  function cell(term) {
    const td = document.createElement("td");
    if (!term) return td;
    if (term.type === "uri") {
      const a = document.createElement("a");
      a.href = localLink(term.value);
      a.textContent = term.value;
      td.appendChild(a);
    } else {
      td.textContent = term.value;
    }
    return td;
  }

  function table(data) {
    const t = document.createElement("table");
    t.className = "results";
    if (typeof data.boolean === "boolean") {
      t.innerHTML = "<thead><tr><th>answer</th></tr></thead>";
      const row = t.insertRow();
      row.insertCell().textContent = String(data.boolean);
      return t;
    }
    const head = t.createTHead().insertRow();
    for (const v of data.head.vars) {
      const th = document.createElement("th");
      th.textContent = v;
      head.appendChild(th);
    }
    const body = t.createTBody();
    for (const b of data.results.bindings) {
      const row = body.insertRow();
      for (const v of data.head.vars) row.appendChild(cell(b[v]));
    }
    return t;
  }

  function updateDownloads() {
    for (const a of document.querySelectorAll("a.download")) {
      const params = new URLSearchParams({ query: query.value, format: a.dataset.format });
      a.href = "/sparql?" + params.toString();
    }
  }

  async function run(event) {
    event.preventDefault();
    status.textContent = "running…";
    output.textContent = "";
    const started = performance.now();
    const response = await fetch("/sparql", {
      method: "POST",
      headers: {
        "Content-Type": "application/sparql-query",
        Accept: "application/sparql-results+json, text/turtle;q=0.9",
      },
      body: query.value,
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const type = response.headers.get("Content-Type") || "";
    if (!response.ok) {
      status.textContent = "error " + response.status;
      const pre = document.createElement("pre");
      pre.className = "error";
      pre.textContent = await response.text();
      output.appendChild(pre);
    } else if (type.startsWith("application/sparql-results+json")) {
      const data = await response.json();
      const rows = data.results ? data.results.bindings.length : 1;
      status.textContent = rows + " row(s) in " + seconds + " s";
      output.appendChild(table(data));
    } else {
      status.textContent = "graph in " + seconds + " s";
      const pre = document.createElement("pre");
      pre.textContent = await response.text();
      output.appendChild(pre);
    }
  }

  query.addEventListener("input", updateDownloads);
  form.addEventListener("submit", run);
  updateDownloads();
})();
