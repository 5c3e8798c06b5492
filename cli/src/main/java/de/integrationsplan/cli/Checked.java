package de.integrationsplan.cli;

/** The outcome of {@link DocumentCheck#check} for one document. */
sealed interface Checked {

  /**
   * The document was validated.
   *
   * @param result its result
   */
  record Done(DocumentResult result) implements Checked {}

  /**
   * The validator failed unexpectedly on the document, which counts as invalid.
   *
   * @param where the file, with {@code :line} for a document of an NDJSON file
   * @param fault what went wrong
   */
  record Failed(String where, Throwable fault) implements Checked {}
}
