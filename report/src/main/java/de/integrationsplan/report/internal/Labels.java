package de.integrationsplan.report.internal;

import de.integrationsplan.core.codelist.Code;
import de.integrationsplan.core.codelist.CodeListCatalogue;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The German and English names of the categories, for the workbook's label column: the report's
 * own categories here, closure reasons from the code list {@code closure-reason}, nationalities from
 * Destatis's list {@code nationality} with their key; a code of no list keeps its code.
 */
public final class Labels {

  private static final Map<String, String[]> NAMES = Map.ofEntries(
      e("TOTAL", "Insgesamt", "Total"),
      e("UNKNOWN", "Keine Angabe", "Not given"),
      e("PLANS_ACTIVE_IN_PERIOD", "Im Zeitraum aktive Pläne", "Plans active in the period"),
      e("PLANS_AGREED", "Im Zeitraum vereinbarte Pläne", "Plans agreed in the period"),
      e("PLANS_CLOSED", "Im Zeitraum abgeschlossene Pläne", "Plans closed in the period"),
      e("PLANS_EXTENDED_BEYOND_THREE_YEARS", "Über drei Jahre hinaus verlängert", "Extended beyond three years"),
      e("PLANS_ACTIVE_AT_STICHTAG", "Am Stichtag aktive Pläne", "Plans active at the Stichtag"),
      e("CONTACTS", "Beratungskontakte im Zeitraum", "Counselling contacts in the period"),
      e("ACTIVE_IN_PERIOD", "Personen mit im Zeitraum aktivem Plan", "Persons with a plan active in the period"),
      e("COUNSELLED", "Im Zeitraum beratene Personen", "Persons counselled in the period"),
      e("WITH_ACTIVE_PLAN_AT_STICHTAG", "Personen mit aktivem Plan am Stichtag", "Persons with an active plan at the Stichtag"),
      e("NO_TOPIC", "Ohne Thema", "No topic"),
      e("LANGUAGE", "Sprache", "Language"),
      e("WORK", "Arbeit", "Work"),
      e("RECOGNITION", "Anerkennung", "Recognition"),
      e("HOUSING", "Wohnen", "Housing"),
      e("SCHOOL", "Schule", "School"),
      e("VOCATIONAL_TRAINING_OR_STUDY", "Ausbildung oder Studium", "Vocational training or study"),
      e("HEALTH", "Gesundheit", "Health"),
      e("PARTICIPATION", "Teilhabe", "Participation"),
      e("CHILDREN_AND_FAMILY", "Kinder und Familie", "Children and family"),
      e("SECURING_RESIDENCE", "Aufenthaltssicherung", "Securing residence"),
      e("NATURALISATION", "Einbürgerung", "Naturalisation"),
      e("FINANCES", "Finanzen", "Finances"),
      e("OTHER", "Sonstiges", "Other"),
      e("IN_PERSON", "Persönlich", "In person"),
      e("PHONE", "Telefon", "Phone"),
      e("VIDEO", "Video", "Video"),
      e("HOME_VISIT", "Hausbesuch", "Home visit"),
      e("ACCOMPANIMENT", "Begleitung", "Accompaniment"),
      e("WRITTEN", "Schriftlich", "Written"),
      e("DRAFT", "Entwurf", "Draft"),
      e("ACTIVE", "Aktiv", "Active"),
      e("ON_HOLD", "Ruhend", "On hold"),
      e("COMPLETED", "Erfüllt", "Completed"),
      e("CLOSED", "Abgeschlossen", "Closed"),
      e("TEMPORARY_PROTECTION_24", "Vorübergehender Schutz (§ 24 AufenthG)", "Temporary protection (s. 24 AufenthG)"),
      e("PROTECTION_STATUS", "Asyl, Flüchtlingsschutz, subsidiärer Schutz (§ 25 Abs. 1, 2 AufenthG)",
          "Asylum, refugee or subsidiary protection (s. 25(1), (2) AufenthG)"),
      e("ADMISSION_22_23", "Aufnahme (§§ 22, 23 AufenthG)", "Admission (ss. 22, 23 AufenthG)"),
      e("OTHER_HUMANITARIAN", "Andere humanitäre Titel (§§ 25 Abs. 3 bis 5, 25a, 25b, 104c AufenthG)",
          "Other humanitarian titles (ss. 25(3)-(5), 25a, 25b, 104c AufenthG)"),
      e("SETTLEMENT", "Niederlassungserlaubnis (§§ 9, 9a, 26 Abs. 3, 4 AufenthG)",
          "Settlement permit (ss. 9, 9a, 26(3), (4) AufenthG)"),
      e("EDUCATION_EMPLOYMENT", "Ausbildung und Erwerbstätigkeit (§§ 16g, 18a, 18b, 19c, 19d AufenthG)",
          "Education and employment (ss. 16g, 18a, 18b, 19c, 19d AufenthG)"),
      e("FAMILY", "Familiennachzug", "Family reunification"),
      e("DULDUNG", "Duldung (§§ 60a bis 60d AufenthG)", "Toleration (ss. 60a to 60d AufenthG)"),
      e("GESTATTUNG", "Aufenthaltsgestattung (§ 55 AsylG)", "Permission to reside (s. 55 AsylG)"),
      e("FICTION_CERTIFICATE", "Fiktionsbescheinigung (§ 81 AufenthG)", "Fictional certificate (s. 81 AufenthG)"),
      e("FEMALE", "Weiblich", "Female"),
      e("MALE", "Männlich", "Male"),
      e("DIVERSE", "Divers", "Diverse"),
      e("UNSPECIFIED", "Ohne Angabe", "Unspecified"),
      e("AGE_0_17", "Unter 18 Jahre", "Under 18"),
      e("AGE_18_26", "18 bis 26 Jahre", "18 to 26"),
      e("AGE_27_44", "27 bis 44 Jahre", "27 to 44"),
      e("AGE_45_64", "45 bis 64 Jahre", "45 to 64"),
      e("AGE_65_PLUS", "65 Jahre und älter", "65 and over"),
      e("PERSONS_WITH_PLAN", "Personen mit aktivem Plan am Stichtag", "Persons with an active plan at the Stichtag"),
      e("PERSONS_IN_ANSCHLUSSUNTERBRINGUNG", "Personen in Anschlussunterbringung", "Persons in Anschlussunterbringung"),
      e("COVERAGE_PERCENT", "Abdeckungsquote in Prozent", "Coverage rate in percent"));

  private static final java.time.format.DateTimeFormatter DAY_GERMAN =
      java.time.format.DateTimeFormatter.ofPattern("dd.MM.uuuu");

  private Labels() {}

  private static Map.Entry<String, String[]> e(String code, String german, String english) {
    return Map.entry(code, new String[] {german, english});
  }

  /**
   * @param table the table's wire name, which decides which list a code is of
   * @param category the category's code
   * @param locale German or English
   * @return the name, or the code itself when it has none
   */
  public static String of(String table, String category, Locale locale) {
    boolean german = locale.getLanguage().equals("de");
    if (table.equals("closureReasons") && !category.equals("TOTAL")) {
      Optional<Code> code = CodeListCatalogue.standard().byId("closure-reason").flatMap(l -> l.code(category));
      if (code.isPresent()) {
        return code.get().name(german ? Locale.GERMAN : Locale.ENGLISH);
      }
      return category;
    }
    if (table.equals("nationalities") && !category.equals("TOTAL") && !category.equals("UNKNOWN")) {
      // a Destatis key: its name in the list's newest version, the key beside it
      Optional<Code> code = CodeListCatalogue.standard().byId("nationality").flatMap(l -> l.code(category));
      return code.map(c -> c.name(german ? Locale.GERMAN : Locale.ENGLISH) + " (" + category + ")").orElse(category);
    }
    if (table.equals("statusOverPeriod")) {
      int colon = category.indexOf(':');
      if (colon > 0) {
        java.time.LocalDate day = java.time.LocalDate.parse(category.substring(0, colon));
        String status = of("statusAtStichtag", category.substring(colon + 1), locale);
        return (german ? DAY_GERMAN.format(day) : day.toString()) + " " + status;
      }
    }
    String[] names = NAMES.get(category);
    return names == null ? category : names[german ? 0 : 1];
  }
}
