package de.integrationsplan.core.internal.json;

import de.integrationsplan.core.internal.FindingMessages;
import de.integrationsplan.core.internal.Messages;
import de.integrationsplan.core.internal.Pointers;
import de.integrationsplan.core.internal.model.RecordView;
import de.integrationsplan.core.validation.IssueSource;
import de.integrationsplan.core.validation.Severity;
import de.integrationsplan.core.validation.TextLocation;
import de.integrationsplan.core.validation.ValidationIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * The findings of one reading of one document, and how to place them: the JSON Pointer from the
 * parser's context, the line from the parser, and the column counted in Unicode code points from
 * the start of the line, for bytes and text alike. Nothing is computed for a valid document; a
 * finding costs its pointer and its location only when it is made.
 *
 * <p>Capped at {@link #MAX} findings, after which {@code schema.tooManyIssues} is reported once:
 * a hostile document with a hundred thousand faults must not fill the heap with findings.
 */
final class Findings {

  /** The most structural findings reported for one document. */
  static final int MAX = 1000;

  private final Locale locale;
  /** The root of the version of the model being read: it names the places of the findings. */
  final RecordView root;
  private final byte @Nullable [] bytes;
  private final @Nullable String text;
  /** Where the document starts, after a byte order mark. */
  private final int start;
  final int maxNameLength;
  /**
   * The string limit, held here for values read from the parser's buffer without making a
   * {@code String} (codes, dates), which the parser does not hold against it.
   */
  final int maxStringLength;
  /**
   * Whether decoded strings must be checked for a lone surrogate: set when the document may hold
   * an escape of one (strict UTF-8 encodes none), so that other documents pay nothing.
   */
  boolean checkSurrogates;
  private @Nullable List<ValidationIssue> issues;
  /** How many faults were seen, the ones beyond the cap included: a reader compares it to decide. */
  private int seen;

  Findings(RecordView root, Locale locale, byte @Nullable [] bytes, @Nullable String text, int start,
      int maxNameLength, int maxStringLength) {
    this.root = root;
    this.locale = locale;
    this.bytes = bytes;
    this.text = text;
    this.start = start;
    this.maxNameLength = maxNameLength;
    this.maxStringLength = maxStringLength;
  }

  /**
   * Ends the reading when {@code s}, a decoded string or name, holds half of a surrogate pair
   * without the other ({@code "\\ud800"}): that is no Unicode text, no writer can give it back, and
   * JSON Schema validators accept it, so it is a fault of its own ({@code json.loneSurrogate}).
   */
  void checkText(JsonParser p, String s) {
    if (!checkSurrogates) {
      return;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new Fatal("json.loneSurrogate", p);
      }
    }
  }

  /**
   * How many faults were seen so far.
   *
   * @return a count that only grows
   */
  int seen() {
    return seen;
  }

  List<ValidationIssue> issues() {
    List<ValidationIssue> list = issues;
    return list == null ? List.of() : list;
  }

  /** A fault of the value at the parser's current token. */
  void at(JsonParser p, String code) {
    add(p, code, pointer(p), Map.of(), p.currentToken() == JsonToken.VALUE_NULL ? FindingMessages.NULL_VALUE : null);
  }

  /**
   * A code at the parser's current token that is not allowed; the submitted text only chooses the
   * allowed codes the message suggests, and is not kept.
   */
  void atCode(JsonParser p, String code, String submitted) {
    add(p, code, pointer(p), Map.of(), submitted);
  }

  /** {@link #atCode(JsonParser, String, String)} for a code in the parser's buffer: copied only under the cap. */
  void atCode(JsonParser p, String code, char[] text, int from, int length) {
    add(p, code, pointer(p), Map.of(), seen < MAX ? new String(text, from, length) : null);
  }

  /** A fault of the value at the parser's current token, with the schema's limit. */
  void at(JsonParser p, String code, long limit) {
    add(p, code, pointer(p), Map.of("limit", Long.toString(limit)), null);
  }

  /**
   * A fault of the array that holds the element at the parser's current token, with the schema's
   * limit: {@code maxItems} is reported at the first element beyond it, while the list is read, so
   * that it comes before the findings in the surplus elements and is never lost to the cap.
   */
  void atEnclosingArray(JsonParser p, String code, long limit) {
    tools.jackson.core.TokenStreamContext array = p.streamReadContext();
    if (p.currentToken() != null && p.currentToken().isStructStart()) {
      array = array.getParent(); // an object or array element has opened a context of its own
    }
    tools.jackson.core.TokenStreamContext holder = array.getParent();
    add(p, code, holder == null ? "" : pointer(holder), Map.of("limit", Long.toString(limit)), null);
  }

  /**
   * An unknown property at the parser's current name ({@code additionalProperties}): the pointer is
   * the object's that holds it, as JSON Schema validators give it, since the name is the sender's;
   * the location is the name's.
   */
  void atName(JsonParser p, String code) {
    tools.jackson.core.TokenStreamContext object = p.streamReadContext();
    // the name only chooses the nearest property names the message suggests; it is not kept
    add(p, code, object.getParent() == null ? "" : pointer(object.getParent()), Map.of(), p.currentName());
  }

  /**
   * A required property missing from the object the parser has just closed: the pointer is the
   * missing property's, as networknt and ajv report it.
   */
  void missing(JsonParser p, String name) {
    if (++seen > MAX) {
      return;
    }
    StringBuilder pointer = new StringBuilder(pointer(p));
    Pointers.appendEscaped(pointer, name);
    // placed later, at the object that lacks it (DocumentReader.locate), not at its closing brace
    record(null, "schema.required", pointer.toString(), Map.of(), null);
  }

  private void add(JsonParser p, String code, String pointer, Map<String, ?> args, @Nullable Object hint) {
    if (++seen > MAX) {
      return;
    }
    record(p, code, pointer, args, hint);
  }

  /** Records a finding; its message is composed here, when it is made, never on the valid path. */
  private void record(@Nullable JsonParser p, String code, String pointer, Map<String, ?> args, @Nullable Object hint) {
    List<ValidationIssue> list = issues;
    if (list == null) {
      list = new ArrayList<>();
      issues = list;
    }
    list.add(new ValidationIssue(Severity.ERROR, code, pointer, IssueSource.SCHEMA,
        FindingMessages.render(root, code, pointer, locale, args, hint), p == null ? null : location(p.currentTokenLocation())));
    if (seen == MAX) {
      list.add(new ValidationIssue(Severity.ERROR, "schema.tooManyIssues", "", IssueSource.SCHEMA,
          Messages.render("schema.tooManyIssues", locale, Map.of("limit", MAX)), null));
    }
  }

  /** The pointer of the parser's place, cut before a name that is not the model's (submitted content). */
  String pointer(JsonParser p) {
    return pointer(p.streamReadContext());
  }

  String pointer(tools.jackson.core.TokenStreamContext context) {
    return Pointers.withinModel(root, context.pathAsPointer().toString());
  }

  /**
   * The line and column of a place in the document: the line as the parser counts it, the column
   * in code points from the line's start, so that bytes and text give the same column.
   *
   * @param loc the parser's location
   * @return the place, or {@code null} when the parser gave none
   */
  @Nullable TextLocation location(@Nullable TokenStreamLocation loc) {
    if (loc == null || loc.getLineNr() < 1) {
      return null;
    }
    int column;
    byte[] b = bytes;
    String t = text;
    if (b != null && loc.getByteOffset() >= 0) {
      int offset = (int) Math.min(loc.getByteOffset(), b.length);
      int count = 0;
      for (int i = offset - 1; i >= start && b[i] != '\n' && b[i] != '\r'; i--) {
        if ((b[i] & 0xC0) != 0x80) {
          count++;
        }
      }
      column = count + 1;
    } else if (t != null && loc.getCharOffset() >= 0) {
      int offset = (int) Math.min(loc.getCharOffset(), t.length());
      int count = 0;
      for (int i = offset - 1; i >= start && t.charAt(i) != '\n' && t.charAt(i) != '\r'; i--) {
        if (!Character.isLowSurrogate(t.charAt(i))) {
          count++;
        }
      }
      column = count + 1;
    } else if (loc.getColumnNr() >= 1) {
      column = loc.getColumnNr();
    } else {
      return null;
    }
    return new TextLocation(loc.getLineNr(), column);
  }
}
