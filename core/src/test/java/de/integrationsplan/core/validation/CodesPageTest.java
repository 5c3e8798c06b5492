package de.integrationsplan.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/codes.md} is generated from the catalogue ({@link Codes#explain}) and committed; this
 * test fails when the committed page is not what the catalogue gives. Regenerate it with
 * {@value #REGENERATE}.
 */
final class CodesPageTest {

  static final String REGENERATE =
      "mvn -B -o -q -pl core test -Dtest=CodesPageTest -Dsurefire.failIfNoSpecifiedTests=false -Dcodes.write=true";

  private static final Path PAGE = Path.of("../docs/codes.md");

  /** The families in the order a document meets them: read, checked against the schema, then the rules. */
  private static final List<String[]> FAMILIES = List.of(
      new String[] {"json.", "Reading: `json.*`", "What no schema can see: the document is not JSON, not UTF-8, repeats a key, "
          + "holds more than one plan or exceeds a limit. Reading stops at the first such finding."},
      new String[] {"schema.", "The schema: `schema.*`", "Structural faults, each named after the JSON Schema keyword that "
          + "states the constraint; the reader, networknt and ajv report the same code at the same pointer."},
      new String[] {"plan.", "The rules: `plan.*`", "Rules between values of a plan that no schema states, and formats of "
          + "a plan checked as a Java object."},
      new String[] {"value.", "Values of Java objects: `value.*`", "Findings of the built-in Bean Validation constraints "
          + "on a plan object that was never read from JSON; a document gets the `schema.*` code instead."},
      new String[] {"migration.", "Migration: `migration.*`", "Findings of the migration of a plan from format 1.0 to "
          + "2.0 (`PlanMigration`, `integrationsplan migrate`), at pointers into the 1.0 document; see "
          + "[Migration](migration.md)."},
      new String[] {"cli.", "The command line: `cli.*`", "Findings that only the command line gives, on a document it "
          + "could not check."});

  @Test
  void theCommittedPageIsTheCatalogue() throws IOException {
    String page = render();
    if (Boolean.getBoolean("codes.write")) {
      Files.writeString(PAGE, page, StandardCharsets.UTF_8);
    }
    assertThat(PAGE).exists();
    assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
        .as("docs/codes.md is out of date; regenerate it with%n  %s", REGENERATE)
        .isEqualTo(page);
  }

  @Test
  void listsEveryCode() {
    String page = render();
    assertThat(Codes.all()).allSatisfy(code -> assertThat(page).contains("### `" + code + "`"));
  }

  /** The page: an introduction, then per family every code with its German and English entry side by side. */
  static String render() {
    StringBuilder md = new StringBuilder();
    md.append("# Codes\n\n")
        .append("<!-- Generated from core/src/main/resources/de/integrationsplan/core/internal/codes_de.properties and\n")
        .append("     codes_en.properties by CodesPageTest; do not edit. Regenerate with\n     ")
        .append(REGENERATE).append(" -->\n\n")
        .append("Every code the library reports, with what the rule means, its legal or practical anchor, an example\n")
        .append("of the fault and of the fix, in German (*Deutsch*) and English. The same entries are shown by\n")
        .append("`integrationsplan explain CODE` (`--lang en` for English) and are the rules' help in the command\n")
        .append("line's SARIF output; in Java they are `Codes.explain(code, locale)`. An anchor that names no law or\n")
        .append("standard says *practical*, with the reason. The examples are made up, never taken from a plan.\n\n");
    for (String[] family : FAMILIES) {
      md.append("- [").append(family[1].replace("`", "")).append("](#").append(anchor(family[1])).append(")\n");
    }
    for (String[] family : FAMILIES) {
      md.append("\n## ").append(family[1]).append("\n\n").append(family[2]).append('\n');
      for (String code : Codes.all()) {
        if (!code.startsWith(family[0])) {
          continue;
        }
        CodeExplanation de = Codes.explain(code, Locale.GERMAN);
        CodeExplanation en = Codes.explain(code, Locale.ENGLISH);
        md.append("\n### `").append(code).append("`\n\n")
            .append("| | Deutsch | English |\n|---|---|---|\n");
        row(md, "Meldung / message", de.message(), en.message());
        row(md, "Bedeutung / meaning", de.meaning(), en.meaning());
        row(md, "Grundlage / anchor", de.anchor(), en.anchor());
        row(md, "Fehler / fault", de.fault(), en.fault());
        row(md, "Korrektur / fix", de.fix(), en.fix());
      }
    }
    md.append("\nNext: [Code lists](code-lists.md)\n");
    return md.toString();
  }

  private static void row(StringBuilder md, String label, String german, String english) {
    md.append("| ").append(label).append(" | ").append(cell(german)).append(" | ").append(cell(english)).append(" |\n");
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  /** GitHub's anchor of a heading: lower case, punctuation but hyphens dropped, spaces as hyphens. */
  private static String anchor(String heading) {
    return heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
  }
}
