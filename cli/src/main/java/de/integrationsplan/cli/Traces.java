package de.integrationsplan.cli;

import java.io.PrintWriter;

/**
 * The stack trace that {@code --debug} prints: where a fault happened, never what it said. An
 * exception's message may quote the document (a parser repeats the number it could not read), so
 * each exception of the chain is named by its class only, with its frames.
 */
final class Traces {

  private Traces() {}

  /**
   * Prints the classes and frames of {@code fault} and its causes.
   *
   * @param fault the fault
   * @param err where to print
   */
  static void print(Throwable fault, PrintWriter err) {
    String prefix = "";
    int depth = 0;
    for (Throwable t = fault; t != null && depth < 16; t = t.getCause(), depth++) {
      err.println(prefix + t.getClass().getName());
      for (StackTraceElement frame : t.getStackTrace()) {
        err.println("\tat " + frame);
      }
      prefix = "Caused by: ";
    }
    err.flush();
  }
}
