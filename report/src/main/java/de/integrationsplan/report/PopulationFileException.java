package de.integrationsplan.report;

import java.util.Objects;

/**
 * A population file ({@link PeriodReport#readPopulation(java.io.Reader)}) that cannot be used: the
 * line of the first fault and its kind, never a value of the file. {@link #getMessage()} is
 * English for a log; a program that shows the fault to a statistician words it from
 * {@link #fault()} and {@link #line()} in the statistician's language, as the command line does.
 */
public final class PopulationFileException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** What is wrong with a line. */
  public enum Fault {
    /** More municipalities than {@link PeriodReport#MAX_POPULATION_ROWS}. */
    TOO_MANY_LINES("more than " + PeriodReport.MAX_POPULATION_ROWS + " municipalities"),
    /** Not two fields, AGS and persons, separated by a comma or a semicolon. */
    FIELD_COUNT("two fields expected, AGS and persons"),
    /** The first field is no <em>Amtlicher Gemeindeschlüssel</em> of Baden-Württemberg. */
    NOT_AN_AGS("not an AGS of Baden-Württemberg (08 and six digits)"),
    /** The persons are no whole number. */
    NOT_A_WHOLE_NUMBER("the persons are not a whole number"),
    /** The persons are below zero. */
    NEGATIVE("the persons are negative"),
    /** The AGS is on an earlier line too. */
    AGS_TWICE("the AGS is given twice");

    private final String english;

    Fault(String english) {
      this.english = english;
    }
  }

  /** The line of the fault, from 1 with the header line. */
  private final int line;
  /** What is wrong with the line. */
  private final Fault fault;

  PopulationFileException(int line, Fault fault) {
    super("line " + line + ": " + Objects.requireNonNull(fault, "fault").english);
    this.line = line;
    this.fault = fault;
  }

  /**
   * The line of the fault, counted from 1 with the header line.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * What is wrong with the line.
   *
   * @return the fault
   */
  public Fault fault() {
    return fault;
  }
}
