package de.integrationsplan.core.model.v1;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.model.PersonalData;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A constraint whose validator builds its violations by a chain named in the validated value, on a
 * small model that puts it at every kind of place: on the root record, on a record in a list, on a
 * record in a component, on a component and on a list's element. For the test that the rule engine's
 * violation builder gives the pointers Hibernate Validator's does. In the model's package, since the
 * model view reads only records there; not reachable from the plan.
 */
public final class ChainSamples {

  private ChainSamples() {}

  /** The chains, by name; each answers what {@code isValid} answers. */
  @SuppressWarnings("deprecation") // addNode is part of the chain our context must follow
  public static final Map<String, Predicate<ConstraintValidatorContext>> CHAINS = chains();

  /** Validated by {@link ChainValidator}. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
  @Constraint(validatedBy = ChainValidator.class)
  public @interface Chained {
    /**
     * The template.
     *
     * @return the template
     */
    String message() default "{plan.idFormat}";

    /**
     * The groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
  }

  /**
   * A record in a list or a component.
   *
   * @param chain the chain its class-level constraint runs
   */
  @Chained
  public record ChainLeaf(@PersonalData(ORDINARY) String chain) {}

  /**
   * The root.
   *
   * @param chain the chain of its class-level constraint
   * @param leaves records in a list
   * @param single a record in a component
   * @param field the chain of the constraint on this component
   * @param elements the chains of the constraint on the elements
   */
  @Chained
  public record ChainRoot(
      @PersonalData(ORDINARY) String chain,
      @PersonalData(ORDINARY) List<@Valid ChainLeaf> leaves,
      @PersonalData(ORDINARY) @Nullable @Valid ChainLeaf single,
      @PersonalData(ORDINARY) @Chained String field,
      @PersonalData(ORDINARY) List<@Chained String> elements) {

    /** Canonical constructor. */
    public ChainRoot {
      leaves = List.copyOf(leaves);
      elements = List.copyOf(elements);
    }
  }

  /** Runs the chain the value names: the text itself, or a record's {@code chain}. */
  public static final class ChainValidator implements ConstraintValidator<Chained, Object> {

    /** For the provider. */
    public ChainValidator() {}

    @Override
    public boolean isValid(@Nullable Object value, ConstraintValidatorContext context) {
      String chain = value instanceof ChainLeaf l ? l.chain() : value instanceof ChainRoot r ? r.chain()
          : (String) value;
      Predicate<ConstraintValidatorContext> p = CHAINS.get(chain);
      if (p == null) {
        throw new IllegalArgumentException("no chain " + chain);
      }
      return p.test(context);
    }
  }

  @SuppressWarnings("deprecation")
  private static Map<String, Predicate<ConstraintValidatorContext>> chains() {
    Map<String, Predicate<ConstraintValidatorContext>> c = new LinkedHashMap<>();
    String other = "{plan.updatedBeforeCreated}";
    c.put("none", x -> true);
    c.put("default", x -> false);
    c.put("disabledWithoutViolation", x -> {
      x.disableDefaultConstraintViolation();
      return false;
    });
    c.put("throws", x -> {
      throw new IllegalStateException("a fault of the validator");
    });
    c.put("builtButValid", x -> {
      x.disableDefaultConstraintViolation();
      x.buildConstraintViolationWithTemplate(other).addPropertyNode("a").addConstraintViolation();
      return true;
    });
    c.put("property", x -> {
      x.disableDefaultConstraintViolation();
      x.buildConstraintViolationWithTemplate(other).addPropertyNode("a").addConstraintViolation();
      return false;
    });
    c.put("propertyAndDefault", x -> {
      x.buildConstraintViolationWithTemplate(other).addPropertyNode("a").addConstraintViolation();
      return false;
    });
    c.put("defaultTemplateAtBaseAndDefault", x -> {
      x.buildConstraintViolationWithTemplate(x.getDefaultConstraintMessageTemplate()).addConstraintViolation();
      return false;
    });
    c.put("twice", x -> {
      x.disableDefaultConstraintViolation();
      x.buildConstraintViolationWithTemplate(other).addPropertyNode("a").addConstraintViolation();
      x.buildConstraintViolationWithTemplate(other).addPropertyNode("a").addConstraintViolation();
      return false;
    });
    c.put("two", x -> {
      x.disableDefaultConstraintViolation();
      x.buildConstraintViolationWithTemplate(other).addPropertyNode("a").addConstraintViolation();
      x.buildConstraintViolationWithTemplate(x.getDefaultConstraintMessageTemplate()).addPropertyNode("b")
          .addConstraintViolation();
      return false;
    });
    c.put("indexed", x -> {
      x.disableDefaultConstraintViolation();
      x.buildConstraintViolationWithTemplate(other).addPropertyNode("a").addPropertyNode("b").inIterable()
          .atIndex(3).addConstraintViolation();
      return false;
    });
    c.put("keyed", x -> {
      x.disableDefaultConstraintViolation();
      x.buildConstraintViolationWithTemplate(other).addPropertyNode("a").addPropertyNode("b").inIterable()
          .atKey("k/~").addConstraintViolation();
      return false;
    });
    c.put("iterableWithoutIndex", x -> {
      x.disableDefaultConstraintViolation();
      x.buildConstraintViolationWithTemplate(other).addPropertyNode("a").addPropertyNode("b").inIterable()
          .addPropertyNode("c").addConstraintViolation();
      return false;
    });
    c.put("bean", x -> {
      x.disableDefaultConstraintViolation();
      x.buildConstraintViolationWithTemplate(other).addBeanNode().addConstraintViolation();
      return false;
    });
    c.put("beanAtIndex", x -> {
      x.disableDefaultConstraintViolation();
      x.buildConstraintViolationWithTemplate(other).addBeanNode().inIterable().atIndex(1).addConstraintViolation();
      return false;
    });
    c.put("beanInList", x -> {
      x.disableDefaultConstraintViolation();
      x.buildConstraintViolationWithTemplate(other).addPropertyNode("a").addBeanNode().inIterable().atIndex(2)
          .addConstraintViolation();
      return false;
    });
    c.put("containerElement", x -> {
      x.disableDefaultConstraintViolation();
      x.buildConstraintViolationWithTemplate(other).addPropertyNode("a")
          .addContainerElementNode("<list element>", List.class, 0).inIterable().atIndex(4).addConstraintViolation();
      return false;
    });
    c.put("elementOfListInList", x -> {
      x.disableDefaultConstraintViolation();
      x.buildConstraintViolationWithTemplate(other).addPropertyNode("a").addPropertyNode("b").inIterable().atIndex(1)
          .addContainerElementNode("<list element>", List.class, 0).inIterable().atIndex(5).addConstraintViolation();
      return false;
    });
    c.put("containerElementFirst", x -> {
      x.disableDefaultConstraintViolation();
      x.buildConstraintViolationWithTemplate(other).addContainerElementNode("<list element>", List.class, 0)
          .addPropertyNode("a").addConstraintViolation();
      return false;
    });
    c.put("addNode", x -> {
      x.disableDefaultConstraintViolation();
      x.buildConstraintViolationWithTemplate(other).addNode("a").addNode("b").addConstraintViolation();
      return false;
    });
    c.put("startTwice", x -> {
      x.disableDefaultConstraintViolation();
      var start = x.buildConstraintViolationWithTemplate(other);
      start.addPropertyNode("a").addConstraintViolation();
      start.addPropertyNode("b").addConstraintViolation();
      return false;
    });
    c.put("firstInIterable", x -> {
      x.disableDefaultConstraintViolation();
      x.buildConstraintViolationWithTemplate(other).addPropertyNode("a").inIterable().atIndex(7)
          .addConstraintViolation();
      return false;
    });
    c.put("firstInIterableWithoutIndex", x -> {
      x.disableDefaultConstraintViolation();
      x.buildConstraintViolationWithTemplate(other).addPropertyNode("a").inIterable().addPropertyNode("b")
          .addConstraintViolation();
      return false;
    });
    c.put("firstInIterableAndDefault", x -> {
      x.buildConstraintViolationWithTemplate(other).addPropertyNode("a").inIterable().atIndex(7)
          .addConstraintViolation();
      return false;
    });
    c.put("clockIsTheSystemDefault", x ->
        x.getClockProvider().getClock().getZone().equals(ZoneId.systemDefault()));
    c.put("unwrapped", x -> {
      ConstraintValidatorContext same = x.unwrap(ConstraintValidatorContext.class);
      same.disableDefaultConstraintViolation();
      same.buildConstraintViolationWithTemplate(other).addPropertyNode("a").addConstraintViolation();
      return false;
    });
    return Map.copyOf(c);
  }
}
