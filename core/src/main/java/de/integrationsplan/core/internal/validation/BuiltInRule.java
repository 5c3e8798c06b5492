package de.integrationsplan.core.internal.validation;

import de.integrationsplan.core.internal.TextPattern;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A built-in constraint of Bean Validation that the model uses, decided exactly as Hibernate
 * Validator 9.1's validator for the value's type decides it (read from its sources): {@code null} is
 * valid for all but {@code @NotNull}, {@code @NotBlank} and {@code @NotEmpty}; {@code @NotBlank} is
 * {@link String#isBlank()}; {@code @Size} counts UTF-16 units of text and elements of collections;
 * {@code @Pattern} must match the whole value; {@code @Min}/{@code @Max} compare {@code long}s;
 * {@code @Past} and {@code @PastOrPresent} compare a {@link LocalDate} with today by the default
 * clock, without tolerance. A violation is the constraint's default one, at the value. Any other
 * built-in constraint, or one of these on another value type, is refused: {@link #of} throws, and the
 * rules are not built.
 */
final class BuiltInRule implements Rule {

  /** The built-in constraint types decided here. */
  static final Set<Class<? extends Annotation>> KNOWN = Set.of(NotNull.class, NotBlank.class,
      NotEmpty.class, Size.class, Pattern.class, Min.class, Max.class, Past.class,
      PastOrPresent.class);

  private enum Kind {
    NOT_NULL, NOT_BLANK, NOT_EMPTY_TEXT, NOT_EMPTY_COLLECTION, SIZE_TEXT, SIZE_COLLECTION, PATTERN,
    MIN, MAX, PAST_DATE, PAST_OR_PRESENT_DATE
  }

  private final Declaration declaration;
  private final Kind kind;
  private final long min;
  private final long max;
  private final @Nullable TextPattern pattern;
  private final @Nullable Clock clock;

  private BuiltInRule(Declaration declaration, Kind kind, long min, long max,
      @Nullable TextPattern pattern, @Nullable Clock clock) {
    this.declaration = declaration;
    this.kind = kind;
    this.min = min;
    this.max = max;
    this.pattern = pattern;
    this.clock = clock;
  }

  private static BuiltInRule simple(Declaration declaration, Kind kind) {
    return new BuiltInRule(declaration, kind, 0, 0, null, null);
  }

  private static BuiltInRule bounded(Declaration declaration, Kind kind, int min, int max) {
    // the same parameter checks as Hibernate Validator's validators make on initialisation
    if (min < 0 || max < 0 || max < min) {
      throw RuleCompiler.fail("invalid bounds in " + declaration);
    }
    return new BuiltInRule(declaration, kind, min, max, null, null);
  }

  /**
   * The rule for a built-in constraint on a value of the given declared type.
   *
   * @param declaration the constraint
   * @param valueType the declared type of the constrained value, boxed
   * @return the rule
   * @throws IllegalStateException when the constraint, or it on this value type, is not supported
   */
  static BuiltInRule of(Declaration declaration, Class<?> valueType) {
    Annotation constraint = declaration.annotation;
    boolean text = CharSequence.class.isAssignableFrom(valueType);
    boolean collection = Collection.class.isAssignableFrom(valueType);
    boolean integral = valueType == Integer.class || valueType == Long.class
        || valueType == Short.class || valueType == Byte.class;
    if (constraint instanceof NotNull) {
      return simple(declaration, Kind.NOT_NULL);
    } else if (constraint instanceof NotBlank && text) {
      return simple(declaration, Kind.NOT_BLANK);
    } else if (constraint instanceof NotEmpty && text) {
      return simple(declaration, Kind.NOT_EMPTY_TEXT);
    } else if (constraint instanceof NotEmpty && collection) {
      return simple(declaration, Kind.NOT_EMPTY_COLLECTION);
    } else if (constraint instanceof Size s && text) {
      return bounded(declaration, Kind.SIZE_TEXT, s.min(), s.max());
    } else if (constraint instanceof Size s && collection) {
      return bounded(declaration, Kind.SIZE_COLLECTION, s.min(), s.max());
    } else if (constraint instanceof Pattern p && text) {
      int flags = 0;
      for (Pattern.Flag flag : p.flags()) {
        flags |= flag.getValue();
      }
      return new BuiltInRule(declaration, Kind.PATTERN, 0, 0, TextPattern.compile(p.regexp(), flags),
          null);
    } else if (constraint instanceof Min m && integral) {
      return new BuiltInRule(declaration, Kind.MIN, m.value(), 0, null, null);
    } else if (constraint instanceof Max m && integral) {
      return new BuiltInRule(declaration, Kind.MAX, 0, m.value(), null, null);
    } else if (constraint instanceof Past && valueType == LocalDate.class) {
      // Hibernate Validator takes its clock when it initialises the validator, once
      return new BuiltInRule(declaration, Kind.PAST_DATE, 0, 0, null, Clock.systemDefaultZone());
    } else if (constraint instanceof PastOrPresent && valueType == LocalDate.class) {
      return new BuiltInRule(declaration, Kind.PAST_OR_PRESENT_DATE, 0, 0, null, Clock.systemDefaultZone());
    }
    throw RuleCompiler.fail("it cannot decide " + declaration + " on a value of type " + valueType.getName());
  }

  @Override
  public void check(@Nullable Object value, RuleContext context) {
    if (!test(value)) {
      context.report(declaration);
    }
  }

  /** Whether the value satisfies the constraint. */
  private boolean test(@Nullable Object value) {
    return switch (kind) {
      case NOT_NULL -> value != null;
      case NOT_BLANK -> value != null && !value.toString().isBlank();
      case NOT_EMPTY_TEXT -> value != null && ((CharSequence) value).length() > 0;
      case NOT_EMPTY_COLLECTION -> value != null && !((Collection<?>) value).isEmpty();
      case SIZE_TEXT -> value == null || within(((CharSequence) value).length());
      case SIZE_COLLECTION -> value == null || within(((Collection<?>) value).size());
      case PATTERN -> value == null || pattern.matches((CharSequence) value);
      case MIN -> value == null || ((Number) value).longValue() >= min;
      case MAX -> value == null || ((Number) value).longValue() <= max;
      case PAST_DATE -> value == null || ((LocalDate) value).compareTo(LocalDate.now(clock)) < 0;
      case PAST_OR_PRESENT_DATE -> value == null || ((LocalDate) value).compareTo(LocalDate.now(clock)) <= 0;
    };
  }

  private boolean within(int length) {
    return length >= min && length <= max;
  }
}
