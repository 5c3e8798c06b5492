package de.integrationsplan.core.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The model's labels and descriptions: one for every type, component and constant, in both languages. */
final class ModelTextsTest {

  private static final Locale[] BOTH = {Locale.GERMAN, Locale.ENGLISH};

  @Test
  void everyRecordAndComponentHasALabelAndADescriptionInBothLanguages() {
    for (Locale locale : BOTH) {
      for (RecordView record : ModelView.records()) {
        assertThat(record.label(locale)).as(record.name()).isNotBlank();
        assertThat(record.description(locale)).as(record.name()).isNotBlank();
        for (Component c : record.components()) {
          assertThat(c.label(locale)).as(c.where()).isNotBlank().doesNotContain("\n");
          assertThat(c.label(locale).length()).as("a label is short: %s", c.where()).isLessThanOrEqualTo(40);
          assertThat(c.description(locale)).as(c.where()).isNotBlank();
          if (c.kind() == ValueKind.ENUM) {
            assertThat(ModelView.label(c.valueType(), locale)).isNotBlank();
            for (Object constant : c.valueType().getEnumConstants()) {
              assertThat(ModelView.description((Enum<?>) constant, locale)).as("%s", constant).isNotBlank();
            }
          }
        }
      }
    }
  }

  @Test
  void germanAndEnglishDiffer() {
    Component key = ModelView.of(de.integrationsplan.core.model.v1.ResponsibleOrganisation.class).component("municipalityKey");
    assertThat(key.label(Locale.GERMAN)).isEqualTo("Gemeindeschlüssel");
    assertThat(key.label(Locale.ENGLISH)).isEqualTo("Municipality key");
    assertThat(ModelView.of(de.integrationsplan.core.model.v1.Goal.class).label(Locale.ENGLISH)).isEqualTo("Goal");
    assertThat(key.label(Locale.FRENCH)).as("German for every language but English").isEqualTo("Gemeindeschlüssel");
  }

  @Test
  void eachVersionsFilesHaveTheSameKeysAndNoneUnused() {
    for (Class<?> root : ModelView.roots()) {
      String pkg = root.getPackageName();
      Set<String> german = ModelTexts.texts(pkg, false).keySet();
      assertThat(ModelTexts.texts(pkg, true).keySet()).as(pkg).containsExactlyInAnyOrderElementsOf(german);
      assertThat(german).as(pkg).containsExactlyInAnyOrderElementsOf(used(root));
    }
  }

  @Test
  void eachVersionHasItsOwnFiles() {
    assertThat(ModelTexts.resource("de.integrationsplan.core.model.v1", false)).isEqualTo("texts_de.properties");
    assertThat(ModelTexts.resource("de.integrationsplan.core.model.v2", true)).isEqualTo("v2/texts_en.properties");
    assertThat(ModelView.of(de.integrationsplan.core.model.v2.Goal.class).label(Locale.GERMAN)).isEqualTo("Ziel");
  }

  private static Set<String> used(Class<?> root) {
    Set<String> used = new TreeSet<>();
    for (RecordView record : ModelView.records(root)) {
      used.add(record.name() + "@label");
      used.add(record.name() + "@description");
      for (Component c : record.components()) {
        used.add(c.where());
        used.add(c.where() + "@label");
        if (c.kind() == ValueKind.ENUM) {
          used.add(c.valueType().getSimpleName() + "@label");
          used.add(c.valueType().getSimpleName() + "@description");
          for (Object constant : c.valueType().getEnumConstants()) {
            used.add(c.valueType().getSimpleName() + "." + ((Enum<?>) constant).name());
          }
        }
      }
    }
    return used;
  }
}
