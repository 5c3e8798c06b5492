package de.integrationsplan.core.json;

/**
 * Limits that protect a reader of untrusted JSON, from other vendors, against documents made to
 * exhaust memory or stack. A document over a limit is rejected while it is read, before it is
 * held in memory as a whole.
 *
 * <pre>{@code JsonLimits limits = JsonLimits.defaults().withMaxDocumentBytes(1_000_000);}</pre>
 *
 * @param maxDocumentBytes the largest document, in bytes; a real plan has a few kilobytes
 * @param maxDepth the deepest nesting of objects and arrays
 * @param maxStringLength the longest string value, in characters
 * @param maxNumberLength the longest number, in characters
 * @param maxNameLength the longest property name, in characters
 * @param maxTokens the most tokens in one document
 */
public record JsonLimits(
    long maxDocumentBytes,
    int maxDepth,
    int maxStringLength,
    int maxNumberLength,
    int maxNameLength,
    long maxTokens) {

  /**
   * Canonical constructor; every limit is positive.
   *
   * @param maxDocumentBytes the largest document, in bytes; a real plan has a few kilobytes
   * @param maxDepth the deepest nesting of objects and arrays
   * @param maxStringLength the longest string value, in characters
   * @param maxNumberLength the longest number, in characters
   * @param maxNameLength the longest property name, in characters
   * @param maxTokens the most tokens in one document
   */
  public JsonLimits {
    positive(maxDocumentBytes, "maxDocumentBytes");
    positive(maxDepth, "maxDepth");
    positive(maxStringLength, "maxStringLength");
    positive(maxNumberLength, "maxNumberLength");
    positive(maxNameLength, "maxNameLength");
    positive(maxTokens, "maxTokens");
  }

  /**
   * Safe defaults for single plans: 4 MiB, depth 32, strings of 65,536 characters, numbers of 40
   * characters, names of 200 characters, 200,000 tokens.
   *
   * <p>The defaults keep a reader within a 64 MB heap whatever the document (checked by
   * {@code HostileInputTest} in the testing module). The token limit was 500,000 until 0.1.0; it
   * was lowered to 200,000 because a document of 720 KB with 240,000 empty objects in an extension
   * value (480,000 tokens) is held three times while it is validated (as a tree, as Java values,
   * as their copy in the {@code Extension}) and exhausted 64 MB. A complete plan with every list at
   * its schema maximum stays far below 200,000 tokens. The document size stays at 4 MiB: the
   * reader never holds more than one buffer of a stream, and a caller who passes {@code byte[]}
   * already holds it.
   *
   * @return the defaults
   */
  public static JsonLimits defaults() {
    return new JsonLimits(4L * 1024 * 1024, 32, 65_536, 40, 200, 200_000);
  }

  /**
   * These limits with another document size.
   *
   * @param bytes the largest document, in bytes
   * @return the new limits
   */
  public JsonLimits withMaxDocumentBytes(long bytes) {
    return new JsonLimits(bytes, maxDepth, maxStringLength, maxNumberLength, maxNameLength, maxTokens);
  }

  /**
   * These limits with another depth.
   *
   * @param depth the deepest nesting
   * @return the new limits
   */
  public JsonLimits withMaxDepth(int depth) {
    return new JsonLimits(maxDocumentBytes, depth, maxStringLength, maxNumberLength, maxNameLength, maxTokens);
  }

  /**
   * These limits with another string length.
   *
   * @param length the longest string value
   * @return the new limits
   */
  public JsonLimits withMaxStringLength(int length) {
    return new JsonLimits(maxDocumentBytes, maxDepth, length, maxNumberLength, maxNameLength, maxTokens);
  }

  /**
   * These limits with another number length.
   *
   * @param length the longest number
   * @return the new limits
   */
  public JsonLimits withMaxNumberLength(int length) {
    return new JsonLimits(maxDocumentBytes, maxDepth, maxStringLength, length, maxNameLength, maxTokens);
  }

  private static void positive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }
}
