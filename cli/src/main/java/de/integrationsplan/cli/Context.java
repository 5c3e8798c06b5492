package de.integrationsplan.cli;

import de.integrationsplan.core.codelist.CodeListCatalogue;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * What the commands share within one run: standard input, standard output as bytes (for NDJSON
 * written plan by plan), the progress indicator, the language.
 */
final class Context {
  private final InputStream stdin;
  private final CheckedOutput stdout;
  private final Progress progress;
  private final Lang lang;
  private boolean debug;
  private StreamFiles streamFiles = StreamFiles.none();
  private Supplier<CodeListCatalogue> codeLists = CodeListCatalogue::standard;

  Context(InputStream stdin, CheckedOutput stdout, Progress progress, Lang lang) {
    this.stdin = stdin;
    this.stdout = stdout;
    this.progress = progress;
    this.lang = lang;
  }

  InputStream stdin() {
    return stdin;
  }

  /**
   * Standard output as bytes, UTF-8. The command's {@code PrintWriter} writes to the same place:
   * flush it before writing here, and flush this stream before writing there again. A write that
   * fails throws {@link CheckedOutput.Failed}, which ends the run.
   */
  CheckedOutput stdout() {
    return stdout;
  }

  Progress progress() {
    return progress;
  }

  Lang lang() {
    return lang;
  }

  boolean debug() {
    return debug;
  }

  void debug(boolean debug) {
    this.debug = debug;
  }

  /** Which files standard input and output are, so that no input is the output. */
  StreamFiles streamFiles() {
    return streamFiles;
  }

  void streamFiles(StreamFiles streamFiles) {
    this.streamFiles = streamFiles;
  }

  /** The code lists {@code codelists} prints: the standard catalogue, read on first use. */
  CodeListCatalogue codeLists() {
    return codeLists.get();
  }

  /** Another catalogue, for the tests of {@code codelists} with fixture lists. */
  void codeLists(Supplier<CodeListCatalogue> codeLists) {
    this.codeLists = codeLists;
  }
}
