package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.model.Coded;
import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.validation.constraints.DatesInOrder;
import de.integrationsplan.core.validation.constraints.RecognitionConsistent;
import de.integrationsplan.core.validation.constraints.TextLength;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The recognition (<em>Anerkennung</em>) of a foreign qualification: the procedure, the competent
 * authority, how far the procedure has come and the <em>Gleichwertigkeit</em> it found. Format
 * 1.0 had one list for both the state and the outcome; 2.0 keeps them apart (a pending
 * procedure has no outcome), names the compensation measure chosen (adaptation course, aptitude
 * test, knowledge test) and gives a ZAB statement its own result.
 *
 * @param procedure the legal procedure, a code of the list {@code recognition-procedure}; absent
 *     while none has been chosen
 * @param authority the competent authority (<em>zuständige Stelle</em>), for example
 *     {@code Regierungspräsidium Stuttgart} or {@code IHK FOSA}
 * @param referenceOccupation the German reference occupation (<em>Referenzberuf</em>)
 * @param state how far the procedure has come, a code of the list {@code recognition-state}
 * @param appliedOn the day the application was filed; only once applied
 * @param decidedOn the day of the decision (<em>Bescheid</em>); not before the application, not while pending
 * @param outcome the outcome, a code of the list {@code recognition-outcome}; only once decided
 * @param compensationMeasure the compensation measure chosen (<em>Ausgleichsmaßnahme</em>), a code
 *     of the list {@code compensation-measure}; only with an outcome that requires one (an
 *     <em>Anpassungsqualifizierung</em> with partial equivalence)
 * @param statement the ZAB's statement of comparability (<em>Zeugnisbewertung</em>)
 */
@DatesInOrder(first = "appliedOn", second = "decidedOn", message = "{plan.recognition.decisionBeforeApplication}")
@RecognitionConsistent
public record Recognition(
    @PersonalData(ORDINARY) @Nullable @Coded(value = "recognition-procedure", validAt = "appliedOn") @Pattern(regexp = Formats.CODE, message = "{plan.codeFormat}") @TextLength(max = Formats.CODE_MAX_LENGTH) String procedure,
    @PersonalData(ORDINARY) @Nullable @TextLength(min = 1, max = 200) String authority,
    @PersonalData(ORDINARY) @Nullable @TextLength(min = 1, max = 200) String referenceOccupation,
    @PersonalData(ORDINARY) @Coded("recognition-state") @Pattern(regexp = Formats.CODE, message = "{plan.codeFormat}") @TextLength(max = Formats.CODE_MAX_LENGTH) String state,
    @PersonalData(ORDINARY) @Nullable LocalDate appliedOn,
    @PersonalData(ORDINARY) @Nullable LocalDate decidedOn,
    @PersonalData(ORDINARY) @Nullable @Coded(value = "recognition-outcome", validAt = "decidedOn") @Pattern(regexp = Formats.CODE, message = "{plan.codeFormat}") @TextLength(max = Formats.CODE_MAX_LENGTH) String outcome,
    @PersonalData(ORDINARY) @Nullable @Coded("compensation-measure") @Pattern(regexp = Formats.CODE, message = "{plan.codeFormat}") @TextLength(max = Formats.CODE_MAX_LENGTH) String compensationMeasure,
    @PersonalData(ORDINARY) @Nullable @Valid ComparabilityStatement statement) {

  /** The state of a procedure not applied for (yet). */
  public static final String NOT_APPLIED = "NOT_APPLIED";
  /** The state of an application filed, not yet processed. */
  public static final String APPLIED = "APPLIED";
  /** The state of a procedure under way. */
  public static final String PENDING = "PENDING";
  /** The state of a procedure decided (<em>Bescheid</em>). */
  public static final String DECIDED = "DECIDED";
  /** The state of a decision appealed (<em>Widerspruch</em>, <em>Klage</em>). */
  public static final String APPEALED = "APPEALED";
  /** The state of an application being prepared. */
  public static final String PREPARING = "PREPARING";
  /** The state of a procedure waiting for documents the authority requested. */
  public static final String DOCUMENTS_REQUESTED = "DOCUMENTS_REQUESTED";
  /** The state of a person admitted to the assessment of a validation procedure (§§ 50b ff. BBiG). */
  public static final String ADMITTED = "ADMITTED";
  /** The state of a decided procedure whose compensation measure is under way. */
  public static final String COMPENSATION_IN_PROGRESS = "COMPENSATION_IN_PROGRESS";
  /** The state of an application withdrawn. */
  public static final String WITHDRAWN = "WITHDRAWN";
  /** The outcome that requires a compensation measure (<em>Ausgleichsmaßnahme</em>). */
  public static final String COMPENSATION_MEASURE_REQUIRED = "COMPENSATION_MEASURE_REQUIRED";
  /** The outcome of partial equivalence (non-regulated professions). */
  public static final String PARTIAL_EQUIVALENCE = "PARTIAL_EQUIVALENCE";
  /**
   * The training that closes the differences of a partial equivalence (<em>Anpassungsqualifizierung</em>);
   * a code of the list {@code compensation-measure}, though no compensation measure in law.
   */
  public static final String ADAPTATION_QUALIFICATION = "ADAPTATION_QUALIFICATION";

  /**
   * Canonical constructor; {@code state} is required.
   *
   * @param procedure the legal procedure, a code of the list {@code recognition-procedure}
   * @param authority the competent authority
   * @param referenceOccupation the German reference occupation
   * @param state how far the procedure has come, a code of the list {@code recognition-state}
   * @param appliedOn the day the application was filed
   * @param decidedOn the day of the decision
   * @param outcome the outcome, a code of the list {@code recognition-outcome}
   * @param compensationMeasure the compensation measure chosen, a code of the list {@code compensation-measure}
   * @param statement the ZAB's statement of comparability
   */
  public Recognition {
    Checks.required(state, Recognition.class, "state");
  }

  @Override
  public String toString() {
    return "Recognition[redacted]";
  }
}
