package de.integrationsplan.core.validation;

/**
 * A place in the JSON text, for findings made while reading it.
 *
 * @param line the line, from 1
 * @param column the column, from 1
 */
public record TextLocation(int line, int column) {

  /**
   * Canonical constructor; line and column are positive.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   */
  public TextLocation {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column start at 1");
    }
  }
}
