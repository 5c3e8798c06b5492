// The schema's own annotation keyword, for ajv-cli in strict mode:
//   ajv validate --spec=draft2020 --strict=true --all-errors -c ajv-formats -c ./ajv-cli-keywords.cjs -s SCHEMA -d FILE
// (validate.mjs registers the same keyword itself.)
module.exports = (ajv) =>
  ajv.addKeyword({ keyword: "x-personal-data", schemaType: ["string", "boolean", "object"] });
