package de.integrationsplan.report.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The residence groups of the report, from the codes of the list {@code legal-basis}: the
 * grouping follows the structure of the AufenthG (Kapitel 2 Abschnitt 5, §§ 22 to 26: residence for
 * reasons of international law, humanitarian or political reasons; Abschnitt 3 and 4: education
 * and employment; Abschnitt 6: family; § 60a ff.: Duldung) and keeps § 24 (temporary protection)
 * apart, as the funding body asks. A code the grouping does not know is {@code OTHER}.
 */
public final class ResidenceGroups {

  /** § 24 AufenthG, temporary protection. */
  public static final String TEMPORARY_PROTECTION = "TEMPORARY_PROTECTION_24";

  private static final Map<String, String> GROUPS = Map.ofEntries(
      Map.entry("AUFENTHG_24", TEMPORARY_PROTECTION),
      Map.entry("AUFENTHG_25_1", "PROTECTION_STATUS"),
      Map.entry("AUFENTHG_25_2_REFUGEE", "PROTECTION_STATUS"),
      Map.entry("AUFENTHG_25_2_SUBSIDIARY", "PROTECTION_STATUS"),
      Map.entry("AUFENTHG_22", "ADMISSION_22_23"),
      Map.entry("AUFENTHG_23_1", "ADMISSION_22_23"),
      Map.entry("AUFENTHG_23_2", "ADMISSION_22_23"),
      Map.entry("AUFENTHG_23_4", "ADMISSION_22_23"),
      Map.entry("AUFENTHG_25_3", "OTHER_HUMANITARIAN"),
      Map.entry("AUFENTHG_25_4", "OTHER_HUMANITARIAN"),
      Map.entry("AUFENTHG_25_5", "OTHER_HUMANITARIAN"),
      Map.entry("AUFENTHG_25A", "OTHER_HUMANITARIAN"),
      Map.entry("AUFENTHG_25B", "OTHER_HUMANITARIAN"),
      Map.entry("AUFENTHG_104C", "OTHER_HUMANITARIAN"),
      Map.entry("AUFENTHG_9", "SETTLEMENT"),
      Map.entry("AUFENTHG_9A", "SETTLEMENT"),
      Map.entry("AUFENTHG_26_3", "SETTLEMENT"),
      Map.entry("AUFENTHG_26_4", "SETTLEMENT"),
      Map.entry("AUFENTHG_16G", "EDUCATION_EMPLOYMENT"),
      Map.entry("AUFENTHG_18A", "EDUCATION_EMPLOYMENT"),
      Map.entry("AUFENTHG_18B", "EDUCATION_EMPLOYMENT"),
      Map.entry("AUFENTHG_19C", "EDUCATION_EMPLOYMENT"),
      Map.entry("AUFENTHG_19D", "EDUCATION_EMPLOYMENT"),
      Map.entry("AUFENTHG_FAMILY_REUNIFICATION", "FAMILY"),
      Map.entry("AUFENTHG_60A_DULDUNG", "DULDUNG"),
      Map.entry("AUFENTHG_60B", "DULDUNG"),
      Map.entry("AUFENTHG_60C", "DULDUNG"),
      Map.entry("AUFENTHG_60D", "DULDUNG"),
      Map.entry("ASYLG_55_GESTATTUNG", "GESTATTUNG"),
      Map.entry("AUFENTHG_81_FICTION", "FICTION_CERTIFICATE"));

  private ResidenceGroups() {}

  /**
   * @param legalBasis a code of {@code legal-basis}, or {@code null} when the plan gives none
   * @return the group: {@code UNKNOWN} without a code, {@code OTHER} for a code of no group
   */
  public static String of(@Nullable String legalBasis) {
    if (legalBasis == null) {
      return PlanCounting.UNKNOWN;
    }
    return GROUPS.getOrDefault(legalBasis, "OTHER");
  }
}
