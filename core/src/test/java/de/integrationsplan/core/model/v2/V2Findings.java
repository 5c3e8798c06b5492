package de.integrationsplan.core.model.v2;

import de.integrationsplan.core.internal.Pointers;
import de.integrationsplan.core.internal.validation.Codes;
import de.integrationsplan.core.testing.HibernateJudge;
import de.integrationsplan.core.validation.constraints.Severities;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.TreeSet;

/**
 * Hibernate Validator's findings on a plan of format 2, each as {@code SEVERITY code pointer}: the
 * code from the message template, the severity from the payload, the pointer by
 * {@code Pointers.of}, as the library's report has them.
 */
final class V2Findings {

  private static final Validator VALIDATOR = HibernateJudge.validator();

  private V2Findings() {}

  static Set<String> of(Object bean) {
    Set<String> findings = new TreeSet<>();
    for (ConstraintViolation<Object> v : VALIDATOR.validate(bean)) {
      Set<?> payload = v.getConstraintDescriptor().getPayload();
      String severity = payload.contains(Severities.Warning.class) ? "WARNING"
          : payload.contains(Severities.Info.class) ? "INFO" : "ERROR";
      findings.add(severity + " " + Codes.of(v.getMessageTemplate()) + " " + Pointers.of(v.getPropertyPath()));
    }
    return findings;
  }
}
