#!/usr/bin/env node
// integrationsplan-validate: checks integration plans against the schema of their version, with the
// inputs, exit codes and messages of the Java command line's validate (docs/command-line.md), for
// structure only: files, folders (*.json and *.ndjson below them, sorted), NDJSON (one plan a line)
// and - for one document from standard input.
import fs from "node:fs";
import path from "node:path";
import { validateBytes, type Issue, type ValidationResult } from "./validate.js";
import type { Language } from "./messages.js";

const TEXTS = {
  de: {
    valid: "gültig",
    invalid: "ungültig",
    error: "Fehler",
    errors: (n: number) => `${fmt(n, "de")} Fehler`,
    warnings: (n: number) => (n === 1 ? "1 Warnung" : `${fmt(n, "de")} Warnungen`),
    files: (n: number) => (n === 1 ? "1 Datei" : `${fmt(n, "de")} Dateien`),
    documents: (n: number) => (n === 1 ? "1 Dokument" : `${fmt(n, "de")} Dokumente`),
    checked: "geprüft",
    notFound: (p: string) => `Pfad nicht gefunden: ${p}`,
    unreadable: (p: string) => `Pfad nicht lesbar: ${p}`,
    empty: "Keine Dokumente gefunden: die Eingabe ist leer (ein leerer Ordner, eine leere Datei oder ein Ordner ohne *.json und *.ndjson). Bitte die Pfade prüfen.",
    unknownOption: (o: string) => `Unbekannte Option: ${o}`,
    missingPath: "Es fehlt ein PATH: eine Datei, ein Ordner oder - für die Standardeingabe.",
    invalidUsage: (o: string) => `Ungültiger Aufruf: ${o}`,
    seeHelp: "Hilfe: integrationsplan-validate --help",
    help: `Aufruf: integrationsplan-validate [--format text|json] [--quiet] [--lang de|en] PATH...

Prüft die Struktur von Integrationsplänen gegen das Schema ihrer Version (schemaVersion): Dateien,
Ordner (rekursiv *.json und *.ndjson, sortiert), NDJSON-Dateien (ein Plan je Zeile) und - für die
Standardeingabe (ein JSON-Dokument). Die Regeln zwischen Werten prüft die Java-Bibliothek.

Exit-Codes:
  0  alle Dokumente gültig
  1  mindestens ein Dokument ungültig, auch fehlerhaftes JSON
  2  Aufruffehler, ein Pfad, der fehlt oder nicht lesbar ist, oder keine Dokumente in der Eingabe`,
  },
  en: {
    valid: "valid",
    invalid: "invalid",
    error: "error",
    errors: (n: number) => (n === 1 ? "1 error" : `${fmt(n, "en")} errors`),
    warnings: (n: number) => (n === 1 ? "1 warning" : `${fmt(n, "en")} warnings`),
    files: (n: number) => (n === 1 ? "1 file" : `${fmt(n, "en")} files`),
    documents: (n: number) => (n === 1 ? "1 document" : `${fmt(n, "en")} documents`),
    checked: "checked",
    notFound: (p: string) => `Path not found: ${p}`,
    unreadable: (p: string) => `Path cannot be read: ${p}`,
    empty: "No documents found: the input is empty (an empty folder, an empty file, or a folder without *.json and *.ndjson). Please check the paths.",
    unknownOption: (o: string) => `Unknown option: ${o}`,
    missingPath: "A PATH is missing: a file, a folder, or - for standard input.",
    invalidUsage: (o: string) => `Invalid usage: ${o}`,
    seeHelp: "Help: integrationsplan-validate --help",
    help: `Usage: integrationsplan-validate [--format text|json] [--quiet] [--lang de|en] PATH...

Checks the structure of integration plans against the schema of their version (schemaVersion):
files, folders (*.json and *.ndjson below them, sorted), NDJSON files (one plan a line) and - for
standard input (one JSON document). The rules between values are checked by the Java library.

Exit codes:
  0  every document valid
  1  at least one document invalid, malformed JSON included
  2  a usage error, a path that does not exist or cannot be read, or an input without any document`,
  },
} as const;

function fmt(n: number, lang: Language): string {
  return new Intl.NumberFormat(lang === "de" ? "de-DE" : "en-GB").format(n);
}

/** A path or name as printed: every character that could act on a terminal or break a line escaped. */
export function printable(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu,
    (c) => (c === "\n" ? "\\n" : c === "\t" ? "\\t" : c === "\r" ? "\\r"
      : "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0")));
}

/** The language of messages: --lang, else English for an English locale, else German (C counts as German). */
function defaultLanguage(): Language {
  const locale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || "";
  return /^en([_.@-]|$)/.test(locale) ? "en" : "de";
}

class UsageError extends Error {}

interface Options { format: "text" | "json"; quiet: boolean; lang: Language; paths: string[]; help: boolean }

function parse(args: string[]): Options {
  const o: Options = { format: "text", quiet: false, lang: defaultLanguage(), paths: [], help: false };
  const t = (): (typeof TEXTS)[Language] => TEXTS[o.lang];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (): string => {
      const eq = a.indexOf("=");
      if (eq > 0) {
        return a.slice(eq + 1);
      }
      if (i + 1 >= args.length) {
        throw new UsageError(t().invalidUsage(printable(a)));
      }
      return args[++i];
    };
    const name = a.startsWith("--") && a.includes("=") ? a.slice(0, a.indexOf("=")) : a;
    if (name === "--format") {
      const v = value();
      if (v !== "text" && v !== "json") {
        throw new UsageError(t().invalidUsage(`--format ${printable(v)}`));
      }
      o.format = v;
    } else if (name === "--lang") {
      const v = value();
      if (v !== "de" && v !== "en") {
        throw new UsageError(t().invalidUsage(`--lang ${printable(v)}`));
      }
      o.lang = v;
    } else if (a === "--quiet" || a === "-q") {
      o.quiet = true;
    } else if (a === "--help" || a === "-h") {
      o.help = true;
    } else if (a === "--") {
      o.paths.push(...args.slice(i + 1));
      break;
    } else if (a.startsWith("-") && a !== "-") {
      throw new UsageError(t().unknownOption(printable(a)));
    } else {
      o.paths.push(a);
    }
  }
  if (!o.help && o.paths.length === 0) {
    throw new UsageError(t().missingPath);
  }
  return o;
}

/** One input: a file, a file below a folder, or standard input. */
interface Input { name: string; file?: string; ndjson: boolean }

/** The files a path stands for; folders recursively, sorted by path, links not followed. */
function expand(p: string, lang: Language): Input[] {
  if (p === "-") {
    return [{ name: "<stdin>", ndjson: false }];
  }
  let stat: fs.Stats;
  try {
    stat = fs.statSync(p);
  } catch {
    throw new PathError(TEXTS[lang].notFound(printable(p)));
  }
  if (!stat.isDirectory()) {
    return [{ name: p, file: p, ndjson: p.endsWith(".ndjson") }];
  }
  const found: string[] = [];
  const walk = (dir: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      throw new PathError(TEXTS[lang].unreadable(printable(dir)));
    }
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        walk(full);
      } else if (e.isFile() && (e.name.endsWith(".json") || e.name.endsWith(".ndjson"))) {
        found.push(full);
      }
    }
  };
  walk(p);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((f) => ({ name: f, file: f, ndjson: f.endsWith(".ndjson") }));
}

class PathError extends Error {}

interface Checked { name: string; line?: number; result: ValidationResult }

function* documents(input: Input, lang: Language): Generator<Checked> {
  let bytes: Buffer;
  try {
    bytes = input.file === undefined ? fs.readFileSync(0) : fs.readFileSync(input.file);
  } catch {
    throw new PathError(TEXTS[lang].unreadable(printable(input.name)));
  }
  if (!input.ndjson) {
    if (!blank(bytes)) {
      yield { name: printable(input.name), result: validateBytes(bytes, { lang }) };
    }
    return;
  }
  let start = 0;
  for (let line = 1; start < bytes.length; line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) {
      end = bytes.length;
    }
    const one = bytes.subarray(start, end > start && bytes[end - 1] === 0x0d ? end - 1 : end);
    if (!blank(one)) {
      yield { name: `${printable(input.name)}:${line}`, line, result: validateBytes(one, { lang }) };
    }
    start = end + 1;
  }
}

/** Whether bytes hold nothing but white space (and a byte order mark). */
function blank(bytes: Uint8Array): boolean {
  const from = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let i = from; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) {
      return false;
    }
  }
  return true;
}

function issueLine(issue: Issue, lang: Language): string {
  return `  ${issue.pointer === "" ? "/" : issue.pointer} ${issue.code} ${TEXTS[lang].error}: ${issue.message}`;
}

/** Runs the command; returns the exit code. */
export function main(args: string[], out: (s: string) => void, err: (s: string) => void): number {
  let options: Options;
  try {
    options = parse(args);
  } catch (e) {
    if (e instanceof UsageError) {
      err(e.message);
      err(TEXTS[defaultLanguage()].seeHelp);
      return 2;
    }
    throw e;
  }
  const { lang } = options;
  const t = TEXTS[lang];
  if (options.help) {
    out(t.help);
    return 0;
  }
  let inputs: Input[];
  try {
    inputs = options.paths.flatMap((p) => expand(p, lang));
  } catch (e) {
    if (e instanceof PathError) {
      err(e.message);
      return 2;
    }
    throw e;
  }
  let count = 0;
  let invalid = 0;
  let errors = 0;
  let ndjson = false;
  for (const input of inputs) {
    ndjson ||= input.ndjson;
    let checked: Generator<Checked>;
    try {
      checked = documents(input, lang);
      for (const doc of checked) {
        count++;
        const r = doc.result;
        if (!r.valid) {
          invalid++;
          errors += r.issues.length;
        }
        if (options.format === "json") {
          out(JSON.stringify({ file: doc.name, ...(doc.line === undefined ? {} : { line: doc.line }), valid: r.valid,
            issues: r.issues.map((i) => ({ severity: i.severity, code: i.code, pointer: i.pointer, source: i.source, message: i.message })) }));
        } else if (!r.valid) {
          out(`${doc.name}: ${t.invalid} (${t.errors(r.issues.length)})`);
          r.issues.forEach((i) => out(issueLine(i, lang)));
        } else if (!options.quiet) {
          out(`${doc.name}: ${t.valid}`);
        }
      }
    } catch (e) {
      if (e instanceof PathError) {
        err(e.message);
        return 2;
      }
      throw e;
    }
  }
  const what = ndjson ? `${t.documents(count)} in ${t.files(inputs.length)}` : t.files(count);
  const summary = `${what} ${t.checked}, ${fmt(invalid, lang)} ${t.invalid}, ${t.errors(errors)}, ${t.warnings(0)}`;
  (options.format === "text" ? out : err)(summary);
  if (count === 0) {
    err(t.empty);
    return 2;
  }
  return invalid > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2), (s) => process.stdout.write(s + "\n"), (s) => process.stderr.write(s + "\n"));
