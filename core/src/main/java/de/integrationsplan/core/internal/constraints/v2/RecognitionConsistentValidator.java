package de.integrationsplan.core.internal.constraints.v2;

import de.integrationsplan.core.internal.constraints.Violations;
import de.integrationsplan.core.model.v2.Recognition;
import de.integrationsplan.core.validation.constraints.RecognitionConsistent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link RecognitionConsistent} by the codes of the lists {@code recognition-state} and
 * {@code recognition-outcome}: before an application ({@code NOT_APPLIED}, {@code PREPARING}) no
 * application date; before a decision (those, {@code APPLIED}, {@code DOCUMENTS_REQUESTED},
 * {@code PENDING}, {@code ADMITTED}) no decision date and no outcome, nor after a withdrawal; a
 * compensation measure only with the outcome {@code COMPENSATION_MEASURE_REQUIRED}, or an
 * <em>Anpassungsqualifizierung</em> with {@code PARTIAL_EQUIVALENCE}. A state the rule does not
 * know is left alone.
 */
public final class RecognitionConsistentValidator
    implements ConstraintValidator<RecognitionConsistent, Recognition> {

  /** The states before an application: no application date yet. */
  private static final Set<String> NOT_APPLIED = Set.of(Recognition.NOT_APPLIED, Recognition.PREPARING);

  /** The states before any decision: no decision date yet. */
  private static final Set<String> UNDECIDED = Set.of(Recognition.NOT_APPLIED, Recognition.PREPARING,
      Recognition.APPLIED, Recognition.DOCUMENTS_REQUESTED, Recognition.PENDING, Recognition.ADMITTED);

  /** The states with a decision: an outcome may be recorded. */
  private static final Set<String> DECIDED =
      Set.of(Recognition.DECIDED, Recognition.COMPENSATION_IN_PROGRESS, Recognition.APPEALED);

  /** The states without a decision, where an outcome is a fault; a newer code is left alone. */
  private static final Set<String> NO_OUTCOME = union(UNDECIDED, Set.of(Recognition.WITHDRAWN));

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
    if (value.appliedOn() != null && NOT_APPLIED.contains(state)) {
      Violations.at(context, "plan.recognition.appliedWhileNotApplied", "appliedOn");
      valid = false;
    }
    if (value.decidedOn() != null && UNDECIDED.contains(state)) {
      Violations.at(context, "plan.recognition.decidedWhilePending", "decidedOn");
      valid = false;
    }
    if (value.outcome() != null && NO_OUTCOME.contains(state)) {
      Violations.at(context, "plan.recognition.outcomeBeforeDecision", "outcome");
      valid = false;
    }
    if (value.compensationMeasure() != null && !requiresMeasure(value)) {
      Violations.at(context, "plan.recognition.compensationWithoutRequirement", "compensationMeasure");
      valid = false;
    }
    return valid;
  }

  /**
   * Whether the outcome requires the measure chosen: {@code COMPENSATION_MEASURE_REQUIRED} any
   * measure, a partial equivalence only the <em>Anpassungsqualifizierung</em> that closes it.
   */
  private static boolean requiresMeasure(Recognition value) {
    return Recognition.COMPENSATION_MEASURE_REQUIRED.equals(value.outcome())
        || Recognition.PARTIAL_EQUIVALENCE.equals(value.outcome())
            && Recognition.ADAPTATION_QUALIFICATION.equals(value.compensationMeasure());
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    java.util.Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
