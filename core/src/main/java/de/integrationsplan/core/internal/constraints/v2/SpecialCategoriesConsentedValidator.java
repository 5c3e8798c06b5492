package de.integrationsplan.core.internal.constraints.v2;

import de.integrationsplan.core.codelist.Code;
import de.integrationsplan.core.codelist.CodeListCatalogue;
import de.integrationsplan.core.internal.constraints.CodedValues;
import de.integrationsplan.core.internal.model.Component;
import de.integrationsplan.core.internal.model.ModelView;
import de.integrationsplan.core.internal.model.ValueKind;
import de.integrationsplan.core.model.Coded;
import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.model.v2.ConsentScope;
import de.integrationsplan.core.model.v2.GoalArea;
import de.integrationsplan.core.model.v2.IntegrationPlan;
import de.integrationsplan.core.model.v2.PlanStatus;
import de.integrationsplan.core.validation.constraints.SpecialCategoriesConsented;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link SpecialCategoriesConsented}: once the consent is known to lack the scope
 * {@link ConsentScope#SPECIAL_CATEGORIES}, walks the plan through the model view and reports every
 * typed fact of a special category (Art. 9 GDPR) at its place: a component classified
 * special-category that is not free text (a disability: one finding, not one per part), the goal
 * area {@link GoalArea#HEALTH} wherever it stands (a goal's area, a contact's topic), and a coded
 * value whose code its list marks {@code specialCategory} (the measure kind {@code HEALTH_CARE},
 * the party {@code PSYCHOSOCIAL_CENTRE}, the school track {@code SBBZ}); a code the standard lists
 * do not know counts as ordinary.
 *
 * <p>Free text is classified special-category because it may hold such data, not because it does:
 * a goal's description is not health data for being a text. Redaction leaves it out of exchange
 * without the consent; this rule does not make every plan with a goal need the consent.
 */
public final class SpecialCategoriesConsentedValidator
    implements ConstraintValidator<SpecialCategoriesConsented, IntegrationPlan> {

  private static final String CODE = "plan.consent.specialCategoriesMissing";

  /** For the validation provider. */
  public SpecialCategoriesConsentedValidator() {}

  @Override
  public boolean isValid(@Nullable IntegrationPlan plan, ConstraintValidatorContext context) {
    if (plan == null || plan.status() == PlanStatus.ENTERED_IN_ERROR
        || plan.consent() != null && plan.consent().covers(ConsentScope.SPECIAL_CATEGORIES)) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    return walk(plan, new ArrayList<>(), context);
  }

  private static boolean walk(Object record, List<CodedValues.Step> path, ConstraintValidatorContext context) {
    boolean valid = true;
    for (Component c : ModelView.of(record.getClass()).components()) {
      Object value = c.read(record);
      if (value == null || value instanceof List<?> l && l.isEmpty() || value instanceof String s && s.isEmpty()) {
        continue;
      }
      if (c.personalData() == PersonalData.Category.SPECIAL_CATEGORY && !freeText(c)) {
        valid = report(context, path, c.name(), -1);
      } else if (c.kind() == ValueKind.RECORD) {
        if (c.list()) {
          List<?> records = (List<?>) value;
          for (int i = 0; i < records.size(); i++) {
            valid &= walk(records.get(i), with(path, c.name(), i), context);
          }
        } else {
          valid &= walk(value, with(path, c.name(), -1), context);
        }
      } else if (c.list()) {
        List<?> values = (List<?>) value;
        for (int i = 0; i < values.size(); i++) {
          if (reveals(c, values.get(i))) {
            valid = report(context, path, c.name(), i);
          }
        }
      } else if (reveals(c, value)) {
        valid = report(context, path, c.name(), -1);
      }
    }
    return valid;
  }

  /** A text without a pattern or a code list: classified by what it may hold, not by what it is. */
  private static boolean freeText(Component c) {
    return c.kind() == ValueKind.TEXT && c.annotation(Coded.class) == null
        && c.annotation(jakarta.validation.constraints.Pattern.class) == null;
  }

  /** Whether a value gives a special category away: the health area, or a code its list marks so. */
  private static boolean reveals(Component c, Object value) {
    if (value == GoalArea.HEALTH) {
      return true;
    }
    Coded coded = c.annotation(Coded.class);
    return coded != null && value instanceof String code
        && CodeListCatalogue.standard().byId(coded.value()).flatMap(l -> l.code(code)).map(Code::specialCategory)
            .orElse(false);
  }

  private static boolean report(ConstraintValidatorContext context, List<CodedValues.Step> path, String name,
      int index) {
    CodedValues.report(context, CODE, with(path, name, index));
    return false;
  }

  private static List<CodedValues.Step> with(List<CodedValues.Step> path, String name, int index) {
    List<CodedValues.Step> longer = new ArrayList<>(path);
    longer.add(new CodedValues.Step(name, index));
    return longer;
  }
}
