package de.integrationsplan.core.internal.validation;

import de.integrationsplan.core.internal.json.Structure;

import de.integrationsplan.core.internal.Pointers;
import de.integrationsplan.core.internal.model.Component;
import de.integrationsplan.core.internal.model.ModelView;
import de.integrationsplan.core.internal.model.RecordView;
import de.integrationsplan.core.internal.model.ValueKind;
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
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Compiles the rules from the constraint annotations of the model records, read through
 * {@link ModelView}, the way Hibernate Validator reads them for {@code validate(bean)}: class-level
 * constraints (repeated ones unwrapped from their containers), constraints on the record's
 * components, constraints and {@code @Valid} on the element type of a {@code List}, and
 * {@code @Valid} cascades into records.
 *
 * <p>Fails closed: whatever it cannot decide exactly throws {@link IllegalStateException}, so the
 * rules are never built with a constraint silently left out. That includes constraint types it does
 * not know, a {@code @Constraint} with more or fewer than one validator, groups other than
 * {@link Default}, payloads other than the severities, composed constraints, group sequences and
 * conversions, cascades into anything but a record or a list of records, constraints deeper in a
 * type than a list's element, and the same constraint twice in one place (which Hibernate Validator's
 * set of violations would report once). Types the model view does not know, such as maps and
 * optionals, are refused by the view itself. Constraints on methods, on static fields and on
 * interfaces, which only reading every member would find, are kept out of the model by a test
 * ({@code ModelConstraintPlacementTest}), not at every start.
 *
 * <p>Not thread-safe; used once per compilation, which {@link PlanRules} makes once.
 */
final class RuleCompiler {

  private static final Set<String> PAYLOADS = Set.of(
      "de.integrationsplan.core.validation.constraints.Severities$Warning",
      "de.integrationsplan.core.validation.constraints.Severities$Info");

  private final Map<Class<?>, RecordRules> compiled = new LinkedHashMap<>();
  private final List<Declaration> declarations = new ArrayList<>();
  private final Set<String> cascades = new TreeSet<>();

  /** Whether constraints the reader holds are left out: for plans the reader has bound. */
  private final boolean afterReading;

  private RuleCompiler(boolean afterReading) {
    this.afterReading = afterReading;
  }

  /**
   * Compiles the rules of a record type of the model and of every record it cascades into.
   *
   * @param root the record type
   * @return the rules
   * @throws IllegalStateException if a constraint cannot be decided exactly
   */
  static RuleSet compile(Class<?> root) {
    return compile(root, false);
  }

  /**
   * Compiles the rules of a record type, as {@link #compile(Class)}, optionally without the
   * constraints the reader holds exactly ({@link Structure#holds}): for plans it has bound, on which
   * those cannot fail.
   *
   * @param root the record type
   * @param afterReading whether to leave out what the reader holds
   * @return the rules
   * @throws IllegalStateException if a constraint cannot be decided exactly
   */
  static RuleSet compile(Class<?> root, boolean afterReading) {
    RuleCompiler compiler = new RuleCompiler(afterReading);
    RecordRules rules = compiler.record(ModelView.of(root));
    return new RuleSet(rules, List.copyOf(compiler.declarations), Set.copyOf(compiler.cascades),
        Set.copyOf(compiler.compiled.keySet()));
  }

  private RecordRules record(RecordView view) {
    Class<?> type = view.type();
    RecordRules existing = compiled.get(type);
    if (existing != null) {
      return existing;
    }
    RecordRules rules = new RecordRules(view);
    compiled.put(type, rules);
    List<Rule> classRules = new ArrayList<>();
    List<Declaration> here = new ArrayList<>();
    for (Annotation a : view.annotations()) {
      if (a instanceof Valid) {
        throw fail("@Valid on the type " + type.getName());
      }
      for (Annotation c : constraintsIn(a, type.getName())) {
        Declaration d = declare(c, type, "", false, here);
        classRules.add(rule(d, type));
      }
    }
    List<Component> components = view.components();
    Component[] all = components.toArray(Component[]::new);
    Rule[][] componentRules = new Rule[all.length][];
    String[] tokens = new String[all.length];
    for (int i = 0; i < all.length; i++) {
      componentRules[i] = component(type, all[i]).toArray(Rule[]::new);
      StringBuilder token = new StringBuilder();
      Pointers.appendEscaped(token, all[i].name());
      tokens[i] = token.toString();
    }
    rules.define(classRules.toArray(Rule[]::new), all, componentRules, tokens);
    return rules;
  }

  private List<Rule> component(Class<?> type, Component component) {
    String where = component.where();
    Class<?> valueType = boxed(component.rawType());
    List<Rule> rules = new ArrayList<>();
    List<Declaration> here = new ArrayList<>();
    boolean cascade = false;
    Annotation[] declared = component.annotations();
    for (Annotation a : declared) {
      if (a instanceof Valid) {
        cascade = true;
        continue;
      }
      for (Annotation c : constraintsIn(a, where)) {
        Declaration d = declare(c, type, component.name(), false, here);
        if (!(afterReading && Structure.holds(c, component.list()))) {
          rules.add(rule(d, valueType));
        }
      }
    }
    AnnotatedType annotated = component.annotatedType();
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
      if (component.list() && arguments.length == 1) {
        Rule element = element(type, component, where);
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
      if (component.list() || Collection.class.isAssignableFrom(valueType) || Map.class.isAssignableFrom(valueType)
          || Optional.class.isAssignableFrom(valueType) || valueType.isArray()) {
        throw fail("@Valid on the container " + where + ": put it on the element type");
      }
      if (component.kind() != ValueKind.RECORD) {
        throw fail(where + " is validated in cascade but is not a record");
      }
      addCascade(rules, record(component.record()));
      cascades.add(type.getName() + "." + component.name());
    }
    return rules;
  }

  private @Nullable Rule element(Class<?> type, Component component, String where) {
    Annotation[] annotations = component.elementAnnotations();
    if (!hasValidation(annotations)) {
      return null;
    }
    Class<?> elementType = component.valueType();
    List<Rule> rules = new ArrayList<>();
    List<Declaration> here = new ArrayList<>();
    boolean cascade = false;
    for (Annotation a : annotations) {
      if (a instanceof Valid) {
        cascade = true;
        continue;
      }
      for (Annotation c : constraintsIn(a, where + "<element>")) {
        Declaration d = declare(c, type, component.name(), true, here);
        if (!(afterReading && Structure.holds(c, false))) {
          rules.add(rule(d, elementType));
        }
      }
    }
    if (cascade) {
      if (component.kind() != ValueKind.RECORD) {
        throw fail("the elements of " + where + " are validated in cascade but are not records");
      }
      addCascade(rules, record(component.record()));
      cascades.add(type.getName() + "." + component.name() + "<element>");
    }
    // after reading, a list whose elements keep no rule is not walked at all
    return rules.isEmpty() ? null : new EachElement(rules.toArray(Rule[]::new));
  }

  /**
   * Adds the cascade into a record unless its rules are known to be empty (every constraint of the
   * record and below is held by the reader): a valid plan then is not walked where nothing can fail.
   */
  private static void addCascade(List<Rule> rules, RecordRules record) {
    if (!record.isEmpty()) {
      rules.add(record);
    }
  }

    private Declaration declare(Annotation constraint, Class<?> type, String property, boolean element,
      List<Declaration> here) {
    for (Declaration d : here) {
      if (d.annotation.equals(constraint)) {
        throw fail("the same constraint twice: " + d);
      }
    }
    Declaration d = new Declaration(constraint, type, property, element);
    here.add(d);
    declarations.add(d);
    return d;
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

  private static Rule rule(Declaration declaration, Class<?> valueType) {
    Annotation constraint = declaration.annotation;
    Class<? extends Annotation> type = constraint.annotationType();
    for (Annotation meta : type.getDeclaredAnnotations()) {
      if (isConstraint(meta) || isContainer(meta)) {
        throw fail("the composed constraint " + declaration);
      }
    }
    Class<?>[] groups = (Class<?>[]) attribute(constraint, "groups");
    if (!(groups.length == 0 || groups.length == 1 && groups[0] == Default.class)) {
      throw fail(declaration + " has groups " + Arrays.toString(groups));
    }
    for (Class<?> payload : (Class<?>[]) attribute(constraint, "payload")) {
      if (!PAYLOADS.contains(payload.getName())) {
        throw fail(declaration + " has the payload " + payload.getName());
      }
    }
    if (hasAttribute(type, "validationAppliesTo")
        && attribute(constraint, "validationAppliesTo") != ConstraintTarget.IMPLICIT) {
      throw fail(declaration + " sets validationAppliesTo");
    }
    if (BuiltInRule.KNOWN.contains(type)) {
      return BuiltInRule.of(declaration, valueType);
    }
    Class<? extends ConstraintValidator<?, ?>>[] validators = type.getAnnotation(Constraint.class).validatedBy();
    return custom(declaration, validatorFor(validators, declaration, valueType), valueType);
  }

  /**
   * The one validator of a constraint that validates the annotated type, chosen as Bean Validation
   * chooses (section 6.2 of the specification): a constraint may name one validator per model
   * version, each typed to that version's records, and the most specific applicable one wins.
   */
  private static Class<? extends ConstraintValidator<?, ?>> validatorFor(
      Class<? extends ConstraintValidator<?, ?>>[] validators, Declaration declaration, Class<?> valueType) {
    if (validators.length == 0) {
      throw fail(declaration + " is a constraint without a validator");
    }
    if (validators.length == 1) {
      return validators[0];
    }
    Class<? extends ConstraintValidator<?, ?>> chosen = null;
    Class<?> chosenType = null;
    for (Class<? extends ConstraintValidator<?, ?>> candidate : validators) {
      Class<?> validated = validatedType(candidate, declaration);
      if (!validated.isAssignableFrom(valueType)) {
        continue;
      }
      if (chosenType == null || chosenType.isAssignableFrom(validated) && chosenType != validated) {
        chosen = candidate;
        chosenType = validated;
      } else if (validated == chosenType || !validated.isAssignableFrom(chosenType)) {
        throw fail(declaration + " has two validators for " + valueType.getName() + " and neither is more specific");
      }
    }
    if (chosen == null) {
      throw fail(declaration + " has no validator for " + valueType.getName());
    }
    return chosen;
  }

  @SuppressWarnings("unchecked")
  private static Rule custom(Declaration declaration, Class<? extends ConstraintValidator<?, ?>> validatorType,
      Class<?> valueType) {
    Class<?> validated = validatedType(validatorType, declaration);
    if (!validated.isAssignableFrom(valueType)) {
      throw fail(validatorType.getName() + " validates " + validated.getName() + ", not "
          + valueType.getName() + " of " + declaration);
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
    validator.initialize(declaration.annotation);
    return new CustomRule(validator, declaration);
  }

  /** The {@code T} of the validator's {@code ConstraintValidator<A, T>}, declared on it or a superclass. */
  private static Class<?> validatedType(Class<?> validatorType, Declaration declaration) {
    for (Class<?> c = validatorType; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Type t : c.getGenericInterfaces()) {
        if (t instanceof ParameterizedType p && p.getRawType() == ConstraintValidator.class
            && p.getActualTypeArguments()[1] instanceof Class<?> validated) {
          return validated;
        }
      }
    }
    throw fail("cannot tell what " + validatorType.getName() + " validates, for " + declaration);
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
      Method m = type.getMethod(name);
      m.setAccessible(true);
      return m;
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

  static IllegalStateException fail(String what) {
    return new IllegalStateException("The rules of the plan cannot be built: " + what
        + ". Teach de.integrationsplan.core.internal.validation the constraint, or change the model.");
  }
}
