// The query editor on the home page: runs SPARQL against /sparql, shows the results as a table
// with clickable IRIs, downloads them as CSV or JSON, and shows errors inline.
// Plain JavaScript on a <textarea>, so it works without the CodeMirror bundle (vendor/editor.js),
// which only upgrades the text area and keeps it in sync.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  const section = document.getElementById("editor");
  if (!section) return;
  const form = document.getElementById("query-form");
  const textarea = document.getElementById("query");
  const results = document.getElementById("results");
  const errorBox = document.getElementById("query-error");
  const status = document.getElementById("query-status");
  const examples = JSON.parse(document.getElementById("kg-examples").textContent);
  const base = section.dataset.base;
  const ontology = section.dataset.ontology;
  const root = section.dataset.root || "";
  const endpoint = form.getAttribute("action");

  // Where a link to an IRI goes: our own pages for our IRIs and ontology terms.
  function hrefFor(iri) {
    if (iri.startsWith(base)) return root + "/" + iri.slice(base.length);
    if (iri.startsWith(ontology)) return root + "/ontology#" + iri.slice(ontology.length);
    return iri;
  }

  function shortName(iri) {
    if (iri.startsWith(base)) return iri.slice(base.length);
    if (iri.startsWith(ontology)) return "dipl:" + iri.slice(ontology.length);
    return iri;
  }

  function ask(accept) {
    return fetch(endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: accept },
      body: new URLSearchParams({ query: textarea.value }),
    });
  }

  async function failure(response) {
    let message = response.status + " " + response.statusText;
    try {
      const body = await response.json();
      if (body.message) message = body.message;
    } catch (ignored) { /* not JSON: keep the status line */ }
    return message;
  }

  function showError(message) {
    errorBox.textContent = message;
    errorBox.hidden = false;
  }

  function cell(term) {
    const td = document.createElement("td");
    if (!term) return td;
    if (term.type === "uri") {
      const a = document.createElement("a");
      a.href = hrefFor(term.value);
      a.textContent = shortName(term.value);
      a.title = term.value;
      td.appendChild(a);
    } else {
      td.textContent = term.value;
      if (term.type === "bnode") td.className = "bnode";
    }
    return td;
  }

  function table(data) {
    const tableEl = document.createElement("table");
    tableEl.className = "results";
    const head = tableEl.createTHead().insertRow();
    for (const name of data.head.vars) {
      const th = document.createElement("th");
      th.textContent = name;
      head.appendChild(th);
    }
    const body = tableEl.createTBody();
    for (const binding of data.results.bindings) {
      const row = body.insertRow();
      if (binding.statusCode) row.className = "status-" + binding.statusCode.value;
      for (const name of data.head.vars) row.appendChild(cell(binding[name]));
    }
    return tableEl;
  }

  async function run(event) {
    event.preventDefault();
    errorBox.hidden = true;
    results.replaceChildren();
    status.textContent = "Running…";
    let response;
    try {
      response = await ask("application/sparql-results+json, text/turtle;q=0.9");
    } catch (err) {
      status.textContent = "";
      showError("The server could not be reached: " + err.message);
      return;
    }
    if (!response.ok) {
      status.textContent = "";
      showError(await failure(response));
      return;
    }
    const type = response.headers.get("Content-Type") || "";
    const truncated = response.headers.get("KG-Truncated");
    if (type.includes("json")) {
      const data = await response.json();
      if ("boolean" in data) {
        const p = document.createElement("p");
        p.className = "boolean";
        p.textContent = "Answer: " + (data.boolean ? "yes" : "no");
        results.appendChild(p);
        status.textContent = "";
      } else {
        results.appendChild(table(data));
        const n = data.results.bindings.length;
        status.textContent = n + (n === 1 ? " row" : " rows") + (truncated ? " (cut at the result limit)" : "");
      }
    } else {
      const pre = document.createElement("pre");
      pre.textContent = await response.text();
      results.appendChild(pre);
      status.textContent = truncated ? "cut at the result limit" : "";
    }
  }

  async function download(accept, filename) {
    errorBox.hidden = true;
    const response = await ask(accept);
    if (!response.ok) {
      showError(await failure(response));
      return;
    }
    const link = document.createElement("a");
    link.href = URL.createObjectURL(await response.blob());
    link.download = filename;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  form.addEventListener("submit", run);
  textarea.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) form.requestSubmit();
  });
  document.getElementById("download-csv").addEventListener("click", () => download("text/csv", "results.csv"));
  document.getElementById("download-json").addEventListener("click",
    () => download("application/sparql-results+json", "results.json"));
  document.getElementById("examples").addEventListener("change", (event) => {
    const chosen = examples.find((q) => q.name === event.target.value);
    if (!chosen) return;
    textarea.value = chosen.text;
    textarea.dispatchEvent(new Event("kg-replace"));  // tells the CodeMirror view, when there is one
  });
});
