package de.integrationsplan.core.internal.json;

import de.integrationsplan.core.internal.TextPattern;
import de.integrationsplan.core.internal.model.Component;
import de.integrationsplan.core.internal.model.ModelView;
import de.integrationsplan.core.internal.model.RecordView;
import de.integrationsplan.core.internal.model.ValueKind;
import de.integrationsplan.core.validation.constraints.CodeLists;
import de.integrationsplan.core.validation.constraints.CountryCode;
import de.integrationsplan.core.validation.constraints.LanguageCode;
import de.integrationsplan.core.validation.constraints.PresentCount;
import de.integrationsplan.core.validation.constraints.TextLength;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Compiles the reader's shapes from the model, through {@link ModelView}: the structural half of
 * the model's constraints, the part the published JSON Schema states, mapped exactly as the schema
 * generator maps it. {@code @NotBlank} and {@code @NotEmpty} on text are {@code minLength: 1},
 * {@code @TextLength} (code points) is {@code minLength}/{@code maxLength}, {@code @Pattern} is
 * {@code pattern}, {@code @CountryCode} an {@code enum} of the ISO codes, {@code @LanguageCode} a
 * {@code maxLength} and a {@code pattern}; {@code @Size} and {@code @NotEmpty} on lists are
 * {@code minItems}/{@code maxItems}; {@code @Min}/{@code @Max} are {@code minimum}/{@code maximum};
 * a {@code @PresentCount} over all components is {@code minProperties}/{@code maxProperties};
 * components neither {@code @Nullable} nor lists are {@code required}. Every other constraint is a
 * rule, which the rule engine checks on the bound plan. A test holds every shape to the published
 * schema, keyword by keyword.
 *
 * <p>Patterns must be anchored ({@code ^...$}): Java's {@code matches()} then judges exactly as
 * ECMA 262's search does. Built once per record type; shapes are immutable once published.
 */
final class ShapeCompiler {

  private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
    @Override
    protected RecordShape computeValue(Class<?> type) {
      return compile(ModelView.of(type));
    }
  };

  private ShapeCompiler() {}

  /**
   * The shape of a record type, compiled on first use with the shapes of the records within it.
   *
   * @param type a record of the model
   * @return its shape
   */
  static RecordShape record(Class<?> type) {
    return SHAPES.get(type);
  }

  private static RecordShape compile(RecordView view) {
    int minProperties = 0;
    int maxProperties = Integer.MAX_VALUE;
    PresentCount count = view.annotation(PresentCount.class);
    if (count != null && count.components().length == view.components().size()) {
      minProperties = Math.max(count.min(), 0);
      maxProperties = count.max();
    }
    RecordShape shape = new RecordShape(view, minProperties, maxProperties);
    ValueShape[] values = new ValueShape[view.components().size()];
    for (Component c : view.components()) {
      values[c.index()] = c.list()
          ? list(c)
          : value(c, c.annotations());
    }
    shape.define(values);
    return shape;
  }

  private static ValueShape list(Component c) {
    int minItems = 0;
    int maxItems = Integer.MAX_VALUE;
    for (Annotation a : c.annotations()) {
      if (a instanceof Size size) {
        minItems = Math.max(minItems, size.min());
        maxItems = Math.min(maxItems, size.max());
      } else if (a instanceof NotEmpty) {
        minItems = Math.max(minItems, 1);
      }
    }
    return new ListShape(value(c, c.elementAnnotations()), minItems, maxItems);
  }

  private static ValueShape value(Component c, Annotation[] annotations) {
    ValueKind kind = c.kind();
    return switch (kind) {
      case TEXT -> text(c, annotations);
      case INTEGER -> integer(annotations);
      case BOOLEAN -> BooleanShape.INSTANCE;
      case DATE, YEAR_MONTH, DATE_TIME, UUID -> new TemporalShape(kind);
      case ENUM -> new EnumShape(c.valueType());
      case RECORD -> new Nested(c.valueType());
      case JSON_VALUE -> JsonValueShape.INSTANCE;
    };
  }

  private static ValueShape integer(Annotation[] annotations) {
    long minimum = Long.MIN_VALUE;
    long maximum = Long.MAX_VALUE;
    for (Annotation a : annotations) {
      if (a instanceof Min min) {
        minimum = Math.max(minimum, min.value());
      } else if (a instanceof Max max) {
        maximum = Math.min(maximum, max.value());
      }
    }
    return new IntegerShape(minimum, maximum);
  }

  private static ValueShape text(Component c, Annotation[] annotations) {
    int minLength = 0;
    int maxLength = Integer.MAX_VALUE;
    @Nullable Set<String> codes = null;
    @Nullable String pattern = null;
    for (Annotation a : annotations) {
      if (a instanceof NotBlank || a instanceof NotEmpty) {
        minLength = Math.max(minLength, 1);
      } else if (a instanceof Size size) {
        minLength = Math.max(minLength, size.min());
        maxLength = Math.min(maxLength, size.max());
      } else if (a instanceof TextLength length) {
        minLength = Math.max(minLength, length.min());
        maxLength = Math.min(maxLength, length.max());
      } else if (a instanceof Pattern p) {
        if (pattern != null) {
          throw new IllegalStateException("two patterns on " + c.where());
        }
        pattern = p.regexp();
      } else if (a instanceof CountryCode country) {
        Set<String> all = new HashSet<>(CodeLists.countries());
        if (country.nationality()) {
          all.addAll(CodeLists.NATIONALITY_EXTRAS);
        }
        codes = Set.copyOf(all);
      } else if (a instanceof LanguageCode) {
        maxLength = Math.min(maxLength, CodeLists.LANGUAGE_TAG_MAX_LENGTH);
        pattern = CodeLists.LANGUAGE_TAG;
      }
    }
    @Nullable TextPattern compiled = null;
    if (pattern != null) {
      if (!pattern.startsWith("^") || !pattern.endsWith("$")) {
        throw new IllegalStateException("the pattern of " + c.where() + " is not anchored with ^ and $");
      }
      compiled = TextPattern.compile(pattern);
    }
    return new TextShape(minLength, maxLength, codes, compiled);
  }

  /**
   * A nested record, whose shape is looked up when first read: records are compiled one type at a
   * time, so a shape never waits for itself.
   */
  private static final class Nested extends ValueShape {
    private final Class<?> type;
    private @Nullable RecordShape shape;

    Nested(Class<?> type) {
      this.type = type;
    }

    @Override
    Object read(tools.jackson.core.JsonParser p, tools.jackson.core.JsonToken t, Findings f) {
      RecordShape s = shape;
      if (s == null) {
        s = record(type);
        shape = s; // racy but idempotent: every thread finds the same shape
      }
      return s.read(p, t, f);
    }

    RecordShape shape() {
      return record(type);
    }
  }
}
