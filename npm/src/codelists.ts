// The published code lists (Codelisten) of format 2.0, as the Java library's schema jar carries
// them: index.json and one JSON file per version of each list, byte for byte.
import fs from "node:fs";
import { fileURLToPath } from "node:url";

/** A list in the index: its id, URI, names, latest version and every version with its files. */
export interface CodeListIndexEntry {
  readonly id: string;
  readonly uri: string;
  readonly name: { readonly de: string; readonly en: string };
  readonly latest: string;
  readonly versions: readonly {
    readonly id: string;
    readonly canonicalVersionUri: string;
    readonly codes: number;
    readonly genericode: string;
    readonly json: string;
  }[];
}

/** The path of a file of the published code lists in this package ("index.json", "legal-basis/2026-12-01.json"). */
export function codeListFile(path: string): string {
  if (!/^[a-z0-9-]+(\/[0-9]{4}-[0-9]{2}-[0-9]{2}\.(json|gc))?$|^index\.json$/.test(path)) {
    throw new Error("not a file of the code lists: expected index.json or ID/VERSION.json or ID/VERSION.gc");
  }
  return fileURLToPath(new URL(`../codelists/${path}`, import.meta.url));
}

/** Every list with its versions, from index.json. */
export function codeListIndex(): readonly CodeListIndexEntry[] {
  const index = JSON.parse(fs.readFileSync(codeListFile("index.json"), "utf8")) as { codeLists: CodeListIndexEntry[] };
  return index.codeLists;
}

/**
 * A version of a list as its published JSON file has it (the list's id, URI, names, validityDate, the
 * version and every member with all its fields); the latest version when none is named.
 *
 * @throws Error when the list or the version is not published
 */
export function codeList(id: string, version?: string): Record<string, unknown> {
  const entry = codeListIndex().find((l) => l.id === id);
  if (entry === undefined) {
    throw new Error(`unknown code list ${id}; known: ${codeListIndex().map((l) => l.id).join(", ")}`);
  }
  const v = entry.versions.find((x) => x.id === (version ?? entry.latest));
  if (v === undefined) {
    throw new Error(`code list ${id} has no version ${String(version)}; published: ${entry.versions.map((x) => x.id).join(", ")}`);
  }
  return JSON.parse(fs.readFileSync(codeListFile(v.json), "utf8")) as Record<string, unknown>;
}
