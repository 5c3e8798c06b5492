package de.integrationsplan.cli;

import de.integrationsplan.core.validation.CodeExplanation;
import java.util.List;

/**
 * A code's catalogue entry as labelled lines, the same for {@code explain} and for the rules' help
 * in SARIF: {@code Bedeutung: …}, {@code Grundlage: …}, {@code Beispiel für den Fehler: …},
 * {@code Korrektur: …}.
 */
final class Explanations {

  /** One part of the entry with its label, such as {@code Bedeutung:}. */
  record Line(String label, String text) {
    @Override
    public String toString() {
      return label + " " + text;
    }

    /** The line in Markdown, its label in bold. */
    String markdown() {
      return "**" + label + "** " + text;
    }
  }

  private Explanations() {}

  /** The message, meaning, anchor, fault and fix, each a line with its label. */
  static List<Line> lines(Texts texts, CodeExplanation entry) {
    return List.of(
        new Line(texts.get("explain.message"), entry.message()),
        new Line(texts.get("explain.meaning"), entry.meaning()),
        new Line(texts.get("explain.anchor"), entry.anchor()),
        new Line(texts.get("explain.fault"), entry.fault()),
        new Line(texts.get("explain.fix"), entry.fix()));
  }
}
