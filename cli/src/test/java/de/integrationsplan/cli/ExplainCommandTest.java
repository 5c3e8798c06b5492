package de.integrationsplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.validation.Codes;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@code explain CODE}: the catalogue's entry, in German or English; an unknown code is a usage error. */
final class ExplainCommandTest {

  @Test
  void explainsACodeInGerman() {
    CliRun.Result result = CliRun.run("explain", "--lang", "de", "plan.goal.dueBeforeAgreement");

    assertThat(result.exitCode()).isZero();
    assertThat(result.outLines()).containsExactly(
        "plan.goal.dueBeforeAgreement",
        "  Meldung: Das Zieldatum liegt vor dem Datum der Zielvereinbarung.",
        "  Bedeutung: " + Codes.explain("plan.goal.dueBeforeAgreement", Locale.GERMAN).meaning(),
        "  Grundlage: " + Codes.explain("plan.goal.dueBeforeAgreement", Locale.GERMAN).anchor(),
        "  Beispiel für den Fehler: " + Codes.explain("plan.goal.dueBeforeAgreement", Locale.GERMAN).fault(),
        "  Korrektur: " + Codes.explain("plan.goal.dueBeforeAgreement", Locale.GERMAN).fix());
    assertThat(result.err()).isEmpty();
  }

  @Test
  void explainsACodeInEnglishWithLangEn() {
    CliRun.Result result = CliRun.run("--lang", "en", "explain", "schema.pattern");

    assertThat(result.exitCode()).isZero();
    assertThat(result.outLines()).first().isEqualTo("schema.pattern");
    assertThat(result.out()).contains("  Message: The value does not have the expected format.", "  Anchor: JSON Schema");
  }

  @Test
  void explainsTheCodeTheCommandLineGivesToADocumentItCouldNotCheck() {
    CliRun.Result result = CliRun.run("explain", "--lang", "de", DocumentCheck.CHECK_FAILED);

    assertThat(result.exitCode()).isZero();
    assertThat(result.outLines()).first().isEqualTo("cli.checkFailed");
    assertThat(result.out()).contains("  Meldung: Das Dokument konnte wegen eines unerwarteten Fehlers nicht geprüft "
        + "werden; es gilt als ungültig.", "--debug");
  }

  @Test
  void explainsEveryCode() {
    for (String code : Codes.all()) {
      assertThat(CliRun.run("explain", code).exitCode()).as(code).isZero();
    }
  }

  @Test
  void suggestsTheNearestCodesForAnUnknownOne() {
    CliRun.Result result = CliRun.run("explain", "--lang", "de", "plan.goal.dueBeforeAgreemnt");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.errLines()).containsExactly(
        "Unbekannter Code: plan.goal.dueBeforeAgreemnt",
        "Gemeint ist vielleicht: plan.goal.dueBeforeAgreement",
        "Hilfe: integrationsplan explain --help");
  }

  @Test
  void findsACodeByItsLastPartOrItsBeginning() {
    assertThat(Codes.nearest("dueBeforeAgreement")).containsExactly("plan.goal.dueBeforeAgreement");
    assertThat(Codes.nearest("SCHEMA.PATERN")).first().isEqualTo("schema.pattern");
    assertThat(Codes.nearest("plan.review")).containsExactly(
        "plan.review.nextNotAfterDate", "plan.review.outsideCounsellingPeriod", "plan.review.unknownGoal");
    assertThat(Codes.nearest("nothing-like-it-at-all")).isEmpty();
  }

  @Test
  void saysInEnglishThatACodeIsUnknown() {
    CliRun.Result result = CliRun.run("explain", "--lang", "en", "xyz");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).containsExactly("Unknown code: xyz", "Help: integrationsplan explain --help");
  }

  @Test
  void needsACode() {
    CliRun.Result result = CliRun.run("explain", "--lang", "de");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).first().asString().startsWith("Es fehlt");
  }

  @Test
  void isAmongTheCommandsOfTheHelp() {
    assertThat(List.of(CliRun.run("--help", "--lang", "de").out(), CliRun.run("explain", "--help", "--lang", "en").out()))
        .satisfiesExactly(
            de -> assertThat(de).contains("explain", "Erklärt einen Code"),
            en -> assertThat(en).contains("Usage: integrationsplan explain", "CODE", "Exit codes:"));
  }
}
