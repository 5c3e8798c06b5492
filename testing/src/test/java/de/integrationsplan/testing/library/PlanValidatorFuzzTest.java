package de.integrationsplan.testing.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import de.integrationsplan.core.validation.Codes;
import de.integrationsplan.core.validation.PlanValidator;
import de.integrationsplan.core.validation.ValidationIssue;
import de.integrationsplan.core.validation.ValidationReport;
import de.integrationsplan.schema.PlanSchema;
import de.integrationsplan.testing.ReaderAgreement;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fuzzes the parse-and-validate entry point {@link PlanValidator#validate(byte[])}. In
 * {@code mvn verify} it runs the seeds in {@code PlanValidatorFuzzTestInputs/} once each
 * (regression mode); with {@code -Pfuzz} Jazzer mutates them for 60 seconds (docs/fuzzing.md).
 *
 * <p>Invariants: a report comes back, never an exception; every issue has a code with a message in
 * German and English; every pointer is RFC 6901 syntax; no message repeats the document; the reader
 * and networknt give the same findings, on the bytes and on the text ({@link ReaderAgreement}:
 * networknt judges the reader), but for the {@link KnownDefects}.
 */
final class PlanValidatorFuzzTest {

  private static final PlanValidator GERMAN = PlanValidator.create();
  private static final PlanValidator ENGLISH = PlanValidator.builder().locale(Locale.ENGLISH).build();
  /** The agreement of reader and networknt, with the defects known today let through. */
  private static final KnownDefects AGREEMENT = KnownDefects.DEFAULTS;

  /** RFC 6901: empty, or reference tokens after "/" in which "~" is only "~0" or "~1". */
  private static final Pattern POINTER = Pattern.compile("(/([^/~]|~[01])*)*");

  /** A run of 8 or more letters, digits or hyphens in the input: distinctive enough to spot. */
  private static final Pattern DISTINCTIVE = Pattern.compile("[\\p{L}\\p{N}-]{8,}");

  @FuzzTest(maxDuration = "60s")
  void validatingAnyBytesGivesAReportThatKeepsTheInvariants(byte[] input) {
    ValidationReport german = GERMAN.validate(input);
    ValidationReport english = ENGLISH.validate(new ByteArrayInputStream(input));
    AGREEMENT.check(input);
    AGREEMENT.check(new String(input, StandardCharsets.UTF_8));

    assertThat(english.codes()).as("the same codes from bytes and from a stream").isEqualTo(german.codes());
    String text = new String(input, StandardCharsets.UTF_8);
    for (ValidationIssue issue : german.issues()) {
      assertThat(issue.code()).isNotBlank();
      assertThat(Codes.isKnown(issue.code())).as("%s has a message in both languages", issue.code()).isTrue();
      assertThat(issue.message()).isNotBlank();
      assertThat(POINTER.matcher(issue.pointer()).matches()).as("pointer syntax of %s", issue.code()).isTrue();
      assertNotEchoed(text, issue, Locale.GERMAN);
    }
    for (ValidationIssue issue : english.issues()) {
      assertThat(issue.message()).isNotBlank();
      assertNotEchoed(text, issue, Locale.ENGLISH);
    }
  }

  /**
   * No distinctive run of the input appears in the message, unless the message the library makes
   * for the code at that place without the input has it (an input may quote a word of a message or
   * a label of the model, and a pointer names the property it is at; the message must not have it
   * from the value). A suggestion ("Meinten Sie FEMALE?") is left out: it is chosen by comparing
   * the value with the allowed codes, and names allowed codes only.
   */
  private static void assertNotEchoed(String input, ValidationIssue issue, Locale locale) {
    // the place is named in the labels of the version the document is read as, one of those known
    StringBuilder templates = new StringBuilder();
    for (String version : PlanSchema.versions()) {
      templates.append(Codes.message(issue.code(), version, issue.pointer(), locale, Map.of())).append('\n');
    }
    String message = withoutSuggestion(issue.message());
    Matcher m = DISTINCTIVE.matcher(input);
    while (m.find()) {
      String run = m.group();
      if (message.contains(run)) {
        assertThat(templates.toString()).as("the message of %s repeats the input's %s", issue.code(), run).contains(run);
      }
    }
  }

  private static String withoutSuggestion(String message) {
    for (String question : new String[] {" Meinten Sie ", " Did you mean "}) {
      int at = message.lastIndexOf(question);
      if (at >= 0) {
        return message.substring(0, at);
      }
    }
    return message;
  }
}
