// The dashboard: a hash router over a few plain pages.
import { applyLang, lang, loadPlurals, setLang } from "./i18n.js";
import { showError } from "./api.js";
import { loadOntology } from "./ontology.js";
import { renderCountry } from "./country.js";
import { renderNetwork } from "./network.js";
import { renderEvents } from "./events.js";
import { renderEvidence } from "./evidence.js";
import { renderSearch } from "./search.js";
import { renderDocs, renderHome } from "./home.js";
// issue 14: compare, map, methods
import { renderCompare } from "./compare.js";
import { renderMap } from "./map.js";
import { renderMethods } from "./methods.js";
import { renderFacts } from "./facts.js"; // issue 14: facts with confidence and reviews

const ROUTES = [
  [/^\/$/, "home", (view) => renderHome(view)],
  [/^\/docs$/, "docs", (view, m, q) => renderDocs(view, q)],
  [/^\/country\/([^/?]+)$/, "country", (view, m, q) => renderCountry(view, decodeURIComponent(m[1]), q)],
  [/^\/network$/, "network", (view, m, q) => renderNetwork(view, q)],
  [/^\/events$/, "events", (view, m, q) => renderEvents(view, q)],
  [/^\/doc\/([^/?]+)$/, "doc", (view, m, q) => renderEvidence(view, decodeURIComponent(m[1]), q)],
  [/^\/search$/, "search", (view, m, q) => renderSearch(view, q)],
  // issue 14
  [/^\/compare$/, "compare", (view, m, q) => renderCompare(view, q)],
  [/^\/map$/, "map", (view, m, q) => renderMap(view, q)],
  [/^\/methods$/, "methods", (view) => renderMethods(view)],
  [/^\/facts$/, "facts", (view, m, q) => renderFacts(view, q)], // issue 14
];

function parseHash() {
  const raw = location.hash.replace(/^#/, "") || "/";
  const [path, query = ""] = raw.split("?");
  return { path, query: new URLSearchParams(query) };
}

async function route() {
  const hash = location.hash;
  const { path, query } = parseHash();
  const view = document.getElementById("view");
  const found = ROUTES.find(([re]) => re.test(path));
  if (!found) { // no default country: an unknown route goes home
    location.replace("#/");
    return;
  }
  const [re, nav, render] = found;
  document.querySelectorAll("[data-nav]").forEach((a) => {
    a.classList.toggle("active", a.dataset.nav === nav);
  });
  document.body.dataset.page = nav;
  document.body.dataset.ready = "0";
  try {
    await Promise.all([loadOntology(), loadPlurals()]);
    await render(view, path.match(re), query);
  } catch (error) {
    showError(view, error);
  }
  afterRender(hash, view);
  document.body.dataset.ready = "1";
  document.body.dataset.rendered = hash; // tests wait for: rendered === location.hash
  countryNav();
}

// The Country tab opens the last country page seen, else the home page (no default state).
function countryNav() {
  const last = localStorage.getItem("diplomap.state");
  const link = document.querySelector("[data-nav='country']");
  link.hidden = !last;
  if (last) link.setAttribute("href", `#/country/${encodeURIComponent(last)}`);
}

// --- issue 14: Back returns to where one was on the page; a title per view ----------------
const scrolls = new Map();

function keepScroll(event) {
  if (event.oldURL) scrolls.set(new URL(event.oldURL).hash || "#/", window.scrollY);
}

function afterRender(hash, view) {
  const heading = view.querySelector("h1")?.textContent.trim();
  document.title = heading ? `${heading} · diplomap` : "diplomap";
  const y = scrolls.get(hash || "#/");
  if (y !== undefined) window.scrollTo(0, y);
}

function setup() {
  history.scrollRestoration = "manual";
  window.addEventListener("hashchange", keepScroll);
  applyLang();
  document.getElementById("lang-switch").addEventListener("click", () => {
    setLang(lang() === "ar" ? "en" : "ar");
    route();
  });
  document.getElementById("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const q = document.getElementById("search-input").value.trim();
    if (q) location.hash = "#/search?" + new URLSearchParams({ q });
  });
  window.addEventListener("hashchange", route);
  route();
}

setup();
