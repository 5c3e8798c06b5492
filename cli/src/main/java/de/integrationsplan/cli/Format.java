package de.integrationsplan.cli;

/** The output formats of {@code validate}. */
enum Format {
  /** Per document a line with its verdict, its findings indented below, and a summary line. */
  text,
  /** JSON Lines: one JSON object per document. */
  json,
  /** JUnit XML: a test suite per file, a test case per document. */
  junit,
  /** SARIF 2.1.0: one run, a result per finding, the codes as rules. */
  sarif,
  /** GitHub Actions workflow commands: a line per finding. */
  github
}
