package de.integrationsplan.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.internal.Pointers;
import de.integrationsplan.core.model.v1.Closure;
import de.integrationsplan.core.model.v1.ClosureReason;
import de.integrationsplan.core.model.v1.Consent;
import de.integrationsplan.core.model.v1.ConsentScope;
import de.integrationsplan.core.model.v1.GoalTarget;
import de.integrationsplan.core.model.v1.Person;
import de.integrationsplan.core.model.v1.WorkExperience;
import de.integrationsplan.core.testing.HibernateJudge;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bean Validation paths become RFC 6901 JSON Pointers. */
final class PointersTest {

  private static final Validator VALIDATOR = HibernateJudge.validator();

  private static <T> String onlyPointer(T bean) {
    Set<ConstraintViolation<T>> violations = VALIDATOR.validate(bean);
    assertThat(violations).hasSize(1);
    return Pointers.of(violations.iterator().next().getPropertyPath());
  }

  static Stream<Arguments> tokens() {
    return Stream.of(
        Arguments.of("a plain name is appended with a slash", "goals", "/goals"),
        Arguments.of("a slash becomes ~1", "a/b", "/a~1b"),
        Arguments.of("a tilde becomes ~0", "a~b", "/a~0b"),
        Arguments.of("a tilde before 1 is escaped first, not read as ~1", "~1", "/~01"),
        Arguments.of("a slash before 0 stays distinguishable", "/0", "/~10"),
        Arguments.of("several specials are all escaped", "~/~/", "/~0~1~0~1"),
        Arguments.of("the empty name gives a lone slash", "", "/"),
        Arguments.of("other characters stay as they are", "Straße äöü %20 \"x\"", "/Straße äöü %20 \"x\""));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("tokens")
  void escapesToken(String description, String token, String expected) {
    StringBuilder out = new StringBuilder();
    Pointers.appendEscaped(out, token);
    assertThat(out).hasToString(expected);
  }

  @Test
  void appendsToPointerSoFar() {
    StringBuilder out = new StringBuilder("/extensions");
    Pointers.appendEscaped(out, "a/b");
    Pointers.appendEscaped(out, "m~n");
    assertThat(out).hasToString("/extensions/a~1b/m~0n");
  }

  @Test
  void classLevelFindingOnRootGivesEmptyPointer() {
    assertThat(onlyPointer(new WorkExperience(null, null, null, null, null))).isEmpty();
    assertThat(onlyPointer(new GoalTarget(null, null, null, null, null, null))).isEmpty();
  }

  @Test
  void propertyOfRootGivesOneToken() {
    assertThat(onlyPointer(new Closure(LocalDate.of(2026, 1, 1), ClosureReason.OTHER, ""))).isEqualTo("/note");
  }

  @Test
  void classLevelFindingAtPropertyPointsAtThatProperty() {
    assertThat(onlyPointer(new Consent(LocalDate.of(2026, 1, 2), List.of(ConsentScope.COUNSELLING_RECORDS), LocalDate.of(2026, 1, 1))))
        .isEqualTo("/withdrawnOn");
  }

  @Test
  void containerElementGivesItsIndex() {
    assertThat(onlyPointer(Person.builder("p-1").nationality("SY", "IQ", "XX").build())).isEqualTo("/nationalities/2");
    assertThat(onlyPointer(Person.builder("p-1").language("Deutsch").build())).isEqualTo("/languages/0");
  }

  @Test
  void nestedPropertiesAndListIndexesOfAPlan() {
    assertThat(Variants.validate(Variants.replaceGoal(Variants.base(), 2,
            g -> g.toBuilder().agreedOn(LocalDate.of(2026, 1, 2)).dueDate(LocalDate.of(2026, 1, 1)).build())).issues())
        .extracting(ValidationIssue::pointer).containsExactly("/goals/2/dueDate");
    assertThat(Variants.validate(Variants.person(Variants.base(), b -> b.nationality("XX"))).issues())
        .extracting(ValidationIssue::pointer).containsExactly("/person/nationalities/1");
  }

  @Test
  void translatesIndexesAndKeysOfHandMadePath() {
    Path path = path(
        node("extensions", ElementKind.PROPERTY, false, null, null),
        node("value", ElementKind.PROPERTY, true, 3, null),
        node("<map value>", ElementKind.CONTAINER_ELEMENT, true, null, "a/b~c"),
        node(null, ElementKind.BEAN, false, null, null));
    assertThat(Pointers.of(path)).isEqualTo("/extensions/3/value/a~1b~0c");
  }

  @Test
  void emptyPathIsTheWholeDocument() {
    assertThat(Pointers.of(path())).isEmpty();
    assertThat(Pointers.of(path(node(null, ElementKind.BEAN, false, null, null)))).isEmpty();
  }

  @Test
  void propertyNamesAreEscaped() {
    assertThat(Pointers.of(path(node("a/b", ElementKind.PROPERTY, false, null, null)))).isEqualTo("/a~1b");
  }

  private static Path path(Path.Node... nodes) {
    return new Path() {
      @Override
      public Iterator<Node> iterator() {
        return List.of(nodes).iterator();
      }
    };
  }

  private static Path.Node node(String name, ElementKind kind, boolean inIterable, Integer index, Object key) {
    return new FakeNode(name, kind, inIterable, index, key);
  }

  private record FakeNode(String name, ElementKind kind, boolean inIterable, Integer index, Object key) implements Path.Node {
    @Override
    public String getName() {
      return name;
    }

    @Override
    public boolean isInIterable() {
      return inIterable;
    }

    @Override
    public Integer getIndex() {
      return index;
    }

    @Override
    public Object getKey() {
      return key;
    }

    @Override
    public ElementKind getKind() {
      return kind;
    }

    @Override
    public <T extends Path.Node> T as(Class<T> nodeType) {
      return nodeType.cast(this);
    }
  }
}
