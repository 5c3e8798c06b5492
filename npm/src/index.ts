// integrationsplan: the integration plan (Integrationsplan) for Node.js and TypeScript. The JSON
// Schemas of every version of the format, the published code lists, TypeScript types generated from
// the schemas, and validate: structural validation with ajv, with the codes, pointers and German and
// English messages of the Java library.
export {
  validate,
  validateText,
  validateBytes,
  versionFor,
  findingPointer,
  schema,
  schemaFile,
  schemaVersions,
  type Issue,
  type InvalidResult,
  type SchemaVersion,
  type ValidateOptions,
  type ValidationResult,
  type ValidResult,
} from "./validate.js";
export { codeList, codeListFile, codeListIndex, type CodeListIndexEntry } from "./codelists.js";
export { codeMessage, findingMessage, structuralCodes, type Language } from "./messages.js";

/** The types of format 1.0, generated from its schema: v1.IntegrationPlan, v1.Goal, ... */
export type * as v1 from "./generated/plan-1.0.js";
/** The types of format 2.0, generated from its schema: v2.IntegrationPlan, v2.Goal, ... */
export type * as v2 from "./generated/plan-2.0.js";

import type * as plan1 from "./generated/plan-1.0.js";
import type * as plan2 from "./generated/plan-2.0.js";
/** A plan of any version this package knows. */
export type Plan = plan1.IntegrationPlan | plan2.IntegrationPlan;
