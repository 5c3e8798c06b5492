package de.integrationsplan.core.internal.json;

import de.integrationsplan.core.internal.model.Component;
import de.integrationsplan.core.internal.model.RecordView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * A model record as a JSON object: {@code type: object}, {@code additionalProperties: false}, its
 * {@code required} components, and for a record whose rule counts all its components
 * ({@code GoalTarget}: exactly one) {@code minProperties} and {@code maxProperties}. Names are
 * matched by jackson-core's {@link PropertyNameMatcher} on the raw bytes of the name; a bitset of
 * the names seen catches a repeated one. When every value is sound, the record is built through
 * its canonical constructor.
 */
final class RecordShape extends ValueShape {

  private final RecordView view;
  private final PropertyNameMatcher names;
  private final String[] componentNames;
  private final int[] nameLengths;
  private final long requiredMask;
  final int minProperties;
  final int maxProperties;
  /** Set once by {@link ShapeCompiler#define}, before the shape is published. */
  private ValueShape[] values = {};

  RecordShape(RecordView view, int minProperties, int maxProperties) {
    List<Component> components = view.components();
    if (components.size() > Long.SIZE) {
      throw new IllegalStateException(view.name() + " has more components than the reader tracks");
    }
    this.view = view;
    this.minProperties = minProperties;
    this.maxProperties = maxProperties;
    List<Named> named = new ArrayList<>(components.size());
    componentNames = new String[components.size()];
    nameLengths = new int[components.size()];
    long required = 0;
    for (Component c : components) {
      named.add(Named.fromString(c.name()));
      componentNames[c.index()] = c.name();
      nameLengths[c.index()] = c.name().length();
      if (c.required()) {
        required |= 1L << c.index();
      }
    }
    this.names = BinaryNameMatcher.constructFrom(named, false);
    this.requiredMask = required;
  }

  void define(ValueShape[] values) {
    this.values = values;
  }

  ValueShape value(int index) {
    return values[index];
  }

  RecordView view() {
    return view;
  }

  @Override
  Object read(JsonParser p, JsonToken t, Findings f) {
    if (t != JsonToken.START_OBJECT) {
      return wrongType(p, f);
    }
    int before = f.seen();
    Object[] args = new Object[values.length];
    long seen = 0;
    int count = 0;
    @Nullable Set<String> unknown = null;
    int i;
    while ((i = p.nextNameMatch(names)) != PropertyNameMatcher.MATCH_END_OBJECT) {
      count++;
      if (i >= 0) {
        // names matched on their bytes are not held against the name limit by the parser
        if (nameLengths[i] > f.maxNameLength) {
          throw new Fatal("json.limit.nameLength");
        }
        long bit = 1L << i;
        if ((seen & bit) != 0) {
          throw new Fatal("json.duplicateKey", p);
        }
        seen |= bit;
        args[i] = values[i].read(p, p.nextToken(), f);
      } else if (i == PropertyNameMatcher.MATCH_UNKNOWN_NAME) {
        if (unknown == null) {
          unknown = new HashSet<>();
        }
        if (!unknown.add(p.currentName())) {
          throw new Fatal("json.duplicateKey", p);
        }
        f.atName(p, "schema.additionalProperties");
        p.nextToken();
        Skip.value(p);
      } else {
        throw new Fatal("json.syntax"); // MATCH_ODD_TOKEN: the parser reports what it is first
      }
    }
    long missing = requiredMask & ~seen;
    while (missing != 0) {
      int index = Long.numberOfTrailingZeros(missing);
      f.missing(p, componentNames[index]);
      missing &= missing - 1;
    }
    if (count < minProperties) {
      f.at(p, "schema.minProperties", minProperties);
    }
    if (count > maxProperties) {
      f.at(p, "schema.maxProperties", maxProperties);
    }
    if (f.seen() != before) {
      return FAULT;
    }
    for (int j = 0; j < args.length; j++) {
      if (args[j] == FAULT) {
        return FAULT; // cannot happen without a finding; kept so that nothing faulty is ever built
      }
    }
    try {
      return view.construct(args);
    } catch (RuntimeException e) {
      // a constructor refused what the shape accepted: a gap between schema and model, reported, not thrown
      f.at(p, "schema.invalid");
      return FAULT;
    }
  }
}
