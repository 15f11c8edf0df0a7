// The ontology as served at /api/ontology: every list and label of event types, modes,
// quads, predicates, profile sections, modalities, attributes and entity kinds that the
// dashboard shows. The dashboard holds no such list itself.
import { lang } from "./i18n.js";

let data = null;
let loading = null;
let values = null;

// Fetched once; every page awaits it before rendering.
export function loadOntology() {
  loading ??= fetch("/api/ontology")
    .then((response) => {
      if (!response.ok) throw new Error(`/api/ontology: ${response.status} ${response.statusText}`);
      return response.json();
    })
    .then((json) => { data = json; values = null; return json; },
      (error) => { loading = null; throw error; });
  return loading;
}

const table = (name) => (data && data[name]) || {};
const pick = (entry) => entry?.label?.[lang() === "ar" ? "ar" : "en"];

export const eventTypes = () => Object.keys(table("event_types"));
export const quads = () => Object.keys(table("quads"));
export const attributeOrder = () => Object.keys(table("attributes"));
export const attributeType = (name) => table("attributes")[name]?.type;

export const eventType = (code) => pick(table("event_types")[code]) ?? code;
export const quadLabel = (code) => pick(table("quads")[code]) ?? code;
export const modeLabel = (mode) => pick(table("modes")[mode]) ?? mode;
export const sectionTitle = (key) => pick(table("profile_sections")[key]) ?? key;
export const attributeLabel = (name) => pick(table("attributes")[name]) ?? name;

// The kind an entity kind stands for (an alias, such as organisation, reads as its kind).
function kindEntry(kind) {
  const kinds = table("entity_kinds");
  if (kinds[kind]) return kinds[kind];
  return Object.values(kinds).find((k) => (k.aliases || []).includes(kind));
}

// States and organisations have a country page (and are nodes of the network).
export const hasPage = (kind) => Boolean(kindEntry(kind)?.node);
export const kindLabel = (kind) => pick(kindEntry(kind)) ?? kind;
export const kindsWithPage = () => Object.keys(table("entity_kinds")).filter((k) => hasPage(k));

// Event types that can take a mode (multilateral: the types of summits and meetings).
export const typesWithMode = (mode) => eventTypes().filter((code) => mode in (table("event_types")[code].modes || {}));

// A literal of a fact (a policy principle, a modality, a value of an attribute) in words.
export function value(v) {
  if (!values && data) {
    values = { ...table("contexts"), ...table("principles"), ...table("modalities") };
    for (const attribute of Object.values(table("attributes"))) Object.assign(values, attribute.values);
  }
  return pick(values?.[v]) ?? String(v).replaceAll("_", " ");
}

// Predicates of facts and their labels (issue 14: facts page and search).
export const predicates = () => Object.keys(table("predicates"));
export const predicateLabel = (name) => pick(table("predicates")[name]) ?? name;
