package de.integrationsplan.core.internal.constraints.v2;

import de.integrationsplan.core.codelist.Code;
import de.integrationsplan.core.codelist.CodeListCatalogue;
import de.integrationsplan.core.model.Coded;
import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.model.v2.ConsentScope;
import de.integrationsplan.core.model.v2.GoalArea;
import de.integrationsplan.core.model.v2.IntegrationPlan;
import de.integrationsplan.core.model.v2.PlanStatus;
import de.integrationsplan.core.validation.constraints.SpecialCategoriesConsented;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link SpecialCategoriesConsented}: walks the plan's records by their components'
 * {@link PersonalData} classification, once the consent is known to lack the scope
 * {@link ConsentScope#SPECIAL_CATEGORIES}, and reports every special-category value present at its
 * place; it does not descend into a special-category record (a disability is one finding). A coded
 * value counts as special-category data when its code is marked {@code specialCategory} in its
 * code list (the measure kind {@code HEALTH_CARE}, the party {@code PSYCHOSOCIAL_CENTRE}); a code
 * the standard lists do not know counts as ordinary.
 */
public final class SpecialCategoriesConsentedValidator
    implements ConstraintValidator<SpecialCategoriesConsented, IntegrationPlan> {

  private static final String CODE = "{plan.consent.specialCategoriesMissing}";
  private static final String MODEL = IntegrationPlan.class.getPackageName();

  /** A component as the walk reads it. */
  private record Slot(String name, Method accessor, boolean special, boolean record, boolean recordList,
      @Nullable String codeList) {}

  private static final ClassValue<List<Slot>> SLOTS = new ClassValue<>() {
    @Override
    protected List<Slot> computeValue(Class<?> type) {
      List<Slot> slots = new ArrayList<>();
      for (RecordComponent c : type.getRecordComponents()) {
        PersonalData data = c.getAnnotation(PersonalData.class);
        boolean special = data != null && data.value() == PersonalData.Category.SPECIAL_CATEGORY;
        boolean record = c.getType().isRecord() && c.getType().getPackageName().equals(MODEL);
        boolean recordList = false;
        if (c.getType() == List.class && c.getGenericType() instanceof ParameterizedType p) {
          Type element = p.getActualTypeArguments()[0];
          recordList = element instanceof Class<?> e && e.isRecord() && e.getPackageName().equals(MODEL);
        }
        Coded coded = c.getAnnotation(Coded.class);
        slots.add(new Slot(c.getName(), c.getAccessor(), special, record, recordList,
            coded == null ? null : coded.value()));
      }
      return List.copyOf(slots);
    }
  };

  /** A step of a path: a component, and the index of the list element walked into, or -1. */
  private record Step(String name, int index) {}

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

  private static boolean walk(Object record, List<Step> path, ConstraintValidatorContext context) {
    boolean valid = true;
    for (Slot slot : SLOTS.get(record.getClass())) {
      Object value = read(slot, record);
      if (value == null || value instanceof List<?> l && l.isEmpty() || value instanceof String s && s.isEmpty()) {
        continue;
      }
      path.add(new Step(slot.name(), -1));
      if (slot.special() || value == GoalArea.HEALTH || value instanceof String code && special(slot, code)) {
        report(context, path, -1);
        valid = false;
      } else if (slot.record()) {
        valid &= walk(value, path, context);
      } else if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          if (slot.recordList()) {
            path.set(path.size() - 1, new Step(slot.name(), i));
            valid &= walk(list.get(i), path, context);
          } else if (list.get(i) == GoalArea.HEALTH || list.get(i) instanceof String code && special(slot, code)) {
            report(context, path, i);
            valid = false;
          }
        }
      }
      path.remove(path.size() - 1);
    }
    return valid;
  }

  /** Whether a code of the component's code list reveals a special category ({@code specialCategory} in the list). */
  private static boolean special(Slot slot, String code) {
    String list = slot.codeList();
    if (list == null) {
      return false;
    }
    return CodeListCatalogue.standard().byId(list).flatMap(l -> l.code(code)).map(Code::specialCategory).orElse(false);
  }

  private static @Nullable Object read(Slot slot, Object record) {
    try {
      return slot.accessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + record.getClass().getName() + "." + slot.name(), e);
    }
  }

  /**
   * Reports at the path; {@code element} is the index of a value in the list the last step names,
   * or -1 for the component itself.
   */
  private static void report(ConstraintValidatorContext context, List<Step> path, int element) {
    NodeBuilderCustomizableContext open = context.buildConstraintViolationWithTemplate(CODE)
        .addPropertyNode(path.get(0).name());
    NodeBuilderDefinedContext defined = null;
    int pending = path.get(0).index();
    for (int k = 1; k < path.size(); k++) {
      Step step = path.get(k);
      NodeBuilderCustomizableContext next = defined != null
          ? defined.addPropertyNode(step.name()) : open.addPropertyNode(step.name());
      if (pending >= 0) {
        defined = next.inIterable().atIndex(pending);
      } else {
        open = next;
        defined = null;
      }
      pending = step.index();
    }
    if (element >= 0) {
      (defined != null
          ? defined.addContainerElementNode("<list element>", List.class, 0)
          : open.addContainerElementNode("<list element>", List.class, 0))
          .inIterable().atIndex(element).addConstraintViolation();
    } else if (defined != null) {
      defined.addConstraintViolation();
    } else {
      open.addConstraintViolation();
    }
  }
}
