package de.integrationsplan.core.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.testing.TemplateOnly;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.MethodDescriptor;
import jakarta.validation.metadata.MethodType;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rule engine decides every constraint Hibernate Validator knows of, and no other: the same
 * constraint types with the same attributes at the same places, the same cascades and the same
 * record types. A constraint added to the model that the compiler does not compile fails here.
 */
final class RuleCompletenessTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void boot() {
    factory = Validation.byDefaultProvider().configure()
        .messageInterpolator(new TemplateOnly()).buildValidatorFactory();
    validator = factory.getValidator();
    assertThat(validator.getClass().getName()).as("the judge").startsWith("org.hibernate.validator.");
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  @Test
  void decidesExactlyTheConstraintsHibernateValidatorKnows() {
    Hv hv = walk();
    RuleSet compiled = RuleCompiler.compile(IntegrationPlan.class);
    Set<String> ours = new TreeSet<>();
    for (Declaration d : compiled.declarations()) {
      ours.add(key(d.bean, d.property, d.element, d.annotation.annotationType(), attributes(d.annotation)));
    }
    assertThat(ours).as("constraints").isEqualTo(hv.constraints);
    assertThat(compiled.declarations()).as("no constraint twice").hasSameSizeAs(ours);
    assertThat(new TreeSet<>(compiled.cascades())).as("cascades").isEqualTo(hv.cascades);
    assertThat(compiled.types()).as("record types").isEqualTo(hv.types);
    // the model is not trivially empty: a walk that found nothing would agree too
    assertThat(hv.constraints).hasSizeGreaterThan(100);
    assertThat(hv.types).hasSizeGreaterThan(25);
  }

  @Test
  void messageArgumentsAreTheAttributesHibernateValidatorDescribes() {
    RuleSet compiled = RuleCompiler.compile(IntegrationPlan.class);
    Map<String, Map<String, Object>> ours = new TreeMap<>();
    for (Declaration d : compiled.declarations()) {
      ours.put(key(d.bean, d.property, d.element, d.annotation.annotationType(), attributes(d.annotation)),
          d.arguments);
    }
    Map<String, Map<String, Object>> theirs = new TreeMap<>();
    for (Map.Entry<String, Map<String, Object>> e : walk().arguments.entrySet()) {
      theirs.put(e.getKey(), e.getValue());
    }
    assertThat(ours.keySet()).isEqualTo(theirs.keySet());
    ours.forEach((key, arguments) -> assertThat(normalised(arguments)).as(key).isEqualTo(normalised(theirs.get(key))));
  }

  @Test
  void everyConstraintIsOfTheDefaultGroupWithoutComposition() {
    for (String c : walk().constraints) {
      assertThat(c).contains("groups=[]");
    }
  }


  private static final class Hv {
    final Set<String> constraints = new TreeSet<>();
    final Set<String> cascades = new TreeSet<>();
    final Set<Class<?>> types = new HashSet<>();
    final Map<String, Map<String, Object>> arguments = new TreeMap<>();
  }

  private static Hv walk() {
    Hv hv = new Hv();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(IntegrationPlan.class));
    while (!todo.isEmpty()) {
      Class<?> type = todo.pop();
      if (!hv.types.add(type)) {
        continue;
      }
      BeanDescriptor bean = validator.getConstraintsForClass(type);
      // the accessors carry the components' annotations: return value constraints, checked by
      // method validation only, never by validate(plan); constructors likewise
      Set<String> components = new HashSet<>();
      for (RecordComponent c : type.getRecordComponents()) {
        components.add(c.getName());
      }
      for (MethodDescriptor m : bean.getConstrainedMethods(MethodType.NON_GETTER, MethodType.GETTER)) {
        assertThat(components).as(type + " constrained methods").contains(m.getName());
        assertThat(m.getParameterDescriptors()).isEmpty();
      }
      add(hv, type, "", false, bean.getConstraintDescriptors());
      for (PropertyDescriptor p : bean.getConstrainedProperties()) {
        add(hv, type, p.getPropertyName(), false, p.getConstraintDescriptors());
        if (p.isCascaded()) {
          hv.cascades.add(type.getName() + "." + p.getPropertyName());
          todo.push(p.getElementClass());
        }
        for (ContainerElementTypeDescriptor e : p.getConstrainedContainerElementTypes()) {
          assertThat(e.getContainerClass()).isEqualTo(List.class);
          assertThat(e.getConstrainedContainerElementTypes()).isEmpty();
          add(hv, type, p.getPropertyName(), true, e.getConstraintDescriptors());
          if (e.isCascaded()) {
            hv.cascades.add(type.getName() + "." + p.getPropertyName() + "<element>");
            todo.push(e.getElementClass());
          }
        }
      }
    }
    return hv;
  }

  private static void add(Hv hv, Class<?> type, String property, boolean element,
      Set<ConstraintDescriptor<?>> descriptors) {
    for (ConstraintDescriptor<?> d : descriptors) {
      assertThat(d.getComposingConstraints()).isEmpty();
      String key = key(type, property, element, d.getAnnotation().annotationType(), d.getAttributes());
      hv.constraints.add(key);
      Map<String, Object> arguments = new TreeMap<>(d.getAttributes());
      arguments.keySet().removeAll(Set.of("message", "groups", "payload"));
      hv.arguments.put(key, arguments);
    }
  }

  private static String key(Class<?> type, String property, boolean element,
      Class<? extends Annotation> constraint, Map<String, Object> attributes) {
    Map<String, String> normalised = new TreeMap<>();
    attributes.forEach((name, value) -> normalised.put(name, text(value)));
    return type.getName() + "." + property + (element ? "<element>" : "") + " @" + constraint.getName()
        + normalised;
  }

  private static Map<String, String> normalised(Map<String, Object> attributes) {
    Map<String, String> out = new TreeMap<>();
    attributes.forEach((name, value) -> out.put(name, text(value)));
    return out;
  }

  private static String text(Object value) {
    if (value instanceof Class<?> c) {
      return c.getName();
    }
    if (value instanceof Object[] array) {
      return Arrays.stream(array).map(RuleCompletenessTest::text).toList().toString();
    }
    if (value.getClass().isArray()) {
      return Arrays.deepToString(new Object[] {value});
    }
    return String.valueOf(value);
  }

  private static Map<String, Object> attributes(Annotation a) {
    Map<String, Object> map = new TreeMap<>();
    for (Method m : a.annotationType().getDeclaredMethods()) {
      try {
        map.put(m.getName(), m.invoke(a));
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    return map;
  }
}
