package de.integrationsplan.core.model.v1;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.model.PersonalData;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every component of every record of the model carries its data-protection classification. */
final class PersonalDataClassificationTest {

  @Test
  void everyRecordComponentIsClassified() throws Exception {
    List<String> unclassified = new ArrayList<>();
    for (Class<?> type : modelRecords()) {
      for (RecordComponent c : type.getRecordComponents()) {
        if (c.getAnnotation(PersonalData.class) == null
            || type.getDeclaredField(c.getName()).getAnnotation(PersonalData.class) == null) {
          unclassified.add(type.getSimpleName() + "." + c.getName());
        }
      }
    }
    assertThat(unclassified).isEmpty();
  }

  @Test
  void namesBirthDateAndPseudonymsAreIdentifying() {
    assertThat(category(IdentifyingData.class, "givenNames")).isEqualTo(PersonalData.Category.IDENTIFYING);
    assertThat(category(IdentifyingData.class, "familyName")).isEqualTo(PersonalData.Category.IDENTIFYING);
    assertThat(category(IdentifyingData.class, "birthDate")).isEqualTo(PersonalData.Category.IDENTIFYING);
    assertThat(category(Person.class, "pseudonym")).isEqualTo(PersonalData.Category.IDENTIFYING);
    assertThat(category(IntegrationPlan.class, "integrationManager")).isEqualTo(PersonalData.Category.IDENTIFYING);
  }

  @Test
  void freeTextThatMayHoldHealthDataIsSpecialCategory() {
    assertThat(category(Development.class, "note")).isEqualTo(PersonalData.Category.SPECIAL_CATEGORY);
    assertThat(category(CounsellingPeriod.class, "extensionJustification"))
        .isEqualTo(PersonalData.Category.SPECIAL_CATEGORY);
    assertThat(category(Goal.class, "description")).isEqualTo(PersonalData.Category.SPECIAL_CATEGORY);
  }

  @Test
  void schemaValuesAreLowerCaseWithHyphens() {
    assertThat(PersonalData.Category.SPECIAL_CATEGORY.schemaValue()).isEqualTo("special-category");
    assertThat(PersonalData.Category.IDENTIFYING.schemaValue()).isEqualTo("identifying");
    assertThat(PersonalData.Category.ORDINARY.schemaValue()).isEqualTo("ordinary");
  }

  private static PersonalData.Category category(Class<?> type, String component) {
    for (RecordComponent c : type.getRecordComponents()) {
      if (c.getName().equals(component)) {
        return c.getAnnotation(PersonalData.class).value();
      }
    }
    throw new AssertionError(type + " has no component " + component);
  }

  /** The records of the model package, found from the compiled classes. */
  static List<Class<?>> modelRecords() throws IOException, URISyntaxException, ClassNotFoundException {
    Path dir = Path.of(IntegrationPlan.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve("de/integrationsplan/core/model/v1");
    List<Class<?>> records = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$")) {
          Class<?> type = Class.forName("de.integrationsplan.core.model.v1." + name.replace(".class", ""));
          if (type.isRecord()) {
            records.add(type);
          }
        }
      }
    }
    assertThat(records).hasSizeGreaterThan(25);
    return records;
  }
}
