package de.integrationsplan.core.internal.constraints.v2;

import de.integrationsplan.core.internal.constraints.Ids;
import de.integrationsplan.core.internal.constraints.Violations;
import de.integrationsplan.core.model.v2.CodeListReference;
import de.integrationsplan.core.model.v2.HouseholdMember;
import de.integrationsplan.core.model.v2.IntegrationPlan;
import de.integrationsplan.core.model.v2.Qualification;
import de.integrationsplan.core.validation.constraints.UniqueIds;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Validates {@link UniqueIds} on the records of format 2: goal, measure, qualification and household member ids, each kind on its own, and the code lists' URIs. */
public final class UniqueIdsValidator implements ConstraintValidator<UniqueIds, IntegrationPlan> {

  private static final String CODE = "plan.id.duplicate";

  /** For the validation provider. */
  public UniqueIdsValidator() {}

  @Override
  public boolean isValid(@Nullable IntegrationPlan plan, ConstraintValidatorContext context) {
    if (plan == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    boolean valid = true;
    Ids seen = new Ids();
    List<de.integrationsplan.core.model.v2.Goal> goals = plan.goals();
    for (int i = 0; i < goals.size(); i++) {
      if (!seen.add(goals.get(i).id())) {
        Violations.at(context, CODE, "goals", i, "id");
        valid = false;
      }
    }
    seen.clear();
    List<de.integrationsplan.core.model.v2.Measure> measures = plan.measures();
    for (int i = 0; i < measures.size(); i++) {
      if (!seen.add(measures.get(i).id())) {
        Violations.at(context, CODE, "measures", i, "id");
        valid = false;
      }
    }
    if (plan.competenceProfile() != null) {
      seen.clear();
      List<Qualification> qualifications = plan.competenceProfile().qualifications();
      for (int i = 0; i < qualifications.size(); i++) {
        if (!seen.add(qualifications.get(i).id())) {
          context.buildConstraintViolationWithTemplate("{" + CODE + "}")
              .addPropertyNode("competenceProfile")
              .addPropertyNode("qualifications")
              .addPropertyNode("id").inIterable().atIndex(i)
              .addConstraintViolation();
          valid = false;
        }
      }
    }
    if (plan.person().household() != null) {
      seen.clear();
      List<HouseholdMember> members = plan.person().household().members();
      for (int i = 0; i < members.size(); i++) {
        if (!seen.add(members.get(i).id())) {
          context.buildConstraintViolationWithTemplate("{" + CODE + "}")
              .addPropertyNode("person")
              .addPropertyNode("household")
              .addPropertyNode("members")
              .addPropertyNode("id").inIterable().atIndex(i)
              .addConstraintViolation();
          valid = false;
        }
      }
    }
    seen.clear();
    List<CodeListReference> lists = plan.codeLists();
    for (int i = 0; i < lists.size(); i++) {
      if (!seen.add(lists.get(i).uri())) {
        Violations.at(context, CODE, "codeLists", i, "uri");
        valid = false;
      }
    }
    return valid;
  }
}
