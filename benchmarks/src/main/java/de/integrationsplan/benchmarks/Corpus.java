package de.integrationsplan.benchmarks;

import de.integrationsplan.core.model.Plan;
import de.integrationsplan.synthetic.SyntheticPlans;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark corpus: the first plans of {@code SyntheticPlans.withSeed(7)} as compact UTF-8 JSON,
 * exactly the lines of {@code writeNdjson}, so that the Java benchmarks and ajv see the same bytes,
 * in format 1.0 or 2.0; and a mutated copy in which every document is invalid.
 */
public final class Corpus {

  /** The seed of the generator. */
  public static final long SEED = 7;

  /** The default number of plans in memory. */
  public static final int DEFAULT_PLANS = 2_000;

  private static final Pattern STATUS = Pattern.compile("\"status\":\"[A-Z_]+\"");
  private static final Pattern PLANNED_END = Pattern.compile("\"plannedEnd\":\"\\d{4}-\\d{2}-\\d{2}\"");

  private Corpus() {}

  /**
   * The first plans of seed 7 as NDJSON.
   *
   * @param plans how many
   * @return the bytes, one plan a line, each ended by a line feed
   */
  public static byte[] ndjson(int plans) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(plans * 6_000);
    SyntheticPlans.withSeed(SEED).writeNdjson(plans, out);
    return out.toByteArray();
  }

  /**
   * The first plans of seed 7 in one version of the format, as NDJSON.
   *
   * @param plans how many
   * @param format {@code 1.0} (the same bytes as {@link #ndjson(int)}) or {@code 2.0}
   * @return the bytes, one plan a line, each ended by a line feed
   */
  public static byte[] ndjson(int plans, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(plans * 6_000);
    SyntheticPlans.withSeed(SEED).writeNdjson(0, plans, planType(format), out);
    return out.toByteArray();
  }

  /**
   * The plan type of a version of the format.
   *
   * @param format {@code 1.0} or {@code 2.0}
   * @return that version's plan record
   */
  public static Class<? extends Plan> planType(String format) {
    return switch (format) {
      case "1.0" -> de.integrationsplan.core.model.v1.IntegrationPlan.class;
      case "2.0" -> de.integrationsplan.core.model.v2.IntegrationPlan.class;
      default -> throw new IllegalArgumentException("no corpus of format " + format + "; known: 1.0, 2.0");
    };
  }

  /**
   * The first plans of seed 7, one document each.
   *
   * @param plans how many
   * @return the documents
   */
  public static byte[][] valid(int plans) {
    return lines(ndjson(plans));
  }

  /**
   * The first plans of seed 7 in one version of the format, one document each.
   *
   * @param plans how many
   * @param format {@code 1.0} or {@code 2.0}
   * @return the documents
   */
  public static byte[][] valid(int plans, String format) {
    return format.equals("1.0") ? valid(plans) : lines(ndjson(plans, format));
  }

  /**
   * The documents of an NDJSON text, without their line feeds.
   *
   * @param ndjson the text
   * @return the documents
   */
  public static byte[][] lines(byte[] ndjson) {
    List<byte[]> docs = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < ndjson.length; i++) {
      if (ndjson[i] == '\n') {
        if (i > start) {
          docs.add(java.util.Arrays.copyOfRange(ndjson, start, i));
        }
        start = i + 1;
      }
    }
    if (start < ndjson.length) {
      docs.add(java.util.Arrays.copyOfRange(ndjson, start, ndjson.length));
    }
    return docs.toArray(new byte[0][]);
  }

  /**
   * The documents made invalid, by turns in three ways: an unknown property at the top (a structural
   * fault the strict reader rejects), a status that is no status (a structural fault the strict reader
   * rejects), and a planned end before the start of counselling (a rule fault: schema-valid, bound,
   * the rules fail). Each takes the long way of the full entry point.
   *
   * @param valid the valid documents
   * @return the invalid documents, as many
   */
  public static byte[][] invalid(byte[][] valid) {
    byte[][] out = new byte[valid.length][];
    for (int i = 0; i < valid.length; i++) {
      out[i] = mutate(valid[i], i % 3);
    }
    return out;
  }

  /**
   * One document made invalid in one of three ways.
   *
   * @param doc a valid document
   * @param kind 0, 1 or 2, as in {@link #invalid(byte[][])}
   * @return the invalid document
   */
  public static byte[] mutate(byte[] doc, int kind) {
    String text = new String(doc, StandardCharsets.UTF_8);
    String mutated = switch (kind) {
      case 0 -> "{\"unexpectedProperty\":true," + text.substring(1);
      case 1 -> replaceFirst(STATUS, text, "\"status\":\"NOT_A_STATUS\"");
      case 2 -> replaceFirst(PLANNED_END, text, "\"plannedEnd\":\"2000-01-01\"");
      default -> throw new IllegalArgumentException("kind " + kind);
    };
    return mutated.getBytes(StandardCharsets.UTF_8);
  }

  private static String replaceFirst(Pattern pattern, String text, String replacement) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("nothing to mutate: " + pattern);
    }
    return text.substring(0, m.start()) + replacement + text.substring(m.end());
  }
}
