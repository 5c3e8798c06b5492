package de.integrationsplan.core.internal.constraints;

import de.integrationsplan.core.validation.constraints.DatesInOrder;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** Validates {@link DatesInOrder} on a record of the model whose two components are mutually comparable. */
public final class DatesInOrderValidator implements ConstraintValidator<DatesInOrder, Record> {

  private NamedComponent first = new NamedComponent("");
  private NamedComponent second = new NamedComponent("");
  private String secondName = "";
  private boolean strict;

  /** For the validation provider. */
  public DatesInOrderValidator() {}

  @Override
  public void initialize(DatesInOrder annotation) {
    first = new NamedComponent(annotation.first());
    second = new NamedComponent(annotation.second());
    secondName = annotation.second();
    strict = annotation.strict();
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public boolean isValid(@Nullable Record value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Object a = first.read(value);
    Object b = second.read(value);
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
          .addPropertyNode(secondName)
          .addConstraintViolation();
    }
    return valid;
  }
}
