package de.integrationsplan.core.internal.check;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintTarget;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.Valid;
import jakarta.validation.constraintvalidation.SupportedValidationTarget;
import jakarta.validation.constraintvalidation.ValidationTarget;
import jakarta.validation.groups.Default;
import java.lang.annotation.Annotation;
import java.lang.annotation.Repeatable;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Compiles the pre-check from the constraint annotations of the model records, by reflection,
 * the way Hibernate Validator reads them for {@code validate(bean)}: class-level constraints
 * (repeated ones unwrapped from their containers), constraints on the record's fields, constraints
 * and {@code @Valid} on the element type of a {@code List}, and {@code @Valid} cascades into
 * records.
 *
 * <p>Fails closed: whatever it cannot decide exactly throws {@link IllegalStateException}, so the
 * pre-check is never built with a rule silently left out. That includes constraint types it does
 * not know, a {@code @Constraint} with more or fewer than one validator, groups other than
 * {@link Default}, payloads other than the severities, composed constraints, group sequences and
 * conversions, cascades into anything but a record or a list of records, constraints deeper in a
 * type than a list's element, and constraints on methods or on implemented interfaces. Not
 * thread-safe; used once, inside a class initialiser.
 *
 * <p>The last three refusals (constraints on methods, on other fields, on interfaces) read every
 * annotation of every member of the model, which costs the command line a tenth of a second at
 * start; they do not change what is compiled, only whether it compiles. So {@link PlanCheck}
 * compiles {@linkplain #forModel() without them}, and the build compiles the same model with them
 * ({@code PlanCheckCompletenessTest}): the model is fixed when it is compiled.
 */
final class CheckCompiler {

  private static final Set<String> PAYLOADS = Set.of(
      "de.integrationsplan.core.validation.constraints.Severities$Warning",
      "de.integrationsplan.core.validation.constraints.Severities$Info");

  private final boolean refuseMembers;
  private final Map<Class<?>, RecordCheck> compiled = new LinkedHashMap<>();
  private final List<Checked> constraints = new ArrayList<>();
  private final Set<String> cascades = new TreeSet<>();

  /** What was compiled, for {@link PlanCheck} and the completeness test. */
  record Compiled(RecordCheck root, List<Checked> constraints, Set<String> cascades, Set<Class<?>> types) {}

  /**
   * One constraint the pre-check decides.
   *
   * @param bean the record type it is declared on
   * @param property the component name, or {@code ""} for a class-level constraint
   * @param element whether it is on the element type of the component's list
   * @param constraint the annotation
   */
  record Checked(Class<?> bean, String property, boolean element, Annotation constraint) {}

  /** A compiler with every refusal: for tests, and for any model not checked by the build. */
  CheckCompiler() {
    this(true);
  }

  private CheckCompiler(boolean refuseMembers) {
    this.refuseMembers = refuseMembers;
  }

  /**
   * A compiler for the model, whose members the build has checked with every refusal: it skips
   * the refusals that only read members it does not compile.
   */
  static CheckCompiler forModel() {
    return new CheckCompiler(false);
  }

  Compiled compile(Class<?> root) {
    RecordCheck check = record(root);
    return new Compiled(check, List.copyOf(constraints), Set.copyOf(cascades), Set.copyOf(compiled.keySet()));
  }

  private RecordCheck record(Class<?> type) {
    RecordCheck existing = compiled.get(type);
    if (existing != null) {
      return existing;
    }
    if (!type.isRecord()) {
      throw fail(type.getName() + " is validated in cascade but is not a record");
    }
    RecordCheck check = new RecordCheck(type);
    compiled.put(type, check);
    if (refuseMembers) {
      refuseInterfaces(type, new HashSet<>());
    }
    List<Rule> classRules = new ArrayList<>();
    for (Annotation a : type.getDeclaredAnnotations()) {
      if (a instanceof Valid) {
        throw fail("@Valid on the type " + type.getName());
      }
      for (Annotation c : constraintsIn(a, type.getName())) {
        classRules.add(rule(c, type, type.getName()));
        constraints.add(new Checked(type, "", false, c));
      }
    }
    RecordComponent[] components = type.getRecordComponents();
    Field[] fields = new Field[components.length];
    Rule[][] componentRules = new Rule[components.length][];
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      requirePublic(component.getAccessor());
      fields[i] = readable(field(type, component.getName()));
      componentRules[i] = component(type, field(type, component.getName())).toArray(Rule[]::new);
    }
    if (refuseMembers) {
      refuseMethods(type, components);
      refuseOtherFields(type, components);
    }
    check.define(classRules.toArray(Rule[]::new), fields, componentRules);
    return check;
  }

  private List<Rule> component(Class<?> type, Field field) {
    String where = type.getSimpleName() + "." + field.getName();
    Class<?> valueType = boxed(field.getType());
    List<Rule> rules = new ArrayList<>();
    boolean cascade = false;
    Annotation[] declared = field.getDeclaredAnnotations();
    for (Annotation a : declared) {
      if (a instanceof Valid) {
        cascade = true;
        continue;
      }
      for (Annotation c : constraintsIn(a, where)) {
        rules.add(rule(c, valueType, where));
        constraints.add(new Checked(type, field.getName(), false, c));
      }
    }
    AnnotatedType annotated = field.getAnnotatedType();
    // a constraint applicable to fields and type uses sits on both: the field's is the one
    for (Annotation a : annotated.getDeclaredAnnotations()) {
      if (validationRelated(a) && !Arrays.asList(declared).contains(a)) {
        throw fail("a constraint on the type use of " + where + " only");
      }
    }
    if (annotated instanceof AnnotatedParameterizedType parameterized) {
      AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
      for (AnnotatedType argument : arguments) {
        refuseNested(argument, where);
      }
      if (field.getType() == List.class && arguments.length == 1) {
        Rule element = element(type, field, arguments[0], where);
        if (element != null) {
          rules.add(element);
        }
      } else {
        for (AnnotatedType argument : arguments) {
          if (hasValidation(argument.getDeclaredAnnotations())) {
            throw fail("constraints in the type arguments of " + where + ", not a List");
          }
        }
      }
    } else if (annotated instanceof AnnotatedArrayType array) {
      refuseDeep(array.getAnnotatedGenericComponentType(), where);
    }
    if (cascade) {
      if (Collection.class.isAssignableFrom(valueType) || Map.class.isAssignableFrom(valueType)
          || Optional.class.isAssignableFrom(valueType) || valueType.isArray()) {
        throw fail("@Valid on the container " + where + ": put it on the element type");
      }
      rules.add(record(valueType));
      cascades.add(type.getName() + "." + field.getName());
    }
    return rules;
  }

  private @Nullable Rule element(Class<?> type, Field field, AnnotatedType argument, String where) {
    Annotation[] annotations = argument.getDeclaredAnnotations();
    if (!hasValidation(annotations)) {
      return null;
    }
    if (!(argument.getType() instanceof Class<?> elementType)) {
      throw fail("constraints on the element type of " + where + ", which is not a class");
    }
    List<Rule> rules = new ArrayList<>();
    boolean cascade = false;
    for (Annotation a : annotations) {
      if (a instanceof Valid) {
        cascade = true;
        continue;
      }
      for (Annotation c : constraintsIn(a, where + "<element>")) {
        rules.add(rule(c, elementType, where + "<element>"));
        constraints.add(new Checked(type, field.getName(), true, c));
      }
    }
    if (cascade) {
      rules.add(record(elementType));
      cascades.add(type.getName() + "." + field.getName() + "<element>");
    }
    return new EachElement(rules.toArray(Rule[]::new));
  }

  /** A type argument's own arguments, or an array's component type, carry nothing to validate. */
  private static void refuseNested(AnnotatedType argument, String where) {
    if (argument instanceof AnnotatedParameterizedType parameterized) {
      for (AnnotatedType inner : parameterized.getAnnotatedActualTypeArguments()) {
        refuseDeep(inner, where);
      }
    } else if (argument instanceof AnnotatedArrayType array) {
      refuseDeep(array.getAnnotatedGenericComponentType(), where);
    }
  }

  private static void refuseDeep(AnnotatedType type, String where) {
    if (hasValidation(type.getDeclaredAnnotations())) {
      throw fail("constraints nested deeper than a list's element type in " + where);
    }
    refuseNested(type, where);
  }

  private Rule rule(Annotation constraint, Class<?> valueType, String where) {
    Class<? extends Annotation> type = constraint.annotationType();
    for (Annotation meta : type.getDeclaredAnnotations()) {
      if (isConstraint(meta) || isContainer(meta)) {
        throw fail("the composed constraint @" + type.getName() + " on " + where);
      }
    }
    Class<?>[] groups = (Class<?>[]) attribute(constraint, "groups");
    if (!(groups.length == 0 || groups.length == 1 && groups[0] == Default.class)) {
      throw fail("@" + type.getSimpleName() + " on " + where + " has groups " + Arrays.toString(groups));
    }
    for (Class<?> payload : (Class<?>[]) attribute(constraint, "payload")) {
      if (!PAYLOADS.contains(payload.getName())) {
        throw fail("@" + type.getSimpleName() + " on " + where + " has the payload " + payload.getName());
      }
    }
    if (hasAttribute(type, "validationAppliesTo")
        && attribute(constraint, "validationAppliesTo") != ConstraintTarget.IMPLICIT) {
      throw fail("@" + type.getSimpleName() + " on " + where + " sets validationAppliesTo");
    }
    if (BuiltInRule.KNOWN.contains(type)) {
      return BuiltInRule.of(constraint, valueType);
    }
    Class<? extends ConstraintValidator<?, ?>>[] validators = type.getAnnotation(Constraint.class).validatedBy();
    if (validators.length != 1) {
      throw fail("@" + type.getName() + " on " + where + " is not a constraint with exactly one validator");
    }
    return custom(constraint, validators[0], valueType, where);
  }

  @SuppressWarnings("unchecked")
  private static Rule custom(Annotation constraint, Class<? extends ConstraintValidator<?, ?>> validatorType,
      Class<?> valueType, String where) {
    Class<?> validated = validatedType(validatorType, where);
    if (!validated.isAssignableFrom(valueType)) {
      throw fail(validatorType.getName() + " validates " + validated.getName() + ", not "
          + valueType.getName() + " of " + where);
    }
    SupportedValidationTarget target = validatorType.getAnnotation(SupportedValidationTarget.class);
    if (target != null && !Arrays.asList(target.value()).contains(ValidationTarget.ANNOTATED_ELEMENT)) {
      throw fail(validatorType.getName() + " does not validate annotated elements");
    }
    if (implementsByName(validatorType, "org.hibernate.validator.constraintvalidation.HibernateConstraintValidator")) {
      throw fail(validatorType.getName() + " is initialised by Hibernate Validator's own protocol");
    }
    ConstraintValidator<Annotation, Object> validator;
    try {
      validator = (ConstraintValidator<Annotation, Object>) validatorType.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot instantiate " + validatorType.getName(), e);
    }
    validator.initialize(constraint);
    return new CustomRule(validator, (String) attribute(constraint, "message"));
  }

  /** The {@code T} of the validator's {@code ConstraintValidator<A, T>}, declared on it or a superclass. */
  private static Class<?> validatedType(Class<?> validatorType, String where) {
    for (Class<?> c = validatorType; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Type t : c.getGenericInterfaces()) {
        if (t instanceof ParameterizedType p && p.getRawType() == ConstraintValidator.class
            && p.getActualTypeArguments()[1] instanceof Class<?> validated) {
          return validated;
        }
      }
    }
    throw fail("cannot tell what " + validatorType.getName() + " validates, for " + where);
  }

  private static boolean implementsByName(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Class<?> i : c.getInterfaces()) {
        if (i.getName().equals(name) || implementsByName(i, name)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The constraints an annotation stands for: itself, the ones a repeatable constraint's container
   * holds, or none for an annotation unrelated to validation. Any other annotation of Bean
   * Validation or Hibernate Validator (group sequences and conversions, unwrapping) is refused.
   */
  private static List<Annotation> constraintsIn(Annotation a, String where) {
    if (isConstraint(a)) {
      return List.of(a);
    }
    if (isContainer(a)) {
      return List.of((Annotation[]) attribute(a, "value"));
    }
    if (validationRelated(a)) {
      throw fail("@" + a.annotationType().getName() + " on " + where);
    }
    return List.of();
  }

  private static boolean isConstraint(Annotation a) {
    return a.annotationType().isAnnotationPresent(Constraint.class);
  }

  /** A repeatable constraint's container: {@code value()} holds constraints repeatable into it. */
  private static boolean isContainer(Annotation a) {
    if (!hasAttribute(a.annotationType(), "value")) {
      return false;
    }
    Class<?> value = method(a.annotationType(), "value").getReturnType();
    if (!value.isArray() || !value.getComponentType().isAnnotation()) {
      return false;
    }
    Class<?> element = value.getComponentType();
    Repeatable repeatable = element.getAnnotation(Repeatable.class);
    return element.isAnnotationPresent(Constraint.class)
        && repeatable != null && repeatable.value() == a.annotationType();
  }

  private static boolean validationRelated(Annotation a) {
    String name = a.annotationType().getName();
    return isConstraint(a) || isContainer(a) || name.startsWith("jakarta.validation.")
        || name.startsWith("org.hibernate.validator.");
  }

  private static boolean hasValidation(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (validationRelated(a)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Hibernate Validator validates getters ({@code getX()}, {@code isX()}, {@code hasX()}) too, and
   * constraints inherited from interfaces. The record accessors carry the components' annotations;
   * anything else with constraints is refused.
   */
  private static void refuseMethods(Class<?> type, RecordComponent[] components) {
    Set<Method> accessors = new HashSet<>();
    for (RecordComponent c : components) {
      accessors.add(c.getAccessor());
    }
    for (Method m : type.getDeclaredMethods()) {
      if (!annotatedForValidation(m)) {
        continue;
      }
      if (!accessors.contains(m) || getterLike(m.getName())) {
        throw fail("constraints on the method " + type.getSimpleName() + "." + m.getName() + "()");
      }
    }
  }

  private static void refuseOtherFields(Class<?> type, RecordComponent[] components) {
    Set<String> names = new HashSet<>();
    for (RecordComponent c : components) {
      names.add(c.getName());
    }
    for (Field f : type.getDeclaredFields()) {
      if (!names.contains(f.getName()) && (hasValidation(f.getDeclaredAnnotations())
          || hasValidation(f.getAnnotatedType().getDeclaredAnnotations()))) {
        throw fail("constraints on the field " + type.getSimpleName() + "." + f.getName());
      }
    }
  }

  private static void refuseInterfaces(Class<?> type, Set<Class<?>> seen) {
    for (Class<?> i : type.getInterfaces()) {
      if (!seen.add(i)) {
        continue;
      }
      if (hasValidation(i.getDeclaredAnnotations())) {
        throw fail("constraints on the interface " + i.getName());
      }
      for (Method m : i.getDeclaredMethods()) {
        if (annotatedForValidation(m)) {
          throw fail("constraints on the interface method " + i.getName() + "." + m.getName() + "()");
        }
      }
      refuseInterfaces(i, seen);
    }
  }

  private static boolean annotatedForValidation(Method m) {
    if (hasValidation(m.getDeclaredAnnotations())) {
      return true;
    }
    AnnotatedType returned = m.getAnnotatedReturnType();
    if (hasValidation(returned.getDeclaredAnnotations())) {
      return true;
    }
    try {
      refuseNested(returned, m.getName());
      return false;
    } catch (IllegalStateException e) {
      return true;
    }
  }

  private static boolean getterLike(String name) {
    for (String prefix : new String[] {"get", "is", "has"}) {
      if (name.length() > prefix.length() && name.startsWith(prefix)
          && Character.isUpperCase(name.charAt(prefix.length()))) {
        return true;
      }
    }
    return false;
  }

  private void requirePublic(Method accessor) {
    if (!Modifier.isPublic(accessor.getModifiers())) {
      throw fail("the accessor " + accessor + " is not public");
    }
  }

  /** The component's field, readable by reflection (the model is in this module). */
  private static Field readable(Field field) {
    field.setAccessible(true);
    return field;
  }


  private static Field field(Class<?> type, String name) {
    try {
      return type.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(type.getName() + " has no field " + name, e);
    }
  }

  private static boolean hasAttribute(Class<? extends Annotation> type, String name) {
    try {
      type.getMethod(name);
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static Method method(Class<? extends Annotation> type, String name) {
    try {
      return type.getMethod(name);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("@" + type.getName() + " has no attribute " + name, e);
    }
  }

  private static Object attribute(Annotation a, String name) {
    try {
      return method(a.annotationType(), name).invoke(a);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + name + " of " + a, e);
    }
  }

  private static Class<?> boxed(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    return java.lang.invoke.MethodType.methodType(type).wrap().returnType();
  }

  private static IllegalStateException fail(String what) {
    return new IllegalStateException("The pre-check of the plan rules cannot be built: " + what
        + ". Teach de.integrationsplan.core.internal.check the constraint, or change the model.");
  }
}
