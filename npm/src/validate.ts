// Structural validation of integration plans with ajv (draft 2020-12, strict, formats asserted),
// each document against the schema of the version its schemaVersion names, with the codes,
// pointers and messages of the Java library's reader. The rules between values (dates in order,
// references, consent) need the Java library: see the README.
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import type { ErrorObject, ValidateFunction } from "ajv";
import { findingMessage, type Hint, kindAt, type Language, tokens } from "./messages.js";
import type * as v1 from "./generated/plan-1.0.js";
import type * as v2 from "./generated/plan-2.0.js";

// ajv and ajv-formats are CommonJS; required so that their types and values line up under NodeNext
const require = createRequire(import.meta.url);
const Ajv2020 = require("ajv/dist/2020.js") as typeof import("ajv/dist/2020.js").default;
const addFormats = require("ajv-formats") as typeof import("ajv-formats").default;

/** The versions of the format whose schemas this package carries, oldest first. */
export const schemaVersions = ["1.0", "2.0"] as const;

/** A version of the format whose schema this package carries. */
export type SchemaVersion = (typeof schemaVersions)[number];

/** One finding: a stable code, an RFC 6901 pointer ("" is the whole document) and a message. */
export interface Issue {
  /** Structural findings are always errors. */
  readonly severity: "error";
  /** The code of the Java library: schema.<keyword> for the schema, json.* for what is not JSON. */
  readonly code: string;
  /** Where in the document; a name the schema does not define (the sender's) is never part of it. */
  readonly pointer: string;
  /** schema: a keyword of the schema; parser: the text is no JSON document, or repeats a key. */
  readonly source: "schema" | "parser";
  /** German or English, as the Java library words it; it never holds a submitted value. */
  readonly message: string;
}

/** A document that fits its version's schema, with the plan typed by that version. */
export type ValidResult =
  | { readonly valid: true; readonly schemaVersion: "1.0"; readonly plan: v1.IntegrationPlan; readonly issues: readonly [] }
  | { readonly valid: true; readonly schemaVersion: "2.0"; readonly plan: v2.IntegrationPlan; readonly issues: readonly [] };

/** A document that does not, with at least one finding. */
export interface InvalidResult {
  readonly valid: false;
  /** The version whose schema the document was checked against. */
  readonly schemaVersion: SchemaVersion;
  readonly issues: readonly Issue[];
}

/** What validate gives: narrow on valid, then on schemaVersion for the plan's type. */
export type ValidationResult = ValidResult | InvalidResult;

/** Options of validate and validateText. */
export interface ValidateOptions {
  /** The language of messages: "de" (the default) or "en". */
  readonly lang?: Language;
}

/** More findings than this are cut, as the Java reader cuts them, with schema.tooManyIssues last. */
const MOST_ISSUES = 1000;

type SchemaTree = Record<string, unknown>;

const trees = new Map<SchemaVersion, SchemaTree>();
const compiled = new Map<SchemaVersion, ValidateFunction>();
let ajv: InstanceType<typeof Ajv2020> | undefined;

/** The path of a version's schema file in this package. */
export function schemaFile(version: SchemaVersion): string {
  if (!schemaVersions.includes(version)) {
    throw new Error(`no schema of version ${String(version)} in this package; known: ${schemaVersions.join(", ")}`);
  }
  return fileURLToPath(new URL(`../schemas/${version}/integration-plan.schema.json`, import.meta.url));
}

/** A version's schema, parsed (one object per version, shared: do not change it). */
export function schema(version: SchemaVersion): SchemaTree {
  let tree = trees.get(version);
  if (tree === undefined) {
    tree = JSON.parse(fs.readFileSync(schemaFile(version), "utf8")) as SchemaTree;
    trees.set(version, tree);
  }
  return tree;
}

/** A version's validator, compiled when a document of that version is first checked. */
function validatorOf(version: SchemaVersion): ValidateFunction {
  let v = compiled.get(version);
  if (v === undefined) {
    if (ajv === undefined) {
      ajv = new Ajv2020({ strict: true, allErrors: true });
      addFormats(ajv);
      // vendor vocabulary, annotations without assertion: the classification of personal data and
      // (format 2.0) the code list a coded string takes its values from
      ajv.addKeyword({ keyword: "x-personal-data", schemaType: ["string", "boolean", "object"] });
      ajv.addKeyword({ keyword: "x-code-list", schemaType: "string" });
      // (format 2.0) a type's German and English labels, since titles are the Java type names
      ajv.addKeyword({ keyword: "x-label", schemaType: "object" });
    }
    v = ajv.compile(schema(version));
    compiled.set(version, v);
  }
  return v;
}

/**
 * The major version a schemaVersion names, when this package knows it (as the Java reader's
 * knownRoot): digits, a dot, then anything; "2" or "v2.0" or "02.0" name none.
 */
function knownMajor(version: unknown): string | undefined {
  if (typeof version !== "string") {
    return undefined;
  }
  const dot = version.indexOf(".");
  if (dot < 1 || dot > 3 || (dot > 1 && version[0] === "0") || !/^[0-9]+$/.test(version.slice(0, dot))) {
    return undefined;
  }
  const major = version.slice(0, dot);
  return schemaVersions.some((v) => v.startsWith(major + ".")) ? major : undefined;
}

/**
 * The schema a document is checked against, as PlanSchema.versionFor in Java: its schemaVersion when
 * this package carries it, else the newest version of its major, else the newest of all.
 */
export function versionFor(document: unknown): SchemaVersion {
  const v = isObject(document) ? document.schemaVersion : undefined;
  if (typeof v === "string") {
    const exact = schemaVersions.find((known) => known === v);
    if (exact !== undefined) {
      return exact;
    }
    const dot = v.indexOf(".");
    if (dot > 0) {
      const same = schemaVersions.filter((known) => known.startsWith(v.slice(0, dot + 1)));
      if (same.length > 0) {
        return same[same.length - 1];
      }
    }
  }
  return schemaVersions[schemaVersions.length - 1];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** A node's local reference: its $ref, or (format 2.0 on) the one $ref of its allOf. */
function refOf(node: SchemaTree): unknown {
  const allOf = node.allOf;
  if (Array.isArray(allOf) && allOf.length === 1 && typeof (allOf[0] as SchemaTree).$ref === "string") {
    return (allOf[0] as SchemaTree).$ref;
  }
  return node.$ref;
}

function resolve(node: SchemaTree, root: SchemaTree): SchemaTree {
  for (let ref = refOf(node); typeof ref === "string" && ref.startsWith("#/"); ref = refOf(node)) {
    node = ref.slice(2).split("/").reduce<SchemaTree>((n, t) => n[t] as SchemaTree, root);
  }
  return node;
}

/**
 * The pointer cut where it leaves the schema (PlanSchema.findingPointer in Java): a name the schema
 * does not define there was written by the sender and may be personal data, so no finding repeats it.
 */
export function findingPointer(version: SchemaVersion, pointer: string): string {
  const root = schema(version);
  let node = resolve(root, root);
  let out = "";
  for (const token of pointer === "" ? [] : pointer.slice(1).split("/")) {
    const name = token.replaceAll("~1", "/").replaceAll("~0", "~");
    const properties = node.properties as Record<string, SchemaTree> | undefined;
    let next: SchemaTree | undefined;
    if (node.items !== undefined && /^(0|[1-9][0-9]*)$/.test(name)) {
      next = node.items as SchemaTree;
    } else if (properties !== undefined && Object.hasOwn(properties, name)) {
      next = properties[name];
    }
    if (next === undefined) {
      break;
    }
    node = resolve(next, root);
    out += "/" + token;
  }
  return out;
}

function valueAt(document: unknown, pointer: string): unknown {
  let node = document;
  for (const token of tokens(pointer)) {
    if (Array.isArray(node)) {
      node = node[Number(token)];
    } else if (isObject(node)) {
      node = Object.hasOwn(node, token) ? node[token] : undefined;
    } else {
      return undefined;
    }
  }
  return node;
}

function escape(name: string): string {
  return name.replaceAll("~", "~0").replaceAll("/", "~1");
}

function issueOf(error: ErrorObject, document: unknown, version: SchemaVersion, major: string, lang: Language): Issue {
  const code = `schema.${error.keyword}`;
  const raw = error.keyword === "required"
    ? `${error.instancePath}/${escape(String((error.params as { missingProperty: string }).missingProperty))}`
    : error.instancePath;
  const pointer = findingPointer(version, raw);
  const params = error.params as Record<string, unknown>;
  const args: Record<string, string | number> = typeof params.limit === "number" ? { limit: params.limit } : {};
  const value = valueAt(document, error.instancePath);
  const hint: Hint = {};
  if (value === null) {
    hint.isNull = true;
  } else if (error.keyword === "enum" && typeof value === "string") {
    hint.text = value;
  }
  if (error.keyword === "additionalProperties" && typeof params.additionalProperty === "string") {
    hint.propertyName = params.additionalProperty;
  }
  return { severity: "error", code, pointer, source: "schema", message: findingMessage(code, major, pointer, lang, args, hint) };
}

/**
 * Checks a parsed document against the schema of its version. A document without a schemaVersion,
 * with one that names no major this package knows, or with a minor newer than its schema (2.1 for
 * 2.0) gets one finding at /schemaVersion and nothing else, as from the Java library: what else a
 * document must be depends on its version.
 */
export function validate(document: unknown, options: ValidateOptions = {}): ValidationResult {
  const lang: Language = options.lang === "en" ? "en" : "de";
  const version = versionFor(document);
  const major = knownMajor(isObject(document) ? document.schemaVersion : undefined);
  const check = validatorOf(version);
  if (check(document)) {
    return { valid: true, schemaVersion: version, plan: document, issues: [] } as ValidResult;
  }
  const messageMajor = major ?? version.slice(0, version.indexOf("."));
  let issues: Issue[] = [];
  for (let error of check.errors ?? []) {
    // The one anyOf of the schemas is an extension's JSON value, any JSON value but null: a null
    // fails every branch, and the anyOf of every value that holds it fails too. The Java reader
    // reports each failed anyOf as a value of the wrong type (schema.type) at the extension's value,
    // as the schema's keyword type is what fails; so does this, and leaves the branches out.
    if (error.schemaPath.includes("/anyOf/")) {
      continue;
    }
    if (error.keyword === "anyOf") {
      error = { ...error, keyword: "type" };
    }
    issues.push(issueOf(error, document, version, messageMajor, lang));
  }
  issues = oneTemporalFinding(issues, messageMajor, lang);
  if (major === undefined || issues.some((i) => i.pointer === "/schemaVersion")) {
    const atVersion = issues.filter((i) => i.pointer === "/schemaVersion");
    if (atVersion.length > 0) {
      issues = atVersion;
    }
  }
  if (issues.length > MOST_ISSUES) {
    issues = issues.slice(0, MOST_ISSUES);
    issues.push({ severity: "error", code: "schema.tooManyIssues", pointer: "", source: "schema",
      message: findingMessage("schema.tooManyIssues", "0", "", lang, { limit: MOST_ISSUES }) });
  }
  return { valid: false, schemaVersion: version, issues };
}

/** The kinds whose text the Java reader parses, reporting one finding for a value it cannot read. */
const PARSED_KINDS = new Set(["DATE", "DATE_TIME", "YEAR_MONTH", "UUID"]);

/**
 * A date, timestamp, month or UUID has both a pattern and a format in the schema, and ajv reports
 * each that fails; the Java reader parses the value and reports one finding: schema.format when it is
 * no such value at all (for a date or UUID always), schema.pattern for a timestamp or month that is
 * well-formed but outside the pattern. So the pattern finding goes where a format finding is at the
 * same pointer, and becomes one for a date or UUID.
 */
function oneTemporalFinding(issues: Issue[], major: string, lang: Language): Issue[] {
  const formats = new Set(issues.filter((i) => i.code === "schema.format").map((i) => i.pointer));
  const out: Issue[] = [];
  for (const issue of issues) {
    const kind = issue.code === "schema.pattern" ? kindAt(major, issue.pointer) : undefined;
    if (kind === undefined || !PARSED_KINDS.has(kind)) {
      out.push(issue);
    } else if (!formats.has(issue.pointer)) {
      if (kind === "DATE" || kind === "UUID") {
        formats.add(issue.pointer);
        out.push({ ...issue, code: "schema.format", message: findingMessage("schema.format", major, issue.pointer, lang) });
      } else {
        out.push(issue);
      }
    }
  }
  return out;
}

/** The Java library's default JsonLimits: the deepest nesting, the longest number, string and name. */
const LIMITS = { depth: 32, numberLength: 40, stringLength: 65_536, nameLength: 200, documentLength: 4 * 1024 * 1024 };

/**
 * Reads a document from JSON text, then checks it as validate does. A leading byte order mark is
 * skipped. What no schema can see is one finding of its own, as from the Java reader, which stops
 * there: text that is no JSON (json.syntax, json.truncated, json.trailingContent, json.empty), a
 * key that its object repeats (json.duplicateKey; JSON.parse would keep the last value silently),
 * half of a surrogate pair (json.loneSurrogate), and the reader's default limits (json.limit.*:
 * nesting deeper than 32, numbers longer than 40 characters, strings longer than 65,536, names
 * longer than 200, documents over 4 MiB).
 */
export function validateText(text: string, options: ValidateOptions = {}): ValidationResult {
  const lang: Language = options.lang === "en" ? "en" : "de";
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const newest = schemaVersions[schemaVersions.length - 1];
  if (body.trim() === "") {
    return parserIssue("json.empty", newest, "", lang);
  }
  if (body.length > LIMITS.documentLength) {
    return parserIssue("json.limit.documentSize", newest, "", lang);
  }
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch (e) {
    // the parser's message may quote the document, which is personal data: it only chooses the code
    return parserIssue(syntaxCode(e, body), newest, "", lang);
  }
  const fault = readingFault(body);
  if (fault !== undefined) {
    const version = versionFor(document);
    return parserIssue(fault.code, version, fault.pointer === "" ? "" : findingPointer(version, fault.pointer), lang);
  }
  return validate(document, options);
}

/**
 * Reads a document from UTF-8 bytes, as a file holds it: bytes that are not strict UTF-8 are one
 * finding json.encoding; the text is then checked as validateText checks it.
 */
export function validateBytes(bytes: Uint8Array, options: ValidateOptions = {}): ValidationResult {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return parserIssue("json.encoding", schemaVersions[schemaVersions.length - 1], "", options.lang === "en" ? "en" : "de");
  }
  return validateText(text, options);
}

function parserIssue(code: string, version: SchemaVersion, pointer: string, lang: Language): InvalidResult {
  return {
    valid: false,
    schemaVersion: version,
    issues: [{ severity: "error", code, pointer, source: "parser",
      message: findingMessage(code, version.slice(0, version.indexOf(".")), pointer, lang) }],
  };
}

/** The code of text that JSON.parse refused: it ends too soon, something follows the plan, or else. */
function syntaxCode(error: unknown, body: string): string {
  const message = error instanceof Error ? error.message : "";
  const at = /at position ([0-9]+)/.exec(message);
  if (/end of JSON input/.test(message) || (at !== null && Number(at[1]) >= body.trimEnd().length)) {
    return "json.truncated";
  }
  return /after JSON/.test(message) ? "json.trailingContent" : "json.syntax";
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The first fault of reading in text that JSON.parse accepted, in the order of the text, with the
 * raw pointer of its place ("" for a limit): one pass without recursion, so that no nesting can
 * exhaust the stack.
 */
function readingFault(text: string): { code: string; pointer: string } | undefined {
  type Frame = { keys: Set<string> | undefined; token: string; index: number };
  const stack: Frame[] = [];
  const pointer = (): string => stack.map((f) => "/" + f.token).join("");
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text[i];
    if (c === "{" || c === "[") {
      if (stack.length >= LIMITS.depth) {
        return { code: "json.limit.depth", pointer: "" };
      }
      stack.push({ keys: c === "{" ? new Set() : undefined, token: "", index: -1 });
      i++;
      if (c === "[") {
        startElement(stack);
      }
    } else if (c === "}" || c === "]") {
      stack.pop();
      i++;
    } else if (c === ",") {
      i++;
      const top = stack[stack.length - 1];
      if (top !== undefined && top.keys === undefined) {
        startElement(stack);
      }
    } else if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') {
        end += text[end] === "\\" ? 2 : 1;
      }
      const value = JSON.parse(text.slice(i, end + 1)) as string;
      let after = end + 1;
      while (after < n && (text[after] === " " || text[after] === "\t" || text[after] === "\n" || text[after] === "\r")) {
        after++;
      }
      const top = stack[stack.length - 1];
      const isName = top !== undefined && top.keys !== undefined && text[after] === ":";
      if (isName) {
        if (top.keys!.has(value)) {
          top.token = escape(value);
          return { code: "json.duplicateKey", pointer: pointer() };
        }
        top.keys!.add(value);
        if (value.length > LIMITS.nameLength) {
          return { code: "json.limit.nameLength", pointer: "" };
        }
      } else if (value.length > LIMITS.stringLength) {
        return { code: "json.limit.stringLength", pointer: "" };
      }
      if (LONE_SURROGATE.test(value)) {
        if (isName) {
          top.token = escape(value);
        }
        return { code: "json.loneSurrogate", pointer: pointer() };
      }
      if (isName) {
        top.token = escape(value);
      }
      i = end + 1;
    } else if (c === "-" || (c >= "0" && c <= "9")) {
      let end = i + 1;
      while (end < n && /[0-9eE.+-]/.test(text[end])) {
        end++;
      }
      if (end - i > LIMITS.numberLength) {
        return { code: "json.limit.numberLength", pointer: "" };
      }
      if (beyondDecimalRange(text.slice(i, end))) {
        return { code: "json.limit.numberRange", pointer: "" };
      }
      i = end;
    } else {
      i++;
    }
  }
  return undefined;
}

/**
 * Whether a number's exponent lies beyond what the Java reader's decimal holds: its scale (the
 * digits after the point less the exponent) must fit a signed 32-bit integer. JSON sets no bound;
 * the Java library refuses such a number as json.limit.numberRange, and so does this package,
 * where JSON.parse would quietly make it Infinity or 0.
 */
function beyondDecimalRange(number: string): boolean {
  const m = /^-?[0-9]+(?:\.([0-9]+))?[eE]([+-]?[0-9]+)$/.exec(number);
  if (m === null) {
    return false;
  }
  const scale = BigInt(m[1] === undefined ? 0 : m[1].length) - BigInt(m[2]);
  return scale > 2147483647n || scale < -2147483647n;
}

/** An array's next element begins: its index is the token of the pointer. */
function startElement(stack: { token: string; index: number }[]): void {
  const top = stack[stack.length - 1];
  top.index++;
  top.token = String(top.index);
}
