package de.integrationsplan.core.internal.json;

import de.integrationsplan.core.validation.TextLocation;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Finds where JSON Pointers lie in a document that was read without a fault, for the findings the
 * rules make on the bound plan, which has no lines: a second streaming pass over the bytes or text
 * already in memory, made only for a document with rule findings, stopped when every pointer is
 * found. A pointer to something absent gets the place of its nearest present ancestor. Lines and
 * columns are counted as the reader counts them.
 */
final class PointerLocations {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  /** Places are counted alike for every version of the model; the findings here name none. */
  private static final de.integrationsplan.core.internal.model.RecordView ANY_ROOT =
      de.integrationsplan.core.internal.model.ModelView.of(de.integrationsplan.core.internal.model.ModelView.newestRoot());

  private PointerLocations() {}

  static Map<String, TextLocation> find(byte[] json, Collection<String> pointers) {
    int start = DocumentReader.bomLength(json);
    Findings places = new Findings(ANY_ROOT, Locale.ROOT, json, null, start, Integer.MAX_VALUE, Integer.MAX_VALUE);
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      return find(p, places, pointers);
    }
  }

  static Map<String, TextLocation> find(String json, Collection<String> pointers) {
    Findings places = new Findings(ANY_ROOT, Locale.ROOT, null, json, 0, Integer.MAX_VALUE, Integer.MAX_VALUE);
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      return find(p, places, pointers);
    }
  }

  private static Map<String, TextLocation> find(JsonParser p, Findings places, Collection<String> pointers) {
    Set<String> prefixes = new HashSet<>();
    for (String pointer : pointers) {
      String q = pointer;
      prefixes.add(q);
      while (!q.isEmpty() && q.lastIndexOf('/') >= 0) {
        q = q.substring(0, q.lastIndexOf('/'));
        prefixes.add(q);
      }
    }
    Set<String> pending = new HashSet<>(prefixes);
    Map<String, TextLocation> found = new HashMap<>();
    try {
      JsonToken token;
      while (!pending.isEmpty() && (token = p.nextToken()) != null) {
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY || token == JsonToken.PROPERTY_NAME) {
          continue;
        }
        String here = p.streamReadContext().pathAsPointer().toString();
        if (!prefixes.contains(here)) {
          // off every path sought: its content is not looked at
          if (token.isStructStart()) {
            p.skipChildren();
          }
          continue;
        }
        if (pending.remove(here)) {
          TextLocation at = places.location(p.currentTokenLocation());
          if (at != null) {
            found.put(here, at);
          }
        }
      }
    } catch (JacksonException e) {
      // cannot happen for a document the reader read; what was found is what there is
    }
    Map<String, TextLocation> result = new HashMap<>();
    for (String pointer : pointers) {
      TextLocation at = nearest(pointer, found);
      if (at != null) {
        result.put(pointer, at);
      }
    }
    return result;
  }

  private static @Nullable TextLocation nearest(String pointer, Map<String, TextLocation> found) {
    String q = pointer;
    while (true) {
      TextLocation at = found.get(q);
      if (at != null || q.isEmpty() || q.lastIndexOf('/') < 0) {
        return at;
      }
      q = q.substring(0, q.lastIndexOf('/'));
    }
  }
}
