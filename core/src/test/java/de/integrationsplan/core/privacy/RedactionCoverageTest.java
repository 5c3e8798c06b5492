package de.integrationsplan.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.internal.model.ModelView;
import de.integrationsplan.core.internal.model.RecordView;
import de.integrationsplan.core.internal.privacy.RecordRedaction;
import de.integrationsplan.core.model.Coded;
import de.integrationsplan.core.model.PersonalData;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every component of the model, of every major version, has a decided redaction, listed in
 * {@code redaction-handlings.txt} (format 1.x) and {@code redaction-handlings-v2.txt} (format 2.x):
 * a new component fails this test until its handling is reviewed and the list updated
 * ({@code -Dredaction.regenerate=true} rewrites them).
 */
final class RedactionCoverageTest {

  @ParameterizedTest(name = "format {0}.x: every component has the reviewed handling")
  @ValueSource(ints = {1, 2})
  void everyComponentHasTheReviewedHandling(int major) throws IOException {
    if (Boolean.getBoolean("redaction.regenerate")) { // after a reviewed model change
      java.nio.file.Files.writeString(java.nio.file.Path.of(
          "src/test/resources/de/integrationsplan/core/privacy/" + file(major)),
          "# component handling, reviewed; regenerate with -Dredaction.regenerate=true\n"
              + String.join("\n", actual(major)) + "\n");
    }
    assertThat(actual(major)).containsExactlyElementsOf(expected(major));
  }

  @ParameterizedTest(name = "format {0}.x: identifying components are never kept")
  @ValueSource(ints = {1, 2})
  void identifyingComponentsAreNeverKept(int major) {
    for (Class<?> type : recordTypes(major)) {
      for (RecordComponent rc : type.getRecordComponents()) {
        RecordRedaction.Handling h = RecordRedaction.handling(rc);
        if (rc.getAnnotation(PersonalData.class).value() == PersonalData.Category.IDENTIFYING) {
          assertThat(h).as(rc.toString()).isIn(RecordRedaction.Handling.PSEUDONYM,
              RecordRedaction.Handling.UUID_PSEUDONYM, RecordRedaction.Handling.REMOVE);
        }
        if (rc.getAnnotation(PersonalData.class).value() == PersonalData.Category.SPECIAL_CATEGORY) {
          assertThat(h).as(rc.toString()).isIn(RecordRedaction.Handling.SPECIAL_TEXT,
              RecordRedaction.Handling.SPECIAL_VALUE, RecordRedaction.Handling.REMOVE);
        }
      }
    }
  }

  @Test
  void everyCodedComponentOfFormat2IsDecidedAsCoded() {
    for (Class<?> type : recordTypes(2)) {
      for (RecordComponent rc : type.getRecordComponents()) {
        if (rc.getAnnotation(Coded.class) != null) {
          assertThat(RecordRedaction.handling(rc)).as(rc.toString()).isEqualTo(RecordRedaction.Handling.CODED);
        }
      }
    }
  }

  private static List<Class<?>> recordTypes(int major) {
    Class<?> root = ModelView.rootOfMajor(major).orElseThrow();
    return ModelView.records(root).stream().<Class<?>>map(RecordView::type).toList();
  }

  private static String file(int major) {
    return major == 1 ? "redaction-handlings.txt" : "redaction-handlings-v" + major + ".txt";
  }

  private static List<String> actual(int major) {
    List<String> out = new ArrayList<>();
    for (Class<?> type : recordTypes(major)) {
      for (RecordComponent rc : type.getRecordComponents()) {
        out.add(type.getSimpleName() + "." + rc.getName() + " " + RecordRedaction.handling(rc));
      }
    }
    out.sort(null);
    return out;
  }

  private static List<String> expected(int major) throws IOException {
    try (InputStream in = RedactionCoverageTest.class.getResourceAsStream(file(major))) {
      assertThat(in).as(file(major)).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).sorted().toList();
    }
  }
}
