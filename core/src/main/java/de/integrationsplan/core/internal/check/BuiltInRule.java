package de.integrationsplan.core.internal.check;

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
import org.hibernate.validator.constraints.CodePointLength;
import org.jspecify.annotations.Nullable;

/**
 * A built-in constraint the model uses, decided exactly as Hibernate Validator 9.1's own validator
 * for the value's type decides it (read from its sources): {@code null} is valid for all but
 * {@code @NotNull}, {@code @NotBlank} and {@code @NotEmpty}; {@code @NotBlank} is
 * {@link String#isBlank()}; {@code @Size} counts UTF-16 units of text and elements of collections;
 * {@code @CodePointLength} counts code points after its normalisation; {@code @Pattern} must match
 * the whole value; {@code @Min}/{@code @Max} compare {@code long}s; {@code @Past} and
 * {@code @PastOrPresent} compare a {@link LocalDate} with today by the default clock, without
 * tolerance. Any other built-in constraint, or one of these on another value type, is refused:
 * {@link #of} throws, and the pre-check is not built.
 */
final class BuiltInRule implements Rule {

  /** The built-in constraint types decided here. */
  static final Set<Class<? extends Annotation>> KNOWN = Set.of(NotNull.class, NotBlank.class,
      NotEmpty.class, Size.class, Pattern.class, Min.class, Max.class, Past.class,
      PastOrPresent.class, CodePointLength.class);

  private enum Kind {
    NOT_NULL, NOT_BLANK, NOT_EMPTY_TEXT, NOT_EMPTY_COLLECTION, SIZE_TEXT, SIZE_COLLECTION, PATTERN,
    MIN, MAX, PAST_DATE, PAST_OR_PRESENT_DATE, CODE_POINT_LENGTH
  }

  private final Kind kind;
  private final long min;
  private final long max;
  private final java.util.regex.@Nullable Pattern pattern;
  /** The same expression without {@code java.util.regex}, when it is of the simplest form. */
  private final @Nullable SimplePattern simple;
  private final @Nullable Clock clock;
  private final CodePointLength.@Nullable NormalizationStrategy normalization;

  private BuiltInRule(Kind kind, long min, long max, java.util.regex.@Nullable Pattern pattern,
      @Nullable Clock clock, CodePointLength.@Nullable NormalizationStrategy normalization) {
    this.kind = kind;
    this.min = min;
    this.max = max;
    this.pattern = pattern;
    this.simple = pattern != null && pattern.flags() == 0 ? SimplePattern.compile(pattern.pattern()) : null;
    this.clock = clock;
    this.normalization = normalization;
  }

  private static BuiltInRule simple(Kind kind) {
    return new BuiltInRule(kind, 0, 0, null, null, null);
  }

  private static BuiltInRule bounded(Kind kind, int min, int max, Annotation constraint) {
    // the same parameter checks as Hibernate Validator's validators make on initialisation
    if (min < 0 || max < 0 || max < min) {
      throw new IllegalStateException("The pre-check of the plan rules cannot be built: invalid bounds in "
          + constraint);
    }
    return new BuiltInRule(kind, min, max, null, null, null);
  }

  /**
   * The rule for a built-in constraint on a value of the given declared type.
   *
   * @param constraint the annotation
   * @param valueType the declared type of the constrained value, boxed
   * @return the rule
   * @throws IllegalStateException when the constraint, or it on this value type, is not supported
   */
  static BuiltInRule of(Annotation constraint, Class<?> valueType) {
    boolean text = CharSequence.class.isAssignableFrom(valueType);
    boolean collection = Collection.class.isAssignableFrom(valueType);
    boolean integral = valueType == Integer.class || valueType == Long.class
        || valueType == Short.class || valueType == Byte.class;
    if (constraint instanceof NotNull) {
      return simple(Kind.NOT_NULL);
    } else if (constraint instanceof NotBlank && text) {
      return simple(Kind.NOT_BLANK);
    } else if (constraint instanceof NotEmpty && text) {
      return simple(Kind.NOT_EMPTY_TEXT);
    } else if (constraint instanceof NotEmpty && collection) {
      return simple(Kind.NOT_EMPTY_COLLECTION);
    } else if (constraint instanceof Size s && text) {
      return bounded(Kind.SIZE_TEXT, s.min(), s.max(), constraint);
    } else if (constraint instanceof Size s && collection) {
      return bounded(Kind.SIZE_COLLECTION, s.min(), s.max(), constraint);
    } else if (constraint instanceof Pattern p && text) {
      int flags = 0;
      for (Pattern.Flag flag : p.flags()) {
        flags |= flag.getValue();
      }
      return new BuiltInRule(Kind.PATTERN, 0, 0, java.util.regex.Pattern.compile(p.regexp(), flags),
          null, null);
    } else if (constraint instanceof Min m && integral) {
      return new BuiltInRule(Kind.MIN, m.value(), 0, null, null, null);
    } else if (constraint instanceof Max m && integral) {
      return new BuiltInRule(Kind.MAX, 0, m.value(), null, null, null);
    } else if (constraint instanceof Past && valueType == LocalDate.class) {
      return new BuiltInRule(Kind.PAST_DATE, 0, 0, null, Clock.systemDefaultZone(), null);
    } else if (constraint instanceof PastOrPresent && valueType == LocalDate.class) {
      return new BuiltInRule(Kind.PAST_OR_PRESENT_DATE, 0, 0, null, Clock.systemDefaultZone(), null);
    } else if (constraint instanceof CodePointLength c && text) {
      BuiltInRule bounds = bounded(Kind.CODE_POINT_LENGTH, c.min(), c.max(), constraint);
      return new BuiltInRule(Kind.CODE_POINT_LENGTH, bounds.min, bounds.max, null, null,
          c.normalizationStrategy());
    }
    throw new IllegalStateException("The pre-check of the plan rules cannot be built: it cannot decide @"
        + constraint.annotationType().getName() + " on a value of type " + valueType.getName());
  }

  @Override
  public boolean test(@Nullable Object value) {
    return switch (kind) {
      case NOT_NULL -> value != null;
      case NOT_BLANK -> value != null && !value.toString().isBlank();
      case NOT_EMPTY_TEXT -> value != null && ((CharSequence) value).length() > 0;
      case NOT_EMPTY_COLLECTION -> value != null && !((Collection<?>) value).isEmpty();
      case SIZE_TEXT -> value == null || within(((CharSequence) value).length());
      case SIZE_COLLECTION -> value == null || within(((Collection<?>) value).size());
      case PATTERN -> value == null || (simple != null ? simple.matches((CharSequence) value)
          : pattern.matcher((CharSequence) value).matches());
      case MIN -> value == null || ((Number) value).longValue() >= min;
      case MAX -> value == null || ((Number) value).longValue() <= max;
      case PAST_DATE -> value == null || ((LocalDate) value).compareTo(LocalDate.now(clock)) < 0;
      case PAST_OR_PRESENT_DATE -> value == null || ((LocalDate) value).compareTo(LocalDate.now(clock)) <= 0;
      case CODE_POINT_LENGTH -> value == null || codePoints((CharSequence) value);
    };
  }

  private boolean within(int length) {
    return length >= min && length <= max;
  }

  private boolean codePoints(CharSequence value) {
    String s = normalization.normalize(value).toString();
    return within(s.codePointCount(0, s.length()));
  }
}
