// A vendor's TypeScript program as it uses the packed package, compiled with tsc --strict by
// .ci/npm-package: validate a plan, narrow the result to the plan of its version, report findings.
import { readFileSync } from "node:fs";
import { schemaVersions, validateText, type Issue, type ValidationResult, type v2 } from "integrationsplan";

const [validFile, invalidFile] = process.argv.slice(2);
if (validFile === undefined || invalidFile === undefined) {
  throw new Error("usage: node consumer.js VALID_2_0_PLAN INVALID_PLAN");
}

const ok: ValidationResult = validateText(readFileSync(validFile, "utf8"));
if (!ok.valid || ok.schemaVersion !== "2.0") {
  throw new Error(`expected a valid plan of format 2.0: ${JSON.stringify(ok.issues)}`);
}
const plan: v2.IntegrationPlan = ok.plan;
const goals: number = plan.goals?.length ?? 0;
console.log(`valid ${ok.schemaVersion} ${plan.status} goals=${goals} versions=${schemaVersions.join(",")}`);

const bad = validateText(readFileSync(invalidFile, "utf8"), { lang: "en" });
if (bad.valid) {
  throw new Error("expected an invalid plan");
}
for (const issue of bad.issues as readonly Issue[]) {
  console.log(`invalid ${issue.code} ${issue.pointer}: ${issue.message}`);
}
