package de.integrationsplan.testing;

import de.integrationsplan.core.validation.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One case of the {@link ConformanceCorpus}: a document and what must be said of it.
 *
 * <p>Give {@link #document()} to your validator, turn what it reports into a {@link Verdict}, and
 * ask the case where it disagrees: {@link #disagreements(Verdict)} for a complete validator
 * (structure and rules), {@link #schemaDisagreements(Verdict)} for a validator of the JSON Schema
 * alone. Instances are immutable.
 */
public final class ConformanceCase {

  private final String name;
  private final CaseKind kind;
  private final String description;
  private final byte[] document;
  private final Verdict expected;

  ConformanceCase(String name, CaseKind kind, String description, byte[] document, Verdict expected) {
    this.name = Objects.requireNonNull(name, "name");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.description = Objects.requireNonNull(description, "description");
    this.document = document.clone();
    this.expected = Objects.requireNonNull(expected, "expected");
  }

  /**
   * The case's name, which starts with its kind: {@code rule-goal-due-date-before-agreement}. The
   * corpus's files are {@code <name>.json} and {@code <name>.expect.json}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * What the document is.
   *
   * @return the kind
   */
  public CaseKind kind() {
    return kind;
  }

  /**
   * What the document holds and why it is (in)valid, in one or two English sentences.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * The document, byte for byte as the corpus holds it: UTF-8 JSON for most cases, anything at all
   * for parser cases (Latin-1, a byte order mark, an empty file).
   *
   * @return a fresh copy of the bytes
   */
  public byte[] document() {
    return document.clone();
  }

  /**
   * The findings a complete validator must report: exactly these, as (code, pointer, severity).
   * Empty for a valid case.
   *
   * @return the expected verdict
   */
  public Verdict expected() {
    return expected;
  }

  /**
   * Where a complete validator's verdict (structure and rules, as the library's
   * {@link de.integrationsplan.core.validation.PlanValidator} gives it) disagrees with this case:
   * it must have exactly the {@linkplain #expected() expected} findings, no more and no fewer.
   *
   * @param actual what the validator said of {@link #document()}
   * @return one line a disagreement, as {@link Verdict#differencesFrom}; empty when it agrees
   */
  public List<String> disagreements(Verdict actual) {
    return actual.differencesFrom(expected);
  }

  /**
   * Where the verdict of a validator of the JSON Schema alone disagrees with this case. Such a
   * validator must accept {@link CaseKind#VALID} and {@link CaseKind#RULE} documents, and reject
   * {@link CaseKind#STRUCTURAL} ones with every expected finding: an error of the expected code at
   * its pointer (the code is {@code schema.} and the keyword, as
   * {@link Finding#error Finding.error("schema." + keyword, pointer)} makes it), whatever else it
   * reports there or elsewhere; it is not judged on {@link CaseKind#PARSER} cases. Only the
   * verdict's {@linkplain Verdict#structural() structural} errors count.
   *
   * @param actual what the schema validator said of {@link #document()}
   * @return one line a disagreement; empty when it agrees, and always for a parser case
   */
  public List<String> schemaDisagreements(Verdict actual) {
    Set<Finding> errors = new TreeSet<>();
    for (Finding f : actual.structural()) {
      if (f.severity() == Severity.ERROR) {
        errors.add(f);
      }
    }
    List<String> problems = new ArrayList<>();
    switch (kind) {
      case VALID, RULE -> {
        if (!errors.isEmpty()) {
          problems.add("expected valid for the schema, reports " + describe(errors));
        }
      }
      case STRUCTURAL -> {
        if (errors.isEmpty()) {
          problems.add("expected invalid for the schema, accepts it");
        } else {
          for (Finding f : expected.structural()) {
            if (!errors.contains(Finding.error(f.code(), f.pointer()))) {
              problems.add("expected " + f.code() + " at \"" + f.pointer() + "\", reports " + describe(errors));
            }
          }
        }
      }
      case PARSER -> {
        // not judged: a schema validator's JSON parser may be lenient
      }
    }
    return problems;
  }

  private static String describe(Set<Finding> errors) {
    List<String> described = new ArrayList<>();
    for (Finding f : errors) {
      described.add(f.code() + " at \"" + f.pointer() + "\"");
    }
    return String.join(", ", described);
  }

  /**
   * Equal when name, kind, description, document and expectation are.
   *
   * @param other another object
   * @return whether it is an equal case
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ConformanceCase c && name.equals(c.name) && kind == c.kind
        && description.equals(c.description) && Arrays.equals(document, c.document) && expected.equals(c.expected);
  }

  /**
   * A hash of name, kind, description, document and expectation.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(name, kind, description, Arrays.hashCode(document), expected);
  }

  /**
   * The case as a test names it: {@code <name>: <description>}.
   *
   * @return the name and description
   */
  @Override
  public String toString() {
    return name + ": " + description;
  }
}
