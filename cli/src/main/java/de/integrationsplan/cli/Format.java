package de.integrationsplan.cli;

/** The output formats of {@code validate}. */
enum Format {
  /** One line per finding, {@code file:line pointer code message}, and a summary line. */
  text,
  /** JSON Lines: one JSON object per document. */
  json,
  /** JUnit XML: a test suite per file, a test case per document. */
  junit
}
