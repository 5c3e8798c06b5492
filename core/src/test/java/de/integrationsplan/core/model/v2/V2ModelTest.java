package de.integrationsplan.core.model.v2;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.model.Coded;
import de.integrationsplan.core.model.PersonalData;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The model of format 2 as a whole: every component classified once, the coded components and
 * their lists, the texts complete in German and English.
 */
final class V2ModelTest {

  private static final String TEXTS = "/de/integrationsplan/core/internal/model/v2/texts_";

  @Test
  void everyComponentHasExactlyOneClassification() throws Exception {
    List<String> unclassified = new ArrayList<>();
    for (Class<?> type : types()) {
      if (!type.isRecord()) {
        continue;
      }
      for (RecordComponent c : type.getRecordComponents()) {
        if (c.getAnnotationsByType(PersonalData.class).length != 1
            || type.getDeclaredField(c.getName()).getAnnotationsByType(PersonalData.class).length != 1) {
          unclassified.add(type.getSimpleName() + "." + c.getName());
        }
      }
    }
    assertThat(unclassified).isEmpty();
  }

  @Test
  void healthAndDisabilityAreSpecialCategoriesAndIdentifiersIdentify() {
    assertThat(category(Person.class, "disability")).isEqualTo(PersonalData.Category.SPECIAL_CATEGORY);
    for (String c : List.of("degree", "markers", "establishedOn")) {
      assertThat(category(Disability.class, c)).as(c).isEqualTo(PersonalData.Category.SPECIAL_CATEGORY);
    }
    assertThat(category(Goal.class, "description")).isEqualTo(PersonalData.Category.SPECIAL_CATEGORY);
    assertThat(category(Closure.class, "note")).isEqualTo(PersonalData.Category.SPECIAL_CATEGORY);
    assertThat(category(Person.class, "pseudonym")).isEqualTo(PersonalData.Category.IDENTIFYING);
    assertThat(category(IdentifyingData.class, "birthDate")).isEqualTo(PersonalData.Category.IDENTIFYING);
    assertThat(category(IntegrationPlan.class, "integrationManager")).isEqualTo(PersonalData.Category.IDENTIFYING);
    assertThat(category(IntegrationPlan.class, "id")).isEqualTo(PersonalData.Category.IDENTIFYING);
  }

  @Test
  void lawBoundListsAreCodedStrings() throws Exception {
    Map<String, String> coded = new TreeMap<>();
    for (Class<?> type : types()) {
      if (type.isRecord()) {
        for (RecordComponent c : type.getRecordComponents()) {
          Coded code = c.getAnnotation(Coded.class);
          if (code != null) {
            coded.put(type.getSimpleName() + "." + c.getName(),
                code.value() + (code.validAt().isEmpty() ? "" : "@" + code.validAt()));
            if (!code.validAt().isEmpty()) {
              assertThat(component(type, code.validAt())).as(code.validAt()).isNotNull();
            }
          }
        }
      }
    }
    assertThat(coded).isEqualTo(new TreeMap<>(Map.ofEntries(
        Map.entry("Closure.reason", "closure-reason@closedOn"),
        Map.entry("ComparabilityStatement.result", "statement-result@issuedOn"),
        Map.entry("CompetenceProfile.schoolTrack", "school-track"),
        Map.entry("Course.type", "course-type@startedOn"),
        Map.entry("FinanceTarget.benefit", "benefit"),
        Map.entry("HouseholdMember.schoolTrack", "school-track"),
        Map.entry("Measure.kind", "measure-kind"),
        Map.entry("Measure.responsible", "responsible-party"),
        Map.entry("Person.benefits", "benefit"),
        Map.entry("Person.nationalities", "nationality"),
        Map.entry("Person.targetGroup", "target-group"),
        Map.entry("Recognition.compensationMeasure", "compensation-measure"),
        Map.entry("Recognition.outcome", "recognition-outcome@decidedOn"),
        Map.entry("Recognition.procedure", "recognition-procedure@appliedOn"),
        Map.entry("Recognition.state", "recognition-state"),
        Map.entry("RecognitionTarget.outcomeSought", "recognition-outcome"),
        Map.entry("ResidenceStatus.legalBasis", "legal-basis@grantedOn"),
        Map.entry("ResidenceStatus.workPermit", "work-permit"),
        Map.entry("ResidenceTarget.legalBasisSought", "legal-basis"))));
  }

  @Test
  void noEnumOfALawBoundListIsCopiedFromFormat1() throws Exception {
    Set<String> names = new TreeSet<>();
    for (Class<?> type : types()) {
      names.add(type.getSimpleName());
    }
    assertThat(names).doesNotContainAnyElementsOf(List.of("LegalBasis", "BenefitType", "CourseType",
        "RecognitionProcedure", "RecognitionOutcome", "MeasureKind", "ResponsibleParty", "ClosureReason",
        "AccommodationType", "Accommodation", "Child"));
  }

  @Test
  void theTextsHaveEveryKeyOfTheModelInBothLanguagesAndNoOther() throws Exception {
    Set<String> expected = new TreeSet<>();
    for (Class<?> type : types()) {
      if (!type.isRecord() && !type.isEnum()) {
        continue;
      }
      String name = type.getSimpleName();
      expected.add(name + "@label");
      expected.add(name + "@description");
      if (type.isRecord()) {
        for (RecordComponent c : type.getRecordComponents()) {
          expected.add(name + "." + c.getName());
          expected.add(name + "." + c.getName() + "@label");
        }
      } else {
        for (Object constant : type.getEnumConstants()) {
          expected.add(name + "." + ((Enum<?>) constant).name());
        }
      }
    }
    Properties german = load("de");
    Properties english = load("en");
    assertThat(new TreeSet<>(german.stringPropertyNames())).isEqualTo(expected);
    assertThat(new TreeSet<>(english.stringPropertyNames())).isEqualTo(expected);
    for (String key : expected) {
      assertThat(german.getProperty(key)).as(key).isNotBlank().doesNotContain("TODO");
      assertThat(english.getProperty(key)).as(key).isNotBlank().doesNotContain("TODO");
    }
  }

  @Test
  void toStringPrintsNoPersonalData() {
    IntegrationPlan plan = V2Samples.pharmacist();
    assertThat(plan.toString()).doesNotContain("P-2026-0815", "Apothek", "Heidelberg");
    assertThat(plan.person().toString()).isEqualTo("Person[redacted]");
    assertThat(plan.person().household().members().get(0).toString()).isEqualTo("HouseholdMember[id=m1]");
  }

  private static Properties load(String language) throws IOException {
    Properties p = new Properties();
    try (InputStream in = V2ModelTest.class.getResourceAsStream(TEXTS + language + ".properties")) {
      assertThat(in).as(language).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  private static PersonalData.Category category(Class<?> type, String component) {
    return component(type, component).getAnnotation(PersonalData.class).value();
  }

  private static RecordComponent component(Class<?> type, String name) {
    for (RecordComponent c : type.getRecordComponents()) {
      if (c.getName().equals(name)) {
        return c;
      }
    }
    throw new AssertionError(type + " has no component " + name);
  }

  /** The records and enums of the package, found from the compiled classes. */
  static List<Class<?>> types() throws IOException, URISyntaxException, ClassNotFoundException {
    Path dir = Path.of(IntegrationPlan.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve("de/integrationsplan/core/model/v2");
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class")) {
          Class<?> type = Class.forName("de.integrationsplan.core.model.v2." + name.replace(".class", ""));
          if (type.isRecord() || type.isEnum()) {
            types.add(type);
          }
        }
      }
    }
    assertThat(types).hasSizeGreaterThan(50);
    return types;
  }
}
