package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.model.PersonalData;
import org.jspecify.annotations.Nullable;

/**
 * The target of a school, training or study goal: a place or a certificate.
 *
 * @param kind the outcome sought
 * @param certificate the German school certificate sought, with {@link EducationTargetKind#SCHOOL_CERTIFICATE}
 */
public record EducationTarget(@PersonalData(ORDINARY) EducationTargetKind kind, @PersonalData(ORDINARY) @Nullable SchoolCertificateEquivalent certificate) {

  /**
   * Canonical constructor; {@code kind} is required.
   *
   * @param kind the outcome sought
   * @param certificate the German school certificate sought, with {@link EducationTargetKind#SCHOOL_CERTIFICATE}
   */
  public EducationTarget {
    Checks.required(kind, EducationTarget.class, "kind");
  }

  @Override
  public String toString() {
    return "EducationTarget[redacted]";
  }
}
