package de.integrationsplan.examples;

// quickstart:begin
import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.model.v1.CefrLevel;
import de.integrationsplan.core.model.v1.Consent;
import de.integrationsplan.core.model.v1.ConsentScope;
import de.integrationsplan.core.model.v1.CounsellingPeriod;
import de.integrationsplan.core.model.v1.Goal;
import de.integrationsplan.core.model.v1.GoalArea;
import de.integrationsplan.core.model.v1.GoalStatus;
import de.integrationsplan.core.model.v1.GoalTarget;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.model.v1.LanguageTarget;
import de.integrationsplan.core.model.v1.LegalBasis;
import de.integrationsplan.core.model.v1.Measure;
import de.integrationsplan.core.model.v1.MeasureKind;
import de.integrationsplan.core.model.v1.Person;
import de.integrationsplan.core.model.v1.PlanStatus;
import de.integrationsplan.core.model.v1.ResidenceStatus;
import de.integrationsplan.core.model.v1.ResponsibleOrganisation;
import de.integrationsplan.core.model.v1.ResponsibleParty;
import de.integrationsplan.core.validation.PlanValidator;
import de.integrationsplan.core.validation.ValidationIssue;
import de.integrationsplan.core.validation.ValidationReport;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The README's Quickstart: build a plan, validate it, print the German report, write JSON. */
public final class Quickstart {

  public static void main(String[] args) {
    LocalDate start = LocalDate.of(2026, 3, 2);
    IntegrationPlan plan = IntegrationPlan.builder()
        .id(UUID.fromString("7d0c6f4e-2b1a-4e8f-9c3d-5a6b7c8d9e0f"))
        .status(PlanStatus.ACTIVE)
        .created(OffsetDateTime.parse("2026-03-02T10:15:00+01:00"))
        .counsellingPeriod(CounsellingPeriod.of(start, start.plusYears(3).minusDays(1)))
        .responsibleOrganisation(ResponsibleOrganisation.of("08221000"))    // Heidelberg (AGS)
        .integrationManager("im-hd-07")                                      // a pseudonym, never a name
        .consent(new Consent(start, List.of(ConsentScope.COUNSELLING_RECORDS), null))
        .person(Person.builder("p-2026-0042")
            .birthYear(1994)
            .nationality("AF")
            .language("prs")                                                 // Dari
            .residence(ResidenceStatus.of(LegalBasis.AUFENTHG_25_2_SUBSIDIARY))
            .build())
        .goal(Goal.builder("g1", GoalArea.LANGUAGE, "Deutsch auf B1 für die Ausbildung zur Pflegehelferin")
            .status(GoalStatus.ACTIVE)
            .agreedOn(LocalDate.of(2026, 3, 16))
            .dueDate(LocalDate.of(2026, 2, 27))                              // oops: before the agreement
            .target(GoalTarget.language(new LanguageTarget("deu", CefrLevel.B1)))
            .build())
        .measure(Measure.builder("m1", MeasureKind.COURSE, ResponsibleParty.PERSON)
            .goal("g2")                                                      // oops: there is no goal g2
            .description("Integrationskurs bei der VHS")
            .build())
        .build();

    ValidationReport report = PlanValidator.create().validate(plan);        // German messages
    System.out.println(report.isValid() ? "Der Integrationsplan ist gültig." : "Der Integrationsplan hat Fehler:");
    for (ValidationIssue issue : report.issues()) {
      System.out.println("  " + issue.severity() + " " + issue.pointer() + " [" + issue.code() + "] " + issue.message());
    }

    String json = PlanJson.create().write(plan);                             // the wire format
    System.out.println(json.length() + " Zeichen JSON, beginnend mit " + json.substring(0, 60) + " ...");
  }
}
// quickstart:end
