// #/add — add an article: paste text or choose an .html/.txt file, "Read claims" shows the claims
// highlighted in the text at once (POST api/extract, nothing stored), "Store article" keeps it
// (POST api/articles) and links to its page and incident. A write answered 401 asks for the
// server's token.
import { ApiError, api, type Upload } from "../api.js";
import type { Message } from "../api-types.js";
import { articleTextHtml, wireArticleText } from "../article-text.js";
import { articleClaimsTable } from "../claims-table.js";
import { esc, num } from "../format.js";
import type { PageContext } from "../page.js";
import { href, type Route } from "../router.js";
import { tallyTable } from "../tally-table.js";
import { TokenField } from "../token-field.js";
import { byId, clearError, isAbort, setReady, showError } from "../ui.js";

const HTML_FILE = /\.(html?|xhtml)$/i;

function messagesHtml(messages: readonly Message[]): string {
  if (!messages.length) return "";
  return `<ul class="messages">${messages
    .map(
      (m) =>
        `<li class="msg-${esc(m.severity)}"><strong>${esc(m.severity === "error" ? "Error" : m.severity === "warning" ? "Warning" : "Note")} ${esc(m.code)}:</strong> ${esc(m.message)}</li>`,
    )
    .join("")}</ul>`;
}

export async function renderAdd(ctx: PageContext<Extract<Route, { page: "add" }>>): Promise<void> {
  const { root, signal } = ctx;
  document.title = "Add an article · Tally";
  root.innerHTML = `
    <p class="breadcrumb"><a href="#/">Incidents</a> › Add an article</p>
    <h1>Add an article</h1>
    <p>Paste a report or choose a saved page; <strong>Read claims</strong> shows what Tally reads in it without
      storing anything, <strong>Store article</strong> keeps it and links it to an incident.</p>
    <form id="add-form" class="add-form" novalidate>
      <div class="field">
        <label for="add-text">Article text</label>
        <textarea id="add-text" name="text" rows="12" spellcheck="false" aria-describedby="add-text-hint"></textarea>
        <p id="add-text-hint" class="hint">Plain text; paragraphs separated by blank lines. HTML is read as a page.</p>
      </div>
      <div class="field">
        <label for="add-file">Or read a file (.html, .htm, .txt)</label>
        <input id="add-file" name="file" type="file" accept=".html,.htm,.txt,.text,text/html,text/plain" aria-describedby="add-file-status">
        <p id="add-file-status" class="hint" aria-live="polite"></p>
        <button type="button" id="add-file-clear" hidden>Remove the file</button>
      </div>
      <fieldset class="meta-fields">
        <legend>About the article (optional)</legend>
        <div class="field"><label for="add-published">Published</label>
          <input id="add-published" name="published" type="date" aria-describedby="add-published-hint">
          <p id="add-published-hint" class="hint">Resolves “on Tuesday”, “yesterday”.</p></div>
        <div class="field"><label for="add-title">Title</label><input id="add-title" name="title" type="text" maxlength="500"></div>
        <div class="field"><label for="add-outlet">Outlet</label><input id="add-outlet" name="outlet" type="text" maxlength="200"></div>
        <div class="field"><label for="add-url">Address (URL)</label><input id="add-url" name="url" type="url" maxlength="2000" placeholder="https://…"></div>
      </fieldset>
      <div class="field" id="token-field" hidden>
        <label for="add-token">Access token</label>
        <input id="add-token" name="token" type="password" autocomplete="off" aria-describedby="add-token-hint">
        <p id="add-token-hint" class="hint">This server asks for a token to read and store articles (the one <code>tally serve</code> printed).</p>
      </div>
      <div class="actions">
        <button type="submit" id="read-claims">Read claims</button>
        <button type="button" id="store-article">Store article</button>
        <span id="add-status" class="status" aria-live="polite"></span>
      </div>
    </form>
    <section id="add-stored" aria-live="polite"></section>
    <section id="add-result" aria-labelledby="h-result" hidden>
      <h2 id="h-result">Claims read</h2>
      <div id="add-result-body"></div>
    </section>`;

  const form = byId<HTMLFormElement>(root, "#add-form");
  const textArea = byId<HTMLTextAreaElement>(root, "#add-text");
  const fileInput = byId<HTMLInputElement>(root, "#add-file");
  const fileStatus = byId(root, "#add-file-status");
  const fileClear = byId<HTMLButtonElement>(root, "#add-file-clear");
  const token = new TokenField(byId(root, "#token-field"), byId<HTMLInputElement>(root, "#add-token"));
  const status = byId(root, "#add-status");
  const stored = byId(root, "#add-stored");
  const result = byId(root, "#add-result");
  const resultBody = byId(root, "#add-result-body");
  const buttons = [
    byId<HTMLButtonElement>(root, "#read-claims"),
    byId<HTMLButtonElement>(root, "#store-article"),
  ];
  let page: File | null = null;

  token.askServer(signal);

  fileInput.addEventListener("change", async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    const content = await file.text();
    if (HTML_FILE.test(file.name) || /^\s*<(!doctype|html|head|body)/i.test(content)) {
      // A page named otherwise (.txt) is still sent as a page.
      page = HTML_FILE.test(file.name) ? file : new File([file], `${file.name}.html`, { type: "text/html" });
      fileStatus.textContent = `${file.name}: an HTML page; its main text will be read (the text box is not used while a page is chosen).`;
      fileClear.hidden = false;
    } else {
      page = null;
      textArea.value = content;
      fileStatus.textContent = `${file.name}: its text is in the box above.`;
      fileClear.hidden = true;
    }
  });
  fileClear.addEventListener("click", () => {
    page = null;
    fileInput.value = "";
    fileStatus.textContent = "The page was removed; the text box is read.";
    fileClear.hidden = true;
    fileInput.focus();
  });

  const upload = (): Upload | null => {
    const data = new FormData(form);
    const field = (k: string) => String(data.get(k) ?? "").trim() || undefined;
    const meta = {
      published: field("published"),
      title: field("title"),
      outlet: field("outlet"),
      url: field("url"),
    };
    if (page) return { kind: "html", file: page, ...meta };
    const text = textArea.value;
    if (!text.trim()) return null;
    return { kind: "text", body: text, ...meta };
  };

  const busy = (on: boolean, what = "") => {
    buttons.forEach((b) => (b.disabled = on));
    status.textContent = what;
    if (on) setReady(null);
    else setReady("add");
  };

  const run = async (action: "read" | "store") => {
    clearError();
    const body = upload();
    if (!body) {
      showError(new ApiError(400, "EMPTY", "Paste the article's text or choose a file first."));
      textArea.focus();
      return;
    }
    token.keepTyped();
    busy(true, action === "read" ? "Reading claims…" : "Storing the article…");
    try {
      if (action === "read") {
        const r = await api.extract(body, signal);
        const view = articleTextHtml(r.text, r.claims, "add");
        // A new box each time, so the tooltips and buttons are wired once, to these claims.
        const box = document.createElement("div");
        box.innerHTML = `${messagesHtml(r.messages)}
          <p>${num(r.claims.length)} claim${r.claims.length === 1 ? "" : "s"} read${r.title ? ` in “${esc(r.title)}”` : ""}. <span id="add-note">Nothing is stored yet.</span></p>
          ${view.html}
          ${articleClaimsTable(r.claims, view.colours, `Claims read (${num(r.claims.length)})`)}
          ${tallyTable(r.tally, "Tally of this article alone")}`;
        resultBody.replaceChildren(box);
        result.hidden = false;
        wireArticleText(box, r.claims, view.colours);
        busy(false, `${num(r.claims.length)} claims read.`);
      } else {
        const r = await api.store(body, signal);
        const incidents = r.incidents.length
          ? `<p>Incident${r.incidents.length === 1 ? "" : "s"}: ${r.incidents
              .map((i) => `<a href="${esc(href.incident(i.id))}" class="incident-link">${esc(i.title)}</a>`)
              .join(", ")}</p>`
          : `<p class="muted">No incident: the article has no claims to link.</p>`;
        stored.innerHTML = `<div class="panel stored">
          <h2>${r.created ? "Stored" : "Already stored"}</h2>
          <p>${r.created ? "The article was stored" : "The same text was stored before"} with ${num(r.claims.length)} claim${r.claims.length === 1 ? "" : "s"}:
            <a href="${esc(href.article(r.article.id))}" id="stored-article-link">${esc(r.article.title ?? r.article.id)}</a>.</p>
          ${incidents}${messagesHtml(r.messages)}</div>`;
        const note = root.querySelector("#add-note");
        if (note) note.textContent = "The article is stored (see above).";
        busy(false, r.created ? "Stored." : "Already stored.");
        byId(stored, "#stored-article-link").focus();
      }
    } catch (e) {
      if (isAbort(e) || signal.aborted) return;
      busy(false, "");
      if (!token.refused(e)) showError(e);
    }
  };

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    void run("read");
  });
  byId(root, "#store-article").addEventListener("click", () => void run("store"));
  setReady("add");
}
