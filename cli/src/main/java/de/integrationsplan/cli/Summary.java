package de.integrationsplan.cli;

import de.integrationsplan.core.validation.Severity;

/** The counts of one run. */
final class Summary {
  private long files;
  private long documents;
  private long invalid;
  private long errors;
  private long warnings;

  void file() {
    files++;
  }

  void add(DocumentResult result) {
    documents++;
    if (!result.valid()) {
      invalid++;
    }
    errors += result.count(Severity.ERROR);
    warnings += result.count(Severity.WARNING);
  }

  long documents() {
    return documents;
  }

  long invalid() {
    return invalid;
  }

  /** {@code 3 Dateien geprüft, 1 ungültig, 2 Fehler, 1 Warnung}, or with documents when NDJSON has many per file. */
  String line(Texts texts) {
    String checked = documents == files
        ? texts.get("summary.files", files)
        : texts.get("summary.documents", documents, files);
    return texts.get("summary", checked, invalid, errors, warnings);
  }
}
