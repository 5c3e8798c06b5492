package de.integrationsplan.cli;

import de.integrationsplan.core.json.JsonLimits;
import java.io.InputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Finds the lines of JSON Pointers in a document by a second streaming pass over its bytes, for the
 * findings that the schema and the rules make on the tree, which has no lines. Only a document
 * with such findings is read again; the pass stops when every pointer is found. A pointer to
 * something absent (a required property) gets the line of its nearest present ancestor.
 */
final class PointerLines {

  private final JsonFactory factory;

  PointerLines(JsonLimits limits) {
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentBytes())
            .maxNestingDepth(limits.maxDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxNameLength(limits.maxNameLength())
            .maxTokenCount(limits.maxTokens())
            .build())
        .build();
  }

  /**
   * The lines of the pointers.
   *
   * @param json the document; read, not closed
   * @param pointers JSON Pointers (RFC 6901), {@code ""} for the whole document
   * @return a line for every pointer whose place or an ancestor's was found
   */
  Map<String, Long> find(InputStream json, Collection<String> pointers) {
    Set<String> pending = new HashSet<>();
    for (String pointer : pointers) {
      pending.addAll(prefixes(pointer));
    }
    Map<String, Long> found = new HashMap<>();
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), json)) {
      JsonToken token;
      while (!pending.isEmpty() && (token = p.nextToken()) != null) {
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue;
        }
        TokenStreamContext context = p.streamReadContext();
        if (token.isStructStart() && context.getParent() != null) {
          context = context.getParent(); // the container's own place is in its parent
        }
        String here = context.pathAsPointer().toString();
        if (pending.remove(here)) {
          found.put(here, (long) p.currentTokenLocation().getLineNr());
        }
      }
    } catch (JacksonException e) {
      // a document that does not parse: what was found before the fault is what there is
    }
    Map<String, Long> lines = new HashMap<>();
    for (String pointer : pointers) {
      Long line = nearest(pointer, found);
      if (line != null) {
        lines.put(pointer, line);
      }
    }
    return lines;
  }

  private static @Nullable Long nearest(String pointer, Map<String, Long> found) {
    String p = pointer;
    while (true) {
      Long line = found.get(p);
      if (line != null || p.isEmpty()) {
        return line;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  private static Set<String> prefixes(String pointer) {
    Set<String> prefixes = new HashSet<>();
    String p = pointer;
    prefixes.add(p);
    while (!p.isEmpty()) {
      int slash = p.lastIndexOf('/');
      if (slash < 0) {
        break;
      }
      p = p.substring(0, slash);
      prefixes.add(p);
    }
    return prefixes;
  }
}
