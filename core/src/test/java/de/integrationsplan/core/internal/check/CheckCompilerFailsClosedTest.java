package de.integrationsplan.core.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Whatever the compiler cannot decide exactly stops it, loudly: no rule is ever left out. */
final class CheckCompilerFailsClosedTest {

  /** A group of our own. */
  interface Other {}

  /** A payload the severities do not know. */
  interface Unknown extends Payload {}

  record UnknownBuiltIn(@Email String mail) {}

  record UnsupportedValueType(@Past Instant at) {}

  record BuiltInOnOtherNumber(@DecimalMax("1") Integer n) {}

  record OtherGroup(@NotBlank(groups = Other.class) String s) {}

  record OtherPayload(@NotBlank(payload = Unknown.class) String s) {}

  record Leaf(@NotBlank String s) {}

  record LegacyCascade(@Valid List<Leaf> leaves) {}

  record MapElements(Map<String, @Valid Leaf> leaves) {}

  record OptionalCascade(Optional<@Valid Leaf> leaf) {}

  record NestedElements(List<List<@NotBlank String>> lists) {}

  record Converted(@Valid @ConvertGroup(from = Default.class, to = Other.class) Leaf leaf) {}

  record CascadeIntoNonRecord(@Valid Object any) {}

  record Getter(String s) {
    @NotBlank
    public String getS() {
      return s;
    }
  }

  /** Two validators: Hibernate Validator would choose by type; the pre-check does not. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.TYPE_USE, ElementType.PARAMETER})
  @Constraint(validatedBy = {Accepting.class, Accepting.class})
  @interface TwoValidators {
    String message() default "x";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  record WithTwoValidators(@TwoValidators String s) {}

  /** A composed constraint: the pre-check does not compose. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.TYPE_USE, ElementType.PARAMETER})
  @Constraint(validatedBy = {})
  @Size(max = 3)
  @interface Composed {
    String message() default "x";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  record WithComposed(@Composed String s) {}

  /** A validator for integers on a string. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.TYPE_USE, ElementType.PARAMETER})
  @Constraint(validatedBy = IntegersOnly.class)
  @interface ForIntegers {
    String message() default "x";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  record WrongType(@ForIntegers String s) {}

  /** Accepts anything. */
  public static final class Accepting implements ConstraintValidator<TwoValidators, Object> {
    @Override
    public boolean isValid(@Nullable Object value, ConstraintValidatorContext context) {
      return true;
    }
  }

  /** Validates integers. */
  public static final class IntegersOnly implements ConstraintValidator<ForIntegers, Integer> {
    @Override
    public boolean isValid(@Nullable Integer value, ConstraintValidatorContext context) {
      return true;
    }
  }

  @Test
  void refusesWhatItCannotDecide() {
    for (Class<?> type : List.of(UnknownBuiltIn.class, UnsupportedValueType.class, BuiltInOnOtherNumber.class,
        OtherGroup.class, OtherPayload.class, LegacyCascade.class, MapElements.class, OptionalCascade.class,
        NestedElements.class, Converted.class, CascadeIntoNonRecord.class, Getter.class,
        WithTwoValidators.class, WithComposed.class, WrongType.class)) {
      assertThatThrownBy(() -> new CheckCompiler().compile(type)).as(type.getSimpleName())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("cannot be built");
    }
  }

  @Test
  void decidesWhatItKnows() {
    CheckCompiler.Compiled compiled = new CheckCompiler().compile(Leaf.class);
    assertThat(compiled.root().test(new Leaf("x"))).isTrue();
    assertThat(compiled.root().test(new Leaf("\u2003"))).as("Unicode space is blank for String.isBlank").isFalse();
  }
}
