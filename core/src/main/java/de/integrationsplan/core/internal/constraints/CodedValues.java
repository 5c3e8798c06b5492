package de.integrationsplan.core.internal.constraints;

import de.integrationsplan.core.internal.model.Component;
import de.integrationsplan.core.internal.model.ModelView;
import de.integrationsplan.core.internal.model.RecordView;
import de.integrationsplan.core.internal.model.ValueKind;
import de.integrationsplan.core.model.Coded;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The coded values of a plan (components marked {@link Coded}), found by a walk through the model
 * view, each with its path, its list and the date of the fact it describes; and how to report a
 * violation at such a path, so that the rule engine and any Bean Validation provider give it the
 * same property path.
 */
public final class CodedValues {

  /**
   * One step of a path: a component, and the index into it when it is a list.
   *
   * @param name the component's name
   * @param index the index into it, or -1
   */
  public record Step(String name, int index) {}

  /** A coded value: where it is, its list's id, the code, and the fact's date if the record has one. */
  record Value(List<Step> path, String list, String code, @Nullable LocalDate date) {}

  private CodedValues() {}

  /** Every coded value in a record and below it, in component order. */
  static void walk(Object record, Consumer<Value> found) {
    walk(record, new ArrayList<>(), found);
  }

  private static void walk(Object record, List<Step> path, Consumer<Value> found) {
    RecordView view = ModelView.of(record.getClass());
    for (Component c : view.components()) {
      Object value = c.read(record);
      if (value == null) {
        continue;
      }
      Coded coded = c.annotation(Coded.class);
      if (coded != null) {
        LocalDate date = coded.validAt().isEmpty() ? null : date(view, record, coded.validAt());
        if (c.list()) {
          List<?> codes = (List<?>) value;
          for (int i = 0; i < codes.size(); i++) {
            found.accept(new Value(with(path, c.name(), i), coded.value(), (String) codes.get(i), date));
          }
        } else {
          found.accept(new Value(with(path, c.name(), -1), coded.value(), (String) value, date));
        }
      } else if (c.kind() == ValueKind.RECORD) {
        if (c.list()) {
          List<?> records = (List<?>) value;
          for (int i = 0; i < records.size(); i++) {
            walk(records.get(i), with(path, c.name(), i), found);
          }
        } else {
          walk(value, with(path, c.name(), -1), found);
        }
      }
    }
  }

  private static @Nullable LocalDate date(RecordView view, Object record, String name) {
    Component c = view.component(name);
    if (c == null) {
      throw new IllegalStateException(view.name() + " has no date component " + name + " for @Coded(validAt)");
    }
    Object value = c.read(record);
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof OffsetDateTime t) {
      return t.toLocalDate();
    }
    if (value == null) {
      return null;
    }
    throw new IllegalStateException(c.where() + " is no date, for @Coded(validAt)");
  }

  private static List<Step> with(List<Step> path, String name, int index) {
    List<Step> longer = new ArrayList<>(path.size() + 1);
    longer.addAll(path);
    longer.add(new Step(name, index));
    return longer;
  }

  /**
   * Reports {@code code} at a path below the validated object: {@code goals[1].target.legalBasis},
   * or an element of a list of codes, {@code person.benefits[2]}.
   *
   * @param context the validator's context
   * @param code the finding's code, without braces
   * @param path the steps from the validated object, at least one
   */
  public static void report(ConstraintValidatorContext context, String code, List<Step> path) {
    // the last node added: customizable (a property) or defined (a property marked as in a list)
    NodeBuilderCustomizableContext property = context.buildConstraintViolationWithTemplate("{" + code + "}")
        .addPropertyNode(path.get(0).name());
    NodeBuilderDefinedContext element = null;
    for (int i = 1; i < path.size(); i++) {
      NodeBuilderCustomizableContext added = element != null
          ? element.addPropertyNode(path.get(i).name()) : property.addPropertyNode(path.get(i).name());
      int index = path.get(i - 1).index();
      // as Bean Validation paths go, the index into a list marks the node that follows the list
      if (index >= 0) {
        element = added.inIterable().atIndex(index);
        property = null;
      } else {
        property = added;
        element = null;
      }
    }
    int last = path.get(path.size() - 1).index();
    if (last >= 0) {
      (element != null ? element.addContainerElementNode("<list element>", List.class, 0)
          : property.addContainerElementNode("<list element>", List.class, 0))
          .inIterable().atIndex(last).addConstraintViolation();
    } else if (element != null) {
      element.addConstraintViolation();
    } else {
      property.addConstraintViolation();
    }
  }
}
