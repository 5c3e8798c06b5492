package de.integrationsplan.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.internal.privacy.RecordRedaction;
import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.testing.ModelGraph;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every component of the model has a decided redaction, listed in {@code redaction-handlings.txt}:
 * a new component fails this test until its handling is reviewed and the list updated
 * ({@code -Dredaction.regenerate=true} rewrites it).
 */
final class RedactionCoverageTest {

  @Test
  void everyComponentHasTheReviewedHandling() throws IOException {
    if (Boolean.getBoolean("redaction.regenerate")) { // after a reviewed model change
      java.nio.file.Files.writeString(java.nio.file.Path.of(
          "src/test/resources/de/integrationsplan/core/privacy/redaction-handlings.txt"),
          "# component handling, reviewed; regenerate with -Dredaction.regenerate=true\n"
              + String.join("\n", actual()) + "\n");
    }
    assertThat(actual()).containsExactlyElementsOf(expected());
  }

  @Test
  void identifyingComponentsAreNeverKept() {
    for (Class<?> type : ModelGraph.recordTypes()) {
      for (RecordComponent rc : type.getRecordComponents()) {
        RecordRedaction.Handling h = RecordRedaction.handling(rc);
        if (rc.getAnnotation(PersonalData.class).value() == PersonalData.Category.IDENTIFYING) {
          assertThat(h).as(rc.toString()).isIn(RecordRedaction.Handling.PSEUDONYM,
              RecordRedaction.Handling.UUID_PSEUDONYM, RecordRedaction.Handling.REMOVE);
        }
        if (rc.getAnnotation(PersonalData.class).value() == PersonalData.Category.SPECIAL_CATEGORY) {
          assertThat(h).as(rc.toString()).isIn(RecordRedaction.Handling.SPECIAL_TEXT, RecordRedaction.Handling.REMOVE);
        }
      }
    }
  }

  private static List<String> actual() {
    List<String> out = new ArrayList<>();
    for (Class<?> type : ModelGraph.recordTypes()) {
      for (RecordComponent rc : type.getRecordComponents()) {
        out.add(type.getSimpleName() + "." + rc.getName() + " " + RecordRedaction.handling(rc));
      }
    }
    out.sort(null);
    return out;
  }

  private static List<String> expected() throws IOException {
    try (InputStream in = RedactionCoverageTest.class.getResourceAsStream("redaction-handlings.txt")) {
      assertThat(in).as("redaction-handlings.txt").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).sorted().toList();
    }
  }
}
