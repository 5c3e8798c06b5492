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
import java.util.Arrays;
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

  /**
   * A coded value: its list's id, the code, the fact's date if the record has one, and where it
   * is. The value is handed to the consumer during the walk and valid only then: its path is read
   * from the walk's position when asked for, which only a finding does.
   */
  static final class Value {
    private final Step[] stack;
    private final int depth;
    private final String list;
    private final String code;
    private final @Nullable LocalDate date;

    private Value(Step[] stack, int depth, String list, String code, @Nullable LocalDate date) {
      this.stack = stack;
      this.depth = depth;
      this.list = list;
      this.code = code;
      this.date = date;
    }

    String list() {
      return list;
    }

    String code() {
      return code;
    }

    @Nullable LocalDate date() {
      return date;
    }

    /** The steps from the walked record to the value. */
    List<Step> path() {
      return List.of(Arrays.copyOf(stack, depth));
    }
  }

  /**
   * What the walk needs of a record type, found once: its coded components, with the component
   * that dates them, and its components that hold records with coded values somewhere below. A
   * record type without either is never entered.
   */
  private record Layout(Entry[] entries) {
    boolean empty() {
      return entries.length == 0;
    }
  }

  /** A coded component ({@code coded} set) or one that holds records ({@code nested} set). */
  private record Entry(Component component, @Nullable Coded coded, @Nullable Component date, @Nullable Layout nested) {}

  private static final ClassValue<Layout> LAYOUTS = new ClassValue<>() {
    @Override
    protected Layout computeValue(Class<?> type) {
      return layout(type, new java.util.HashSet<>());
    }
  };

  private static Layout layout(Class<?> type, java.util.Set<Class<?>> enclosing) {
    RecordView view = ModelView.of(type);
    enclosing.add(type);
    List<Entry> entries = new ArrayList<>();
    for (Component c : view.components()) {
      Coded coded = c.annotation(Coded.class);
      if (coded != null) {
        Component date = null;
        if (!coded.validAt().isEmpty()) {
          date = view.component(coded.validAt());
          if (date == null) {
            throw new IllegalStateException(view.name() + " has no date component " + coded.validAt() + " for @Coded(validAt)");
          }
        }
        entries.add(new Entry(c, coded, date, null));
      } else if (c.kind() == ValueKind.RECORD) {
        if (enclosing.contains(c.valueType())) {
          // the model is a tree of records: a walk of a type that holds itself would need another layout
          throw new IllegalStateException(c.where() + " holds a record that encloses it; CodedValues walks trees only");
        }
        Layout nested = layout(c.valueType(), enclosing);
        if (!nested.empty()) {
          entries.add(new Entry(c, null, null, nested));
        }
      }
    }
    enclosing.remove(type);
    return new Layout(entries.toArray(Entry[]::new));
  }

  private CodedValues() {}

  /** Every coded value in a record and below it, in component order. */
  static void walk(Object record, Consumer<Value> found) {
    new Walk(found).walk(record, LAYOUTS.get(record.getClass()), 0);
  }

  /** One walk: the steps to the current position, grown as the walk goes deeper. */
  private static final class Walk {
    private final Consumer<Value> found;
    private Step[] stack = new Step[8];

    Walk(Consumer<Value> found) {
      this.found = found;
    }

    private void walk(Object record, Layout layout, int depth) {
      if (depth + 1 >= stack.length) {
        stack = Arrays.copyOf(stack, stack.length * 2);
      }
      for (Entry e : layout.entries()) {
        Component c = e.component();
        Object value = c.read(record);
        if (value == null) {
          continue;
        }
        Coded coded = e.coded();
        if (coded != null) {
          LocalDate date = e.date() == null ? null : date(e.date(), record);
          if (c.list()) {
            List<?> codes = (List<?>) value;
            for (int i = 0; i < codes.size(); i++) {
              stack[depth] = new Step(c.name(), i);
              found.accept(new Value(stack, depth + 1, coded.value(), (String) codes.get(i), date));
            }
          } else {
            stack[depth] = new Step(c.name(), -1);
            found.accept(new Value(stack, depth + 1, coded.value(), (String) value, date));
          }
        } else if (c.list()) {
          List<?> records = (List<?>) value;
          for (int i = 0; i < records.size(); i++) {
            stack[depth] = new Step(c.name(), i);
            walk(records.get(i), e.nested(), depth + 1);
          }
        } else {
          stack[depth] = new Step(c.name(), -1);
          walk(value, e.nested(), depth + 1);
        }
      }
    }
  }

  private static @Nullable LocalDate date(Component c, Object record) {
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
