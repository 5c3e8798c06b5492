package de.integrationsplan.core.internal.constraints.v2;

import de.integrationsplan.core.internal.constraints.Violations;
import de.integrationsplan.core.model.v2.Recognition;
import de.integrationsplan.core.validation.constraints.RecognitionConsistent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Validates {@link RecognitionConsistent}. */
public final class RecognitionConsistentValidator
    implements ConstraintValidator<RecognitionConsistent, Recognition> {

  /** The states before any decision: no decision date yet. */
  private static final Set<String> UNDECIDED =
      Set.of(Recognition.NOT_APPLIED, Recognition.APPLIED, Recognition.PENDING);

  /** The states with a decision: an outcome may be recorded. */
  private static final Set<String> DECIDED = Set.of(Recognition.DECIDED, Recognition.APPEALED);

  /** The states the rule knows; a newer code is left alone. */
  private static final Set<String> KNOWN = Set.of(Recognition.NOT_APPLIED, Recognition.APPLIED,
      Recognition.PENDING, Recognition.DECIDED, Recognition.APPEALED, Recognition.WITHDRAWN);

  /** For the validation provider. */
  public RecognitionConsistentValidator() {}

  @Override
  public boolean isValid(@Nullable Recognition value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    boolean valid = true;
    String state = value.state();
    if (value.appliedOn() != null && Recognition.NOT_APPLIED.equals(state)) {
      Violations.at(context, "plan.recognition.appliedWhileNotApplied", "appliedOn");
      valid = false;
    }
    if (value.decidedOn() != null && UNDECIDED.contains(state)) {
      Violations.at(context, "plan.recognition.decidedWhilePending", "decidedOn");
      valid = false;
    }
    if (value.outcome() != null && KNOWN.contains(state) && !DECIDED.contains(state)) {
      Violations.at(context, "plan.recognition.outcomeBeforeDecision", "outcome");
      valid = false;
    }
    if (value.compensationMeasure() != null
        && !Recognition.COMPENSATION_MEASURE_REQUIRED.equals(value.outcome())) {
      Violations.at(context, "plan.recognition.compensationWithoutRequirement", "compensationMeasure");
      valid = false;
    }
    return valid;
  }
}
