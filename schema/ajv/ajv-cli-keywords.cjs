// The schema's own annotation keywords, for ajv-cli in strict mode:
//   ajv validate --spec=draft2020 --strict=true --all-errors -c ajv-formats -c ./ajv-cli-keywords.cjs -s SCHEMA -d FILE
// x-personal-data classifies personal data; x-code-list (schema 2.0) names the code list of a coded
// string; x-label (schema 2.0) holds a type's German and English labels. (validate.mjs and check-corpus.mjs register the same keywords themselves.)
module.exports = (ajv) => {
  ajv.addKeyword({ keyword: "x-personal-data", schemaType: ["string", "boolean", "object"] });
  ajv.addKeyword({ keyword: "x-code-list", schemaType: "string" });
  ajv.addKeyword({ keyword: "x-label", schemaType: "object" });
};
