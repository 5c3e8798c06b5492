package de.integrationsplan.core.internal.bind;

import de.integrationsplan.core.internal.Utf8Check;
import de.integrationsplan.core.model.IntegrationPlan;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;

/**
 * The fast path of strict binding: binds a plan with jackson-core's streaming parser only, or
 * declines with {@code null}. Its contract is soundness, not diagnosis: whenever it returns a plan,
 * the databind path of {@link de.integrationsplan.core.internal.JsonCodec} accepts the same input
 * and returns an equal plan; for anything else (a fault of any kind, a limit, a byte order mark, a
 * number form such as {@code 1998.0} for an integer) it returns {@code null}, and the caller runs
 * the databind path, which reports the exact error.
 *
 * <p>It declines, where the databind path may still accept: every document when a component's name
 * is longer than the name limit, a document longer than the size
 * limit (the streaming parser does not count the length of an array it holds whole), one not
 * starting with {@code '{'} after JSON whitespace or with a zero byte in its first four (so that
 * the parser cannot take it for UTF-16 or UTF-32), bytes that are not strict UTF-8 by
 * {@link Utf8Check#isStrict}, empty objects for records, {@code null} anywhere, numbers other than
 * {@code int}-sized integers for integer components, and duplicate keys at any level. It reads from
 * a parser factory with the same {@code StreamReadConstraints} as the databind path, but without
 * duplicate detection, which the record binders do with a bitset and the extension values with
 * their map.
 *
 * <p>Immutable and thread-safe.
 */
public final class FastBinder {

  private final TokenStreamFactory factory;
  private final long maxDocumentLength;
  private final RecordBinder root;
  /**
   * Whether the fast path runs at all: not when a component's name is longer than the name limit,
   * since names matched on their raw bytes may not be held against that limit.
   */
  private final boolean enabled;

  /**
   * Creates the fast path.
   *
   * @param factory a factory with the databind path's read constraints and features, but without
   *     {@code STRICT_DUPLICATE_DETECTION}; its largest document counts in bytes (or characters for
   *     text)
   * @throws IllegalStateException if the model has a type or an annotation the fast path does not
   *     know
   */
  public FastBinder(TokenStreamFactory factory) {
    this.factory = factory;
    this.maxDocumentLength = factory.streamReadConstraints().getMaxDocumentLength();
    this.root = RecordBinder.of(IntegrationPlan.class);
    this.enabled = root.longestName() <= factory.streamReadConstraints().getMaxNameLength();
  }

  /**
   * Binds a plan from UTF-8 bytes.
   *
   * @param json the bytes
   * @return the plan, or {@code null} when the fast path declines
   */
  public @Nullable IntegrationPlan read(byte[] json) {
    if (!enabled || json.length > maxDocumentLength || !plainStart(json) || !Utf8Check.isStrict(json)) {
      return null;
    }
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), json)) {
      return bind(p);
    } catch (RuntimeException | StackOverflowError e) {
      return null;
    }
  }

  /**
   * Binds a plan from text.
   *
   * @param json the text
   * @return the plan, or {@code null} when the fast path declines
   */
  public @Nullable IntegrationPlan read(String json) {
    if (!enabled || json.length() > maxDocumentLength) {
      return null;
    }
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), json)) {
      return bind(p);
    } catch (RuntimeException | StackOverflowError e) {
      return null;
    }
  }

  private @Nullable IntegrationPlan bind(JsonParser p) {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      return null;
    }
    Object plan = root.bind(p);
    return p.nextToken() == null ? (IntegrationPlan) plan : null;
  }

  /**
   * Whether the bytes begin as the writer's do: no zero among the first four bytes (which would make
   * the parser read UTF-16 or UTF-32), no byte order mark, {@code '{'} after JSON whitespace.
   */
  private static boolean plainStart(byte[] json) {
    if (json.length < 4 || json[0] == 0 || json[1] == 0 || json[2] == 0 || json[3] == 0) {
      return false;
    }
    for (byte b : json) {
      if (b == '{') {
        return true;
      }
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return false;
      }
    }
    return false;
  }
}
