// Entry point of the CodeMirror bundle (built into vendor/editor.js by `make static`): upgrades the
// query text area to a SPARQL editor and keeps the text area's value in sync, so query-editor.js
// reads and writes the text area alone.
import { basicSetup, EditorView } from "codemirror";
import { keymap } from "@codemirror/view";
import { StreamLanguage } from "@codemirror/language";
import { sparql } from "@codemirror/legacy-modes/mode/sparql";

function upgrade() {
  const textarea = document.getElementById("query");
  if (!textarea) return;
  const form = textarea.form;
  const view = new EditorView({
    doc: textarea.value,
    extensions: [
      keymap.of([{ key: "Mod-Enter", run: () => { form.requestSubmit(); return true; } }]),
      basicSetup,
      StreamLanguage.define(sparql),
      EditorView.lineWrapping,
      EditorView.updateListener.of((update) => {
        if (update.docChanged) textarea.value = update.state.doc.toString();
      }),
    ],
  });
  textarea.addEventListener("kg-replace", () => {
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: textarea.value } });
  });
  textarea.hidden = true;
  textarea.insertAdjacentElement("afterend", view.dom);
  view.dom.classList.add("kg-codemirror");
  window.kgEditor = view;  // for tests and the console
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", upgrade);
} else {
  upgrade();
}
