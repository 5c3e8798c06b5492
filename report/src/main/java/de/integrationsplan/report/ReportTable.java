package de.integrationsplan.report;

import java.util.Locale;

/**
 * The tables of a period report, in the order they are written (one sheet each in the workbook).
 * Every table is counted at every {@link ReportLevel}. "In the period" means on a day from the
 * report's first to its last day, both included; "at the Stichtag" means on the report's
 * <em>Stichtag</em>, from the plan's status history (<em>Statusverlauf</em>).
 */
public enum ReportTable {
  /**
   * Plans: active in the period, agreed in it (first status {@code ACTIVE}), closed in it, extended
   * beyond the regular three years ({@code CounsellingPeriod.REGULAR_YEARS}), active at the Stichtag;
   * counselling contacts in the period.
   */
  OVERVIEW("Übersicht", "Overview", "Pläne und Beratungskontakte", "Plans and counselling contacts"),
  /** Distinct persons: counselled in the period (one contact or more), with an active plan at the Stichtag. */
  PERSONS("Personen", "Persons", "Personen (jede einmal gezählt)", "Persons (each counted once)"),
  /** Counselling contacts in the period by topic (a contact of several topics counts in each). */
  CONTACT_TOPICS("Themen", "Topics", "Beratungskontakte nach Thema", "Counselling contacts by topic"),
  /** Counselling contacts in the period by mode. */
  CONTACT_MODES("Kontaktart", "Contact mode", "Beratungskontakte nach Art", "Counselling contacts by mode"),
  /** Plans closed in the period by reason (code list {@code closure-reason}). */
  CLOSURE_REASONS("Abschlussgründe", "Closure reasons", "Abgeschlossene Pläne nach Grund", "Closed plans by reason"),
  /** Plans by status at the Stichtag, from the status history. */
  STATUS_AT_STICHTAG("Status am Stichtag", "Status at Stichtag", "Pläne nach Status am Stichtag",
      "Plans by status at the Stichtag"),
  /** Plans active in the period by residence group (from the legal basis of the residence title). */
  RESIDENCE_GROUPS("Aufenthalt", "Residence", "Aktive Pläne nach Aufenthaltsgruppe",
      "Active plans by residence group"),
  /** Plans active in the period by the person's sex. */
  SEX("Geschlecht", "Sex", "Aktive Pläne nach Geschlecht", "Active plans by sex"),
  /** Plans active in the period by the person's age at the period's end, from the birth year. */
  AGE_GROUPS("Altersgruppe", "Age group", "Aktive Pläne nach Altersgruppe", "Active plans by age group"),
  /** Plans active in the period by the person's first nationality (the ISO 3166-1 code the plan gives). */
  NATIONALITIES("Staatsangehörigkeit", "Nationality", "Aktive Pläne nach erster Staatsangehörigkeit",
      "Active plans by first nationality"),
  /**
   * Plans by status on the last day of each month of the period and on the period's last day,
   * from the status history: the category is the day and the status ({@code 2026-03-31:ACTIVE},
   * {@code 2026-03-31:TOTAL}). A cell holds the same plans as {@link #STATUS_AT_STICHTAG} with that
   * day as <em>Stichtag</em>, and so is published with the same value.
   */
  STATUS_OVER_PERIOD("Status im Verlauf", "Status over time", "Pläne nach Status im Verlauf des Zeitraums",
      "Plans by status over the period"),
  /**
   * Coverage: persons with an active plan at the Stichtag (published, perturbed), persons in
   * <em>Anschlussunterbringung</em> (as given), and the rate in percent; only with a population file.
   */
  COVERAGE("Abdeckung", "Coverage", "Abdeckungsquote", "Coverage rate");

  private final String sheetGerman;
  private final String sheetEnglish;
  private final String titleGerman;
  private final String titleEnglish;

  ReportTable(String sheetGerman, String sheetEnglish, String titleGerman, String titleEnglish) {
    this.sheetGerman = sheetGerman;
    this.sheetEnglish = sheetEnglish;
    this.titleGerman = titleGerman;
    this.titleEnglish = titleEnglish;
  }

  /** @return the name in the output: {@code overview}, {@code contactTopics}, ... */
  public String wireName() {
    StringBuilder b = new StringBuilder();
    boolean upper = false;
    for (char c : name().toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        b.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return b.toString();
  }

  /** @return the sheet's name in the workbook, German and English (at most 31 characters) */
  public String sheetName() {
    String both = sheetGerman + " - " + sheetEnglish;
    return both.length() <= 31 ? both : sheetGerman;
  }

  /**
   * @param locale German or English (any other language is English)
   * @return the table's title in that language
   */
  public String title(Locale locale) {
    return locale.getLanguage().equals("de") ? titleGerman : titleEnglish;
  }
}
