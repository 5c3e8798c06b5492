package de.integrationsplan.core.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Every coded value of the plan (a component marked {@link de.integrationsplan.core.model.Coded})
 * is a code of the version of its code list that the plan declares in {@code codeLists}, and every
 * declared list and version is one the library knows. Codes: {@code plan.codeList.unknown} and
 * {@code plan.codeList.unknownVersion} at the declaration, {@code plan.code.listNotDeclared} and
 * {@code plan.code.notInVersion} at the value.
 * The lists are those of {@link de.integrationsplan.core.codelist.CodeListCatalogue#standard()}.
 */
@Documented
@Retention(RUNTIME)
@Target({TYPE, ANNOTATION_TYPE})
@SuppressWarnings("exports") // the validator's package is opened to every provider, not exported
@Constraint(validatedBy = de.integrationsplan.core.internal.constraints.CodesListedValidator.class)
public @interface CodesListed {

  /**
   * The message template: the finding's stable code in braces.
   *
   * @return the template
   */
  String message() default "{plan.code.notInVersion}";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload; {@link Severities.Warning} or {@link Severities.Info} lower the severity.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
