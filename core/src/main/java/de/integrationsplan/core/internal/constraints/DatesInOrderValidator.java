package de.integrationsplan.core.internal.constraints;

import de.integrationsplan.core.validation.constraints.DatesInOrder;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** Validates {@link DatesInOrder} on any record whose two components are mutually comparable. */
public final class DatesInOrderValidator implements ConstraintValidator<DatesInOrder, Record> {

  private String first = "";
  private String second = "";
  private boolean strict;

  /** For the validation provider. */
  public DatesInOrderValidator() {}

  @Override
  public void initialize(DatesInOrder annotation) {
    first = annotation.first();
    second = annotation.second();
    strict = annotation.strict();
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public boolean isValid(@Nullable Record value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Object a = RecordComponents.read(value, first);
    Object b = RecordComponents.read(value, second);
    if (a == null || b == null) {
      return true;
    }
    // OffsetDateTime.compareTo breaks ties between equal instants by local time; order by instant
    int order = a instanceof OffsetDateTime x && b instanceof OffsetDateTime y
        ? x.toInstant().compareTo(y.toInstant())
        : ((Comparable) a).compareTo(b);
    boolean valid = strict ? order < 0 : order <= 0;
    if (!valid) {
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
          .addPropertyNode(second)
          .addConstraintViolation();
    }
    return valid;
  }
}
