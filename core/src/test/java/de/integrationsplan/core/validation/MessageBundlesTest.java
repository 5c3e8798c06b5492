package de.integrationsplan.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.internal.Messages;
import de.integrationsplan.core.internal.validation.Codes;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import jakarta.validation.Constraint;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The German and English message bundles: complete, alike and covering every code. */
final class MessageBundlesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

  /** The codes the rules are documented to produce. */
  static Stream<String> documentedCodes() {
    return Stream.of(
        "plan.goal.dueBeforeAgreement", "plan.counsellingPeriod.endBeforeStart",
        "plan.counsellingPeriod.justificationRequired", "plan.counsellingPeriod.exceedsMaximum",
        "plan.review.outsideCounsellingPeriod", "plan.review.nextNotAfterDate", "plan.measure.unknownGoal",
        "plan.review.unknownGoal", "plan.goal.unknownQualification", "plan.id.duplicate",
        "plan.goal.targetLevelNotAbove", "plan.recognition.decisionBeforeApplication", "plan.closure.missing",
        "plan.closure.unexpected", "plan.closure.beforeStart", "plan.consent.missing",
        "plan.consent.withdrawnBeforeGiven", "plan.consent.noScope", "plan.goal.targetAreaMismatch",
        "plan.goal.targetExactlyOne", "plan.goal.withoutMeasure", "plan.person.benefitsNoneWithOthers",
        "plan.person.birthYearMismatch", "plan.coding.invalidCode", "plan.coding.unexpectedSystem",
        "plan.updatedBeforeCreated", "plan.residence.validityReversed", "plan.workExperience.empty",
        "plan.workExperience.endBeforeStart", "plan.languageSkill.noLevel", "plan.course.endBeforeStart",
        "plan.measure.plannedEndBeforeStart", "plan.measure.actualEndBeforeStart", "plan.measure.noGoal",
        "plan.organisation.agsFormat", "plan.pseudonymFormat", "plan.idFormat", "plan.schemaVersionFormat",
        "value.countryCode", "value.languageCode", "value.size", "value.min", "value.max", "value.blank",
        "value.empty", "plan.household.adultsRange", "plan.household.birthYearRange",
        "plan.schooling.yearsRange", "plan.schooling.iscedRange", "plan.qualification.levelRange",
        "plan.person.birthYearRange");
  }

  @ParameterizedTest(name = "{0} has a German and an English message")
  @MethodSource("documentedCodes")
  void documentedCodeHasMessageInBothLanguages(String code) {
    assertThat(Messages.has(code)).isTrue();
    String german = Messages.render(code, Locale.GERMAN, Map.of());
    String english = Messages.render(code, Locale.ENGLISH, Map.of());
    assertThat(german).isNotBlank();
    assertThat(english).isNotBlank().isNotEqualTo(german);
  }

  @Test
  void bundlesHaveTheSameKeys() throws IOException {
    assertThat(load("messages_de.properties").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(load("messages_en.properties").stringPropertyNames());
    assertThat(Messages.germanCodes()).containsExactlyInAnyOrderElementsOf(Messages.englishCodes());
  }

  @Test
  void bundlesHaveNoEmptyValues() throws IOException {
    for (String name : new String[] {"messages_de.properties", "messages_en.properties"}) {
      Properties p = load(name);
      assertThat(p).isNotEmpty();
      for (String key : p.stringPropertyNames()) {
        assertThat(p.getProperty(key)).as("%s in %s", key, name).isNotBlank();
      }
    }
  }

  @Test
  void bundlesUseTheSamePlaceholdersForEachKey() throws IOException {
    Properties de = load("messages_de.properties");
    Properties en = load("messages_en.properties");
    for (String key : de.stringPropertyNames()) {
      assertThat(placeholders(en.getProperty(key))).as(key).isEqualTo(placeholders(de.getProperty(key)));
    }
  }

  @Test
  void everyConstraintOfTheModelHasAMessage() {
    Set<String> templates = constraintTemplates();
    assertThat(templates).hasSizeGreaterThan(30);
    for (String template : templates) {
      String code = Codes.of(template);
      assertThat(code).as(template).isNotEqualTo("value.invalid");
      assertThat(Messages.has(code)).as(template).isTrue();
    }
  }

  @Test
  void everyCodeWrittenInTheValidatorsHasAMessage() throws IOException {
    Path dir = Path.of("src/main/java/de/integrationsplan/core/internal/constraints");
    assertThat(dir).isDirectory();
    Pattern literal = Pattern.compile("\"\\{?((?:plan|value)\\.[A-Za-z.]+)}?\"");
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = literal.matcher(Files.readString(file));
        while (m.find()) {
          codes.add(m.group(1));
        }
      }
    }
    assertThat(codes).contains("plan.counsellingPeriod.exceedsMaximum", "plan.closure.beforeStart", "plan.review.unknownGoal");
    for (String code : codes) {
      assertThat(Messages.has(code)).as(code).isTrue();
    }
  }

  @Test
  void mapsBuiltInTemplatesToStableCodes() {
    assertThat(Codes.of("{jakarta.validation.constraints.NotBlank.message}")).isEqualTo("value.blank");
    assertThat(Codes.of("{jakarta.validation.constraints.Size.message}")).isEqualTo("value.size");
    assertThat(Codes.of("{jakarta.validation.constraints.Min.message}")).isEqualTo("value.min");
    assertThat(Codes.of("{jakarta.validation.constraints.Max.message}")).isEqualTo("value.max");
    assertThat(Codes.of("{jakarta.validation.constraints.NotEmpty.message}")).isEqualTo("value.empty");
    assertThat(Codes.of("{value.size}")).as("@TextLength").isEqualTo("value.size");
    assertThat(Codes.of("{plan.goal.dueBeforeAgreement}")).isEqualTo("plan.goal.dueBeforeAgreement");
    assertThat(Codes.of("{no.such.code}")).isEqualTo("value.invalid");
  }

  @Test
  void fillsPlaceholdersFromArguments() {
    assertThat(Messages.render("value.size", Locale.GERMAN, Map.of("min", 1, "max", 200)))
        .isEqualTo("Die Länge muss zwischen 1 und 200 Zeichen bzw. Einträgen liegen.");
    assertThat(Messages.render("value.size", Locale.ENGLISH, Map.of("min", 1, "max", 200)))
        .isEqualTo("The length must be between 1 and 200 characters or entries.");
    assertThat(Messages.render("value.min", Locale.ENGLISH, Map.of("value", 3)))
        .isEqualTo("The value must be at least 3.");
    assertThat(Messages.render("value.max", Locale.GERMAN, Map.of("value", 7)))
        .isEqualTo("Der Wert darf höchstens 7 sein.");
  }

  @Test
  void leavesNoPlaceholderInMessagesOfAReport() {
    IntegrationPlan plan = NoSubmittedValuesTest.canaryPlan();
    for (PlanValidator validator : new PlanValidator[] {Variants.GERMAN, Variants.ENGLISH}) {
      ValidationReport report = validator.validate(plan);
      assertThat(report.codes()).contains("value.size", "plan.idFormat");
      assertThat(report.issues()).allSatisfy(i -> assertThat(i.message()).doesNotContain("{").doesNotContain("}").isNotBlank());
    }
  }

  @Test
  void rendersSizeLimitsOfTheViolatedConstraint() {
    IntegrationPlan plan = Variants.person(Variants.base(), b -> b.nationality("IQ", "IR", "AF", "TR", "UA"));
    assertThat(Variants.GERMAN.validate(plan).issues()).singleElement()
        .extracting(ValidationIssue::message).isEqualTo("Person › Staatsangehörigkeiten: Die Länge muss zwischen 0 und 5 Zeichen bzw. Einträgen liegen.");
    assertThat(Variants.ENGLISH.validate(plan).issues()).singleElement()
        .extracting(ValidationIssue::message).isEqualTo("Person › Nationalities: The length must be between 0 and 5 characters or entries.");
  }

  private static Set<String> placeholders(String template) {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static Properties load(String name) throws IOException {
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    }
  }

  /** The message templates of all constraints on records reachable from IntegrationPlan. */
  private static Set<String> constraintTemplates() {
    Set<String> templates = new LinkedHashSet<>();
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>();
    todo.add(IntegrationPlan.class);
    while (!todo.isEmpty()) {
      Class<?> type = todo.poll();
      if (!seen.add(type)) {
        continue;
      }
      collect(type.getAnnotations(), templates);
      for (RecordComponent c : type.getRecordComponents()) {
        Field field;
        try {
          field = type.getDeclaredField(c.getName());
        } catch (NoSuchFieldException e) {
          throw new AssertionError(e);
        }
        collect(field.getAnnotations(), templates);
        collectTypeUse(field.getAnnotatedType(), templates);
        for (Class<?> next : recordTypes(c.getGenericType())) {
          todo.add(next);
        }
      }
    }
    assertThat(seen).hasSizeGreaterThan(25);
    return templates;
  }

  private static Set<Class<?>> recordTypes(Type type) {
    Set<Class<?>> out = new LinkedHashSet<>();
    if (type instanceof Class<?> c && c.isRecord()) {
      out.add(c);
    } else if (type instanceof ParameterizedType p) {
      for (Type arg : p.getActualTypeArguments()) {
        out.addAll(recordTypes(arg));
      }
    }
    return out;
  }

  private static void collectTypeUse(AnnotatedType type, Set<String> templates) {
    collect(type.getAnnotations(), templates);
    if (type instanceof AnnotatedParameterizedType p) {
      for (AnnotatedType arg : p.getAnnotatedActualTypeArguments()) {
        collectTypeUse(arg, templates);
      }
    }
  }

  private static void collect(Annotation[] annotations, Set<String> templates) {
    for (Annotation a : annotations) {
      try {
        if (a.annotationType().isAnnotationPresent(Constraint.class)) {
          templates.add((String) a.annotationType().getMethod("message").invoke(a));
        } else {
          Method value = a.annotationType().getMethod("value");
          if (value.getReturnType().isArray() && value.getReturnType().getComponentType().isAnnotation()) {
            value.setAccessible(true);
            collect((Annotation[]) value.invoke(a), templates);
          }
        }
      } catch (NoSuchMethodException e) {
        // not a constraint and not a container of constraints
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new AssertionError(e);
      }
    }
  }
}
