package de.integrationsplan.testing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A mutated document, made by {@link PlanMutations}: the bytes, what was done to them, and, for a
 * {@linkplain Mutation.Level#STRUCTURAL structural} fault, the JSON Pointer where every validator
 * must report an error. Give {@link #document()} to your validator and compare its verdict with
 * the reference's ({@link ReferenceOracle}). Instances are immutable.
 */
public final class Mutant {

  private final Mutation mutation;
  private final @Nullable String pointer;
  private final String description;
  private final byte[] document;

  Mutant(Mutation mutation, @Nullable String pointer, String description, byte[] document) {
    this.mutation = Objects.requireNonNull(mutation, "mutation");
    if ((pointer != null) != (mutation.level() == Mutation.Level.STRUCTURAL)) {
      throw new IllegalArgumentException("a pointer is for structural mutants only: " + mutation);
    }
    this.pointer = pointer;
    this.description = Objects.requireNonNull(description, "description");
    this.document = document.clone();
  }

  /**
   * What was done.
   *
   * @return the mutation
   */
  public Mutation mutation() {
    return mutation;
  }

  /**
   * For a structural mutant, the JSON Pointer where the fault must be reported: the value itself,
   * or, for a removed or an added property, that property (as the corpus and ajv have it). Other
   * mutants may be faulty anywhere, or not at all (a space inserted between tokens), and have none.
   *
   * @return the pointer, or {@code null} for a token or byte mutant
   */
  public @Nullable String pointer() {
    return pointer;
  }

  /**
   * What was done, in words, for a test's failure message: {@code removed required pseudonym},
   * {@code dropped 2 bytes at offset 117}. It holds no submitted value beyond what the mutation
   * wrote.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * The mutated document.
   *
   * @return a fresh copy of its bytes
   */
  public byte[] document() {
    return document.clone();
  }

  /**
   * The mutated document as text, decoded as UTF-8; bytes that are not UTF-8 become U+FFFD.
   *
   * @return the text
   */
  public String text() {
    return new String(document, StandardCharsets.UTF_8);
  }

  /**
   * Equal when mutation, pointer, description and document are.
   *
   * @param other another object
   * @return whether it is an equal mutant
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Mutant m && mutation == m.mutation && Objects.equals(pointer, m.pointer)
        && description.equals(m.description) && Arrays.equals(document, m.document);
  }

  /**
   * A hash of mutation, pointer, description and document.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(mutation, pointer, description, Arrays.hashCode(document));
  }

  /**
   * The mutant in one line, without its document: {@code REMOVE_REQUIRED at "/person/pseudonym"
   * (removed required pseudonym)}.
   *
   * @return the line
   */
  @Override
  public String toString() {
    return mutation + (pointer == null ? "" : " at \"" + pointer + "\"") + " (" + description + ")";
  }
}
