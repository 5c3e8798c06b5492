// The words of a structural finding, as the Java library composes them (FindingMessages,
// Suggestions): the code's message after the place the pointer names, in the model's labels and
// counted from 1 ("Maßnahme 2 › Ziele der Maßnahme, Eintrag 1"), followed by what the model expects
// there. Everything that can be taken from the Java catalogue is: catalogue.json is exported from it
// by a Java test, which fails when the file drifts. What depends on the submitted value (the nearest
// allowed code, a property name near an unknown one, a null) is computed here as the library does.
// No message holds a submitted value: a value is only compared with the allowed codes.
import fs from "node:fs";

/** The language of messages: German (the default) or English. */
export type Language = "de" | "en";

type Texts = { de: string; en: string };
type Added = Texts | { part: string };

interface ComponentEntry {
  name: string;
  label: Texts;
  kind: string;
  list: boolean;
  record?: string;
  enum?: string;
  country?: "country" | "nationality";
  expected: Record<string, Added>;
  elementExpected?: Record<string, Added>;
}

interface RecordEntry {
  label: Texts;
  expected: Record<string, Added>;
  components: ComponentEntry[];
  byName?: Map<string, ComponentEntry>;
}

interface ModelEntry {
  root: string;
  records: Record<string, RecordEntry>;
  enums: Record<string, { codes: string[]; names: [string, string][] }>;
}

interface Catalogue {
  messages: Record<Language, Record<string, string>>;
  parts: Record<Language, Record<string, string>>;
  models: Record<string, ModelEntry>;
  countries: { codes: string[]; names: [string, string][]; nationalityExtras: string[] };
}

let loaded: Catalogue | undefined;

function catalogue(): Catalogue {
  loaded ??= JSON.parse(fs.readFileSync(new URL("../catalogue.json", import.meta.url), "utf8")) as Catalogue;
  return loaded;
}

/** More allowed codes than this are not listed; the nearest are suggested instead. */
const LISTED = 12;
/** The most codes suggested at once. */
const MOST = 3;
/** Longer texts are no mistyped code. */
const LONGEST = 80;

/** The codes with a message in the catalogue: every schema.* and json.* code. */
export function structuralCodes(): string[] {
  return Object.keys(catalogue().messages.de).sort();
}

/** A code's message with its placeholders ({limit}) filled; a placeholder without a value stays. */
export function codeMessage(code: string, lang: Language, args: Record<string, string | number> = {}): string {
  const template = catalogue().messages[lang][code];
  if (template === undefined) {
    throw new Error(`no message for code ${code}`);
  }
  return template.replace(/\{([A-Za-z]+)}/g, (all, name: string) => (name in args ? String(args[name]) : all));
}

function part(key: string, lang: Language, args: Record<string, string | number> = {}): string {
  const template = catalogue().parts[lang][key];
  if (template === undefined) {
    throw new Error(`no message part ${key}`);
  }
  let out = template;
  for (const [name, value] of Object.entries(args)) {
    out = out.replaceAll(`{${name}}`, String(value));
  }
  return out;
}

function added(entry: Added | undefined, lang: Language): string {
  if (entry === undefined) {
    return "";
  }
  return "part" in entry ? part(entry.part, lang) : entry[lang];
}

function component(record: RecordEntry, name: string): ComponentEntry | undefined {
  record.byName ??= new Map(record.components.map((c) => [c.name, c]));
  return record.byName.get(name);
}

/** The tokens of an RFC 6901 pointer, unescaped. */
export function tokens(pointer: string): string[] {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((t) => t.replaceAll("~1", "/").replaceAll("~0", "~"));
}

function index(token: string): number {
  return /^(0|[1-9][0-9]{0,8})$/.test(token) ? Number(token) : -1;
}

interface Place {
  text: string;
  component?: ComponentEntry;
  element: boolean;
  record?: RecordEntry;
  unknown?: string;
}

/** A pointer read against the model of a major version, as FindingMessages.Place reads it. */
function placeOf(model: ModelEntry, pointer: string, lang: Language): Place {
  const parts: string[] = [];
  let container: RecordEntry | undefined = model.records[model.root];
  let current: ComponentEntry | undefined;
  let element = false;
  let unknown: string | undefined;
  for (const token of tokens(pointer)) {
    if (container !== undefined) {
      const next = component(container, token);
      if (next === undefined) {
        unknown = token;
        current = undefined;
        break;
      }
      current = next;
      element = false;
      parts.push(next.label[lang]);
      container = !next.list && next.record !== undefined ? model.records[next.record] : undefined;
    } else if (current !== undefined && current.list && !element) {
      const i = index(token);
      if (i < 0) {
        break;
      }
      element = true;
      if (current.record !== undefined) {
        container = model.records[current.record];
        parts[parts.length - 1] = part("place.element", lang, { label: container.label[lang], n: i + 1 });
      } else {
        parts[parts.length - 1] = part("place.entry", lang, { label: current.label[lang], n: i + 1 });
      }
    } else {
      break; // inside an extension's value: the value is named, not its inside
    }
  }
  return { text: parts.join(part("place.separator", lang)), component: current, element, record: container, unknown };
}

/** What the submitted value changes about a finding: it is compared, never written. */
export interface Hint {
  /** The value was JSON null (schema.type). */
  isNull?: boolean;
  /** The submitted text of a code that is not allowed (schema.enum). */
  text?: string;
  /** The name of an unknown property (schema.additionalProperties). */
  propertyName?: string;
}

/**
 * The message of a structural finding in a plan of a major version, as the Java library gives it.
 *
 * @param major the major version whose model names the place ("1", "2"); an unknown one is the newest
 */
export function findingMessage(code: string, major: string, pointer: string, lang: Language,
    args: Record<string, string | number> = {}, hint: Hint = {}): string {
  const models = catalogue().models;
  const model = models[major] ?? models[Object.keys(models).sort((a, b) => Number(a) - Number(b)).at(-1)!];
  let message = codeMessage(code, lang, args);
  const place = placeOf(model, pointer, lang);
  const more = expected(model, code, place, lang, hint);
  if (more !== "") {
    message = `${message} ${more}`;
  }
  return place.text === "" ? message : part("place.message", lang, { place: place.text, message });
}

function expected(model: ModelEntry, code: string, place: Place, lang: Language, hint: Hint): string {
  const c = place.component;
  const exported = (): string => {
    if (c === undefined) {
      return "";
    }
    return added(place.element ? c.elementExpected?.[code] : c.expected[code], lang);
  };
  switch (code) {
    case "schema.type":
      if (hint.isNull) {
        return part("expected.null", lang);
      }
      if (c === undefined) {
        return place.text === "" && place.unknown === undefined ? part("expected.RECORD", lang) : "";
      }
      return exported();
    case "schema.enum":
      if (c === undefined) {
        return "";
      }
      if (c.enum !== undefined && hint.text !== undefined) {
        const e = model.enums[c.enum];
        return enumCodes(e.codes, e.names, lang, hint.text);
      }
      if (c.country !== undefined && hint.text !== undefined) {
        return `${exported()} ${suggestCountry(hint.text, c.country, lang)}`.trim();
      }
      return exported();
    case "schema.format":
    case "schema.pattern":
    case "schema.minItems":
      return exported();
    case "schema.minProperties":
    case "schema.maxProperties":
      return place.record === undefined ? "" : added(place.record.expected[code], lang);
    case "schema.additionalProperties": {
      const record = place.record;
      if (record === undefined) {
        return "";
      }
      const unknown = hint.propertyName ?? place.unknown;
      const names = record.components.map((x) => x.name);
      const near = unknown === undefined ? [] : nearest(unknown, names, []);
      if (near.length > 0) {
        return part("expected.property", lang, { codes: near[0] });
      }
      return names.length <= LISTED ? part("expected.properties", lang, { codes: names.join(", ") }) : "";
    }
    default:
      return "";
  }
}

function or(codes: string[], lang: Language): string {
  return codes.join(part("or", lang));
}

/** All allowed codes of an enum where they are few; else the nearest to the submitted text, or the first. */
function enumCodes(codes: string[], names: [string, string][], lang: Language, submitted: string): string {
  const near = nearest(submitted, codes, names);
  const suggestion = near.length === 0 ? "" : " " + part("expected.suggestion", lang, { codes: or(near, lang) });
  if (codes.length <= LISTED) {
    return part("expected.allowed", lang, { codes: codes.join(", ") }) + suggestion;
  }
  if (near.length > 0) {
    return suggestion.slice(1);
  }
  return part("expected.someOf", lang, { count: codes.length, codes: codes.slice(0, 3).join(", ") });
}

function suggestCountry(submitted: string, kind: "country" | "nationality", lang: Language): string {
  const countries = catalogue().countries;
  const codes = [...countries.codes];
  const names: [string, string][] = [...countries.names];
  if (kind === "nationality") {
    codes.push(...countries.nationalityExtras);
  }
  const near = nearest(submitted, codes, names);
  return near.length === 0 ? "" : part("expected.suggestion", lang, { codes: or(near, lang) });
}

/** Lower case, letters and digits only: On-Hold and ON_HOLD are alike (Character.isLetterOrDigit). */
function normal(text: string): string {
  let out = "";
  for (const ch of text.toLowerCase()) {
    if (/[\p{L}\p{Nd}]/u.test(ch)) {
      out += ch;
    }
  }
  return out;
}

/** The nearest allowed codes to a submitted text, as the library's Suggestions.nearest finds them. */
export function nearest(submitted: string, codes: string[], names: string[][]): string[] {
  const wanted = normal(submitted);
  if (wanted === "" || submitted.length > LONGEST) {
    return [];
  }
  for (const code of codes) {
    if (normal(code) === wanted) {
      return [code];
    }
  }
  for (let i = 0; i < names.length; i++) {
    for (const name of names[i]) {
      if (name !== "" && normal(name) === wanted) {
        return [codes[i]];
      }
    }
  }
  // a typing error: one edit in a short word, two in a long one; none in codes of two or three letters
  const allowed = wanted.length < 4 ? 0 : wanted.length <= 8 ? 1 : 2;
  const best: string[] = [];
  let bestDistance = allowed + 1;
  for (let i = 0; i < codes.length; i++) {
    let d = normal(codes[i]).length < 4 ? Number.MAX_SAFE_INTEGER : distance(wanted, normal(codes[i]));
    if (i < names.length) {
      for (const name of names[i]) {
        if (normal(name).length >= 4) {
          d = Math.min(d, distance(wanted, normal(name)));
        }
      }
    }
    if (d < bestDistance) {
      bestDistance = d;
      best.length = 0;
    }
    if (d === bestDistance && best.length < MOST && !best.includes(codes[i])) {
      best.push(codes[i]);
    }
  }
  return best;
}

/** The Levenshtein distance over UTF-16 code units, as the library counts it. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(current[j - 1] + 1, previous[j] + 1, previous[j - 1] + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/**
 * The kind of value the model has at a pointer (TEXT, DATE, DATE_TIME, UUID, ENUM, RECORD, ...), or
 * undefined where the pointer leaves the model or names a list as a whole.
 */
export function kindAt(major: string, pointer: string): string | undefined {
  const models = catalogue().models;
  const model = models[major] ?? models[Object.keys(models).sort((a, b) => Number(a) - Number(b)).at(-1)!];
  const place = placeOf(model, pointer, "de");
  const c = place.component;
  return c === undefined || place.unknown !== undefined || (c.list && !place.element) ? undefined : c.kind;
}
