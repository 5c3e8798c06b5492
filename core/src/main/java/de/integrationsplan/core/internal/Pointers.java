package de.integrationsplan.core.internal;

import de.integrationsplan.core.internal.model.Component;
import de.integrationsplan.core.internal.model.ModelView;
import de.integrationsplan.core.internal.model.RecordView;
import de.integrationsplan.core.internal.model.ValueKind;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

/** JSON Pointers (RFC 6901) from Bean Validation paths and from Jackson's paths, holding only the model's names. */
public final class Pointers {

  private Pointers() {}

  /**
   * Translates a Bean Validation path: {@code goals[2].dueDate} becomes {@code /goals/2/dueDate},
   * {@code nationalities[1].<list element>} becomes {@code /nationalities/1}.
   *
   * @param path the property path of a constraint violation
   * @return the JSON Pointer, the empty string for the root
   */
  public static String of(Path path) {
    StringBuilder out = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        if (node.getIndex() != null) {
          out.append('/').append(node.getIndex());
        } else if (node.getKey() != null) {
          appendEscaped(out, String.valueOf(node.getKey()));
        }
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        appendEscaped(out, node.getName());
      }
    }
    return out.toString();
  }

  /**
   * Translates the path of a Jackson exception.
   *
   * @param path the references from the root to the place of the fault
   * @return the JSON Pointer
   */
  public static String of(List<JacksonException.Reference> path) {
    StringBuilder out = new StringBuilder();
    for (JacksonException.Reference ref : path) {
      if (ref.getPropertyName() != null) {
        appendEscaped(out, ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        out.append('/').append(ref.getIndex());
      }
    }
    return out.toString();
  }

  /**
   * The pointer cut where it leaves the model: each token must be a component of the record it is
   * in, or an index into a list component, and nothing follows a component that holds no record (a
   * text, a code, an extension's value). {@code /measures/0/kosten~1monat} becomes {@code /measures/0},
   * {@code /extensions/1/value/note} becomes {@code /extensions/1/value}. A name that the model does
   * not define there (an unknown property, a key inside an extension's value) was written by the
   * sender and may be personal data, so it never reaches a finding; the finding points at the
   * object that holds it, as JSON Schema validators do for {@code additionalProperties}, and its
   * line and column find the place.
   *
   * @param root the root of the version of the model the plan follows
   * @param pointer a JSON Pointer into a plan
   * @return the pointer, or its longest prefix that follows the model
   */
  public static String withinModel(RecordView root, String pointer) {
    @Nullable RecordView record = root;
    boolean index = false; // the next token must be an index into a list
    int at = 0;
    int n = pointer.length();
    while (at < n) {
      int end = pointer.indexOf('/', at + 1);
      if (end < 0) {
        end = n;
      }
      if (index) {
        if (!isIndex(pointer, at + 1, end)) {
          return pointer.substring(0, at);
        }
        index = false;
      } else {
        @Nullable Component c = record == null ? null : record.component(pointer.substring(at + 1, end));
        if (c == null) {
          return pointer.substring(0, at);
        }
        record = c.kind() == ValueKind.RECORD ? c.record() : null;
        index = c.list();
      }
      at = end;
    }
    return pointer;
  }

  private static boolean isIndex(String s, int from, int to) {
    if (from == to || to - from > 1 && s.charAt(from) == '0') {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Appends {@code /token}, escaped by RFC 6901.
   *
   * @param out the pointer so far
   * @param token a property name
   */
  public static void appendEscaped(StringBuilder out, String token) {
    out.append('/');
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == '~') {
        out.append("~0");
      } else if (c == '/') {
        out.append("~1");
      } else {
        out.append(c);
      }
    }
  }

  /**
   * The array index a pointer token stands for.
   *
   * @param token a pointer token
   * @return the index, or {@code -1} when the token is no index
   */
  public static int index(String token) {
    if (token.isEmpty() || token.length() > 9) {
      return -1;
    }
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) < '0' || token.charAt(i) > '9') {
        return -1;
      }
    }
    return Integer.parseInt(token);
  }

  /**
   * The tokens of a pointer, unescaped by RFC 6901.
   *
   * @param pointer a JSON Pointer
   * @return its tokens; none for the whole document
   */
  public static String[] tokens(String pointer) {
    if (pointer.isEmpty()) {
      return new String[0];
    }
    String[] tokens = pointer.substring(1).split("/", -1);
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = tokens[i].replace("~1", "/").replace("~0", "~");
    }
    return tokens;
  }
}
