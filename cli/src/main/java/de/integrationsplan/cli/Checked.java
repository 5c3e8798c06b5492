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
   * The validator failed unexpectedly on the document, which counts as invalid: its result holds
   * one finding, {@link DocumentCheck#CHECK_FAILED}, so that every format reports it.
   *
   * @param result the result with that finding
   * @param fault what went wrong; its message is never printed, since it may quote the document
   */
  record Failed(DocumentResult result, Throwable fault) implements Checked {}
}
