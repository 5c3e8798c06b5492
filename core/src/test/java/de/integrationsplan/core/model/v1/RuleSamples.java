package de.integrationsplan.core.model.v1;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.model.PersonalData;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Records with constraints the rule compiler cannot decide, and one it can: for its fail-closed test.
 * In the model's package, since the model view reads only records there; not reachable from the plan.
 */
public final class RuleSamples {

  private RuleSamples() {}

  /** A group of our own. */
  public interface Other {}

  /** A payload the severities do not know. */
  public interface Unknown extends Payload {}

  /** A built-in constraint the engine does not decide. */
  public record UnknownBuiltIn(@PersonalData(ORDINARY) @Email String mail) {}

  /** A built-in constraint on a value type its rule does not take. */
  public record UnsupportedValueType(@PersonalData(ORDINARY) @Past OffsetDateTime at) {}

  /** A built-in constraint of another number kind. */
  public record BuiltInOnOtherNumber(@PersonalData(ORDINARY) @DecimalMax("1") Integer n) {}

  /** A constraint of another group. */
  public record OtherGroup(@PersonalData(ORDINARY) @NotBlank(groups = Other.class) String s) {}

  /** A constraint with an unknown payload. */
  public record OtherPayload(@PersonalData(ORDINARY) @NotBlank(payload = Unknown.class) String s) {}

  /** What the engine decides. */
  public record Leaf(@PersonalData(ORDINARY) @NotBlank String s) {}

  /** The same constraint twice on one component. */
  public record Twice(@PersonalData(ORDINARY) @Size(max = 3) @Size(max = 3) String s) {}

  /** {@code @Valid} on the list, not on its element type. */
  public record LegacyCascade(@PersonalData(ORDINARY) @Valid List<Leaf> leaves) {}

  /** A map: the model view knows no maps. */
  public record MapElements(@PersonalData(ORDINARY) Map<String, @Valid Leaf> leaves) {}

  /** An optional: the model view knows none. */
  public record OptionalCascade(@PersonalData(ORDINARY) Optional<@Valid Leaf> leaf) {}

  /** A list of lists: the model view knows none. */
  public record NestedElements(@PersonalData(ORDINARY) List<List<@NotBlank String>> lists) {}

  /** A type the model view does not know. */
  public record UnknownType(@PersonalData(ORDINARY) @Past Instant at) {}

  /** A group conversion. */
  public record Converted(@PersonalData(ORDINARY) @Valid @ConvertGroup(from = Default.class, to = Other.class)
      Leaf leaf) {}

  /** A cascade into an extension's value. */
  public record CascadeIntoNonRecord(@PersonalData(ORDINARY) @Valid Object any) {}

  /** Two validators of one type: ambiguous, for Hibernate Validator as for the engine. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.TYPE_USE, ElementType.PARAMETER})
  @Constraint(validatedBy = {Accepting.class, Accepting.class})
  public @interface TwoValidators {
    /**
     * The template.
     *
     * @return the template
     */
    String message() default "x";

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

  /** A component with {@link TwoValidators}. */
  public record WithTwoValidators(@PersonalData(ORDINARY) @TwoValidators String s) {}

  /** A composed constraint: the engine does not compose. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.TYPE_USE, ElementType.PARAMETER})
  @Constraint(validatedBy = {})
  @Size(max = 3)
  public @interface Composed {
    /**
     * The template.
     *
     * @return the template
     */
    String message() default "x";

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

  /** A component with {@link Composed}. */
  public record WithComposed(@PersonalData(ORDINARY) @Composed String s) {}

  /** A constraint whose validator takes integers. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.TYPE_USE, ElementType.PARAMETER})
  @Constraint(validatedBy = IntegersOnly.class)
  public @interface ForIntegers {
    /**
     * The template.
     *
     * @return the template
     */
    String message() default "x";

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

  /** {@link ForIntegers} on a string. */
  public record WrongType(@PersonalData(ORDINARY) @ForIntegers String s) {}

  /** Accepts anything. */
  public static final class Accepting implements ConstraintValidator<TwoValidators, Object> {
    /** For the provider. */
    public Accepting() {}

    @Override
    public boolean isValid(@Nullable Object value, ConstraintValidatorContext context) {
      return true;
    }
  }

  /** Validates integers. */
  public static final class IntegersOnly implements ConstraintValidator<ForIntegers, Integer> {
    /** For the provider. */
    public IntegersOnly() {}

    @Override
    public boolean isValid(@Nullable Integer value, ConstraintValidatorContext context) {
      return true;
    }
  }

  /** A validator per type, as a constraint shared by two model versions has: chosen by type. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.TYPE_USE, ElementType.PARAMETER})
  @Constraint(validatedBy = {IntegersPerType.class, StringsPerType.class})
  public @interface PerType {
    /**
     * The template.
     *
     * @return the template
     */
    String message() default "x";

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

  /** A component with {@link PerType}: its string validator applies. */
  public record WithValidatorPerType(@PersonalData(ORDINARY) @PerType String s) {}

  /** Accepts every integer. */
  public static final class IntegersPerType implements ConstraintValidator<PerType, Integer> {
    /** For the provider. */
    public IntegersPerType() {}

    @Override
    public boolean isValid(@Nullable Integer value, ConstraintValidatorContext context) {
      return true;
    }
  }

  /** Rejects the string {@code bad}. */
  public static final class StringsPerType implements ConstraintValidator<PerType, String> {
    /** For the provider. */
    public StringsPerType() {}

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
      return !"bad".equals(value);
    }
  }
}
