package de.integrationsplan.core.internal.constraints.v2;

import de.integrationsplan.core.internal.constraints.Violations;
import de.integrationsplan.core.model.v2.Person;
import de.integrationsplan.core.validation.constraints.PersonConsistent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@link PersonConsistent} on the records of format 2. */
public final class PersonConsistentValidator implements ConstraintValidator<PersonConsistent, Person> {

  /** For the validation provider. */
  public PersonConsistentValidator() {}

  @Override
  public boolean isValid(@Nullable Person person, ConstraintValidatorContext context) {
    if (person == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    boolean valid = true;
    if (person.benefits().contains(Person.NO_BENEFIT) && person.benefits().size() > 1) {
      Violations.at(context, "plan.person.benefitsNoneWithOthers", "benefits");
      valid = false;
    }
    if (person.birthYear() != null && person.identifyingData() != null
        && person.identifyingData().birthDate() != null
        && person.identifyingData().birthDate().getYear() != person.birthYear()) {
      Violations.at(context, "plan.person.birthYearMismatch", "birthYear");
      valid = false;
    }
    return valid;
  }
}
