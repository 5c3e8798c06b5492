package de.integrationsplan.testing.library;

import de.integrationsplan.core.validation.PlanValidator;
import de.integrationsplan.core.validation.ValidationIssue;
import de.integrationsplan.core.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Hostile documents, generated as streams so that no one holds them in memory, and the main class
 * that {@link HostileInputTest} starts in a child JVM with a 64 MB heap. It validates cases with
 * {@link PlanValidator} and prints one line each, {@code CODES <distinct codes> COUNT <issues>},
 * with {@code LEAK} before it when a message names an exception or repeats the document's marker.
 */
final class HostileDocuments {

  /** A distinctive value that no message may repeat. */
  static final String MARKER = "HOSTILE-MARKER-7Q";

  static final String PLAN_HEAD = "{\"id\":\"0b7e3c52-91d4-4f6a-8e21-5c9a7d3f1e08\",\"schemaVersion\":\"1.0\","
      + "\"status\":\"DRAFT\",\"created\":\"2026-01-05T08:00:00Z\","
      + "\"counsellingPeriod\":{\"start\":\"2026-01-05\",\"plannedEnd\":\"2029-01-04\"},"
      + "\"responsibleOrganisation\":{\"municipalityKey\":\"08111000\"},"
      + "\"integrationManager\":\"im-s-01\",\"person\":{\"pseudonym\":\"p-1\"}";

  static final String MINIMAL_PLAN = PLAN_HEAD + "}";

  private static final String EXTENSION_HEAD = PLAN_HEAD
      + ",\"extensions\":[{\"url\":\"https://software.example/ext/x\",\"value\":";
  private static final String EXTENSION_TAIL = "}]}";

  private HostileDocuments() {}

  /** The hostile cases; each is a stream of bytes made of repeated pieces. */
  enum Case {
    VALID_MINIMAL_PLAN(() -> doc().text(MINIMAL_PLAN)),
    ARRAYS_NESTED_100_000(() -> doc().repeat("[", 100_000).repeat("]", 100_000)),
    ARRAYS_NESTED_1_000_000(() -> doc().repeat("[", 1_000_000).repeat("]", 1_000_000)),
    OBJECTS_NESTED_100_000(() -> doc().repeat("{\"a\":", 100_000).text("1").repeat("}", 100_000)),
    OBJECTS_NESTED_1_000_000(() -> doc().repeat("{\"a\":", 1_000_000).text("1").repeat("}", 1_000_000)),
    EXTENSION_VALUE_ARRAYS_NESTED_1_000_000(
        () -> doc().text(EXTENSION_HEAD).repeat("[", 1_000_000).repeat("]", 1_000_000).text(EXTENSION_TAIL)),
    EXTENSION_VALUE_OBJECTS_NESTED_100_000(
        () -> doc().text(EXTENSION_HEAD).repeat("{\"a\":", 100_000).text("1").repeat("}", 100_000).text(EXTENSION_TAIL)),
    STRING_OF_50_MB_IN_PSEUDONYM(() -> doc().text(PLAN_HEAD.replace("\"p-1\"", "\""))
        .repeat(MARKER, 50_000_000 / MARKER.length()).text("\"}}")),
    STRING_OF_50_MB_IN_EXTENSION_VALUE(() -> doc().text(EXTENSION_HEAD + "\"")
        .repeat(MARKER, 50_000_000 / MARKER.length()).text("\"" + EXTENSION_TAIL)),
    STRING_OF_50_MB_OF_ESCAPES(() -> doc().text(EXTENSION_HEAD + "\"")
        .repeat("\\u00e4", 50_000_000 / 6).text("\"" + EXTENSION_TAIL)),
    NUMBER_OF_1_MB_OF_DIGITS(() -> doc().text(EXTENSION_HEAD).repeat("7", 1_000_000).text(EXTENSION_TAIL)),
    NUMBER_OF_1_MB_OF_FRACTION_DIGITS(() -> doc().text(EXTENSION_HEAD + "0.").repeat("7", 1_000_000).text(EXTENSION_TAIL)),
    BIRTH_YEAR_OF_1_MB_OF_DIGITS(() -> doc().text(PLAN_HEAD.replace("\"p-1\"}", "\"p-1\",\"birthYear\":"))
        .repeat("1", 1_000_000).text("}}")),
    UTF8_OVERLONG_SLASH(() -> pseudonymWith(0xC0, 0xAF)),
    UTF8_OVERLONG_THREE_BYTES(() -> pseudonymWith(0xE0, 0x80, 0xAF)),
    UTF8_ENCODED_LONE_HIGH_SURROGATE(() -> pseudonymWith(0xED, 0xA0, 0x80)),
    UTF8_ENCODED_LONE_LOW_SURROGATE(() -> pseudonymWith(0xED, 0xBF, 0xBF)),
    UTF8_TRUNCATED_THREE_BYTE_SEQUENCE(() -> pseudonymWith(0xE2, 0x82)),
    UTF8_TRUNCATED_AT_END_OF_DOCUMENT(() -> doc().text(PLAN_HEAD.replace("\"p-1\"", "\"p-")).bytes(0xF0, 0x9F, 0x98)),
    UTF8_BEYOND_U10FFFF(() -> pseudonymWith(0xF4, 0x90, 0x80, 0x80)),
    UTF8_INVALID_START_BYTE(() -> pseudonymWith(0xFF)),
    UTF8_OVERLONG_IN_EXTENSION_VALUE(() -> doc().text(EXTENSION_HEAD + "\"..").bytes(0xC0, 0xAF).text("etc\"" + EXTENSION_TAIL)),
    UTF8_BEYOND_U10FFFF_IN_EXTENSION_VALUE(() -> doc().text(EXTENSION_HEAD + "\"x").bytes(0xF4, 0x90, 0x80, 0x80).text("\"" + EXTENSION_TAIL)),
    UTF16_WITH_BYTE_ORDER_MARK(() -> doc().bytes(0xFE, 0xFF).text("\u0000{\u0000}")),
    UTF8_IN_PROPERTY_NAME(() -> doc().text("{\"i").bytes(0xC0, 0xAF).text("d\":1}")),
    DUPLICATE_TOP_LEVEL_KEY(() -> doc().text(PLAN_HEAD + ",\"status\":\"ACTIVE\"}")),
    DUPLICATE_KEY_IN_EXTENSION_VALUE(() -> doc().text(EXTENSION_HEAD + "{\"k\":1,\"k\":2}" + EXTENSION_TAIL)),
    BYTE_ORDER_MARK_BEFORE_A_VALID_PLAN(() -> doc().bytes(0xEF, 0xBB, 0xBF).text(MINIMAL_PLAN)),
    BYTE_ORDER_MARK_INSIDE_THE_DOCUMENT(() -> doc().text("{").bytes(0xEF, 0xBB, 0xBF).text(MINIMAL_PLAN.substring(1))),
    TWO_BYTE_ORDER_MARKS(() -> doc().bytes(0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF).text(MINIMAL_PLAN)),
    TRAILING_SECOND_PLAN(() -> doc().text(MINIMAL_PLAN + MINIMAL_PLAN)),
    TRAILING_50_MB_OF_GARBAGE(() -> doc().text(MINIMAL_PLAN).repeat(MARKER, 50_000_000 / MARKER.length())),
    TRAILING_50_MB_OF_SPACES(() -> doc().text(MINIMAL_PLAN).repeat(" ", 50_000_000)),
    GOALS_WITH_1_000_000_NUMBERS(() -> doc().text(PLAN_HEAD + ",\"goals\":[0").repeat(",1", 999_999).text("]}")),
    GOALS_WITH_1_000_000_EMPTY_OBJECTS(() -> doc().text(PLAN_HEAD + ",\"goals\":[{}").repeat(",{}", 999_999).text("]}")),
    GOALS_WITH_60_000_EMPTY_OBJECTS(() -> doc().text(PLAN_HEAD + ",\"goals\":[{}").repeat(",{}", 59_999).text("]}")),
    GOALS_WITH_100_000_EMPTY_OBJECTS(() -> doc().text(PLAN_HEAD + ",\"goals\":[{}").repeat(",{}", 99_999).text("]}")),
    EXTENSION_VALUE_WITH_1_000_000_NUMBERS(() -> doc().text(EXTENSION_HEAD + "[0").repeat(",1", 999_999).text("]" + EXTENSION_TAIL)),
    EXTENSION_VALUE_WITH_100_000_EMPTY_OBJECTS(() -> doc().text(EXTENSION_HEAD + "[{}").repeat(",{}", 99_999).text("]" + EXTENSION_TAIL)),
    EXTENSION_VALUE_WITH_240_000_EMPTY_OBJECTS(() -> doc().text(EXTENSION_HEAD + "[{}").repeat(",{}", 239_999).text("]" + EXTENSION_TAIL)),
    EXTENSION_VALUE_WITH_99_000_EMPTY_OBJECTS(() -> doc().text(EXTENSION_HEAD + "[{}").repeat(",{}", 98_999).text("]" + EXTENSION_TAIL)),
    EXTENSION_VALUE_WITH_39_000_OBJECTS_OF_ONE_KEY(() -> doc().text(EXTENSION_HEAD + "[{\"a\":[]}").repeat(",{\"a\":[]}", 38_999).text("]" + EXTENSION_TAIL)),
    EXTENSION_VALUE_WITH_490_000_NUMBERS(() -> doc().text(EXTENSION_HEAD + "[0").repeat(",1", 489_999).text("]" + EXTENSION_TAIL)),
    EXTENSION_VALUE_WITH_240_000_KEYS(() -> doc().text(EXTENSION_HEAD + "{").keys(240_000).text("}" + EXTENSION_TAIL)),
    EXTENSION_VALUE_WITH_160_000_STRINGS(() -> doc().text(EXTENSION_HEAD + "[\"\"").repeat(",\"" + "s".repeat(20) + "\"", 159_999).text("]" + EXTENSION_TAIL)),
    EXTENSION_VALUE_WITH_100_000_KEYS(() -> doc().text(EXTENSION_HEAD + "{").keys(100_000).text("}" + EXTENSION_TAIL)),
    PERSON_WITH_100_000_KEYS(() -> doc().text(PLAN_HEAD.replace("\"p-1\"}", "\"p-1\",")).keys(100_000).text("}}")),
    TOP_LEVEL_WITH_60_000_KEYS(() -> doc().text(PLAN_HEAD + ",").keys(60_000).text("}")),
    PERSON_WITH_60_000_KEYS(() -> doc().text(PLAN_HEAD.replace("\"p-1\"}", "\"p-1\",")).keys(60_000).text("}}")),
    TOP_LEVEL_WITH_100_000_KEYS(() -> doc().text(PLAN_HEAD + ",").keys(100_000).text("}")),
    PROPERTY_NAME_OF_1_MB(() -> doc().text(PLAN_HEAD + ",\"").repeat(MARKER, 1_000_000 / MARKER.length()).text("\":1}")),
    PROPERTY_NAME_OF_50_MB_IN_EXTENSION_VALUE(() -> doc().text(EXTENSION_HEAD + "{\"")
        .repeat(MARKER, 50_000_000 / MARKER.length()).text("\":1}" + EXTENSION_TAIL)),
    UNKNOWN_PROPERTY_NAMES_OF_150_CHARACTERS_100_000_TIMES(() -> doc().text(PLAN_HEAD + ",").longKeys(100_000, 150).text("}"));

    private final Supplier<Doc> doc;

    Case(Supplier<Doc> doc) {
      this.doc = doc;
    }

    /** The document as a fresh stream. */
    InputStream open() {
      return doc.get().open();
    }

    /** The size of the document in bytes. */
    long size() {
      return doc.get().size();
    }
  }

  /**
   * Validates cases and prints their codes, one line each: {@code CASE:mode => CODES a,b COUNT n}.
   *
   * @param args cases and how to pass them, {@code CASE:stream} or {@code CASE:bytes}
   */
  public static void main(String[] args) throws IOException {
    PlanValidator validator = PlanValidator.create();
    for (String arg : args) {
      String[] caseAndMode = arg.split(":");
      System.out.println(arg + " => " + answer(validator, Case.valueOf(caseAndMode[0]), "bytes".equals(caseAndMode[1])));
      System.out.flush();
    }
  }

  private static String answer(PlanValidator validator, Case c, boolean bytes) throws IOException {
    ValidationReport report;
    try (InputStream in = c.open()) {
      report = bytes ? validator.validate(in.readAllBytes()) : validator.validate(in);
    }
    List<String> leaks = new ArrayList<>();
    TreeSet<String> codes = new TreeSet<>();
    for (ValidationIssue issue : report.issues()) {
      codes.add(issue.code());
      String text = issue.message() + " " + issue.pointer();
      if (text.contains(MARKER.substring(0, 10)) || text.contains("jackson") || text.contains("Exception")) {
        leaks.add(issue.code());
      }
    }
    return (leaks.isEmpty() ? "" : "LEAK " + leaks + " ")
        + "CODES " + String.join(",", codes) + " COUNT " + report.issues().size();
  }

  /** A minimal plan whose pseudonym holds these bytes after {@code p-}. */
  private static Doc pseudonymWith(int... bytes) {
    return doc().text(PLAN_HEAD.replace("\"p-1\"}", "\"p-")).bytes(bytes).text("\"}}");
  }

  private static Doc doc() {
    return new Doc();
  }

  /** A document made of pieces, each repeated a number of times. */
  static final class Doc {
    private final List<byte[]> pieces = new ArrayList<>();
    private final List<Integer> times = new ArrayList<>();

    Doc text(String s) {
      return repeat(s, 1);
    }

    Doc bytes(int... values) {
      byte[] b = new byte[values.length];
      for (int i = 0; i < values.length; i++) {
        b[i] = (byte) values[i];
      }
      pieces.add(b);
      times.add(1);
      return this;
    }

    Doc repeat(String s, int n) {
      pieces.add(s.getBytes(StandardCharsets.UTF_8));
      times.add(n);
      return this;
    }

    /** {@code n} distinct keys {@code "k0":0,"k1":0,...}. */
    Doc keys(int n) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (int i = 0; i < n; i++) {
        out.writeBytes(((i == 0 ? "" : ",") + "\"k" + i + "\":0").getBytes(StandardCharsets.UTF_8));
      }
      pieces.add(out.toByteArray());
      times.add(1);
      return this;
    }

    /** {@code n} distinct keys of {@code length} characters. */
    Doc longKeys(int n, int length) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      String pad = "x".repeat(length);
      for (int i = 0; i < n; i++) {
        String name = (i + pad).substring(0, length);
        out.writeBytes(((i == 0 ? "" : ",") + "\"" + name + "\":0").getBytes(StandardCharsets.UTF_8));
      }
      pieces.add(out.toByteArray());
      times.add(1);
      return this;
    }

    long size() {
      long size = 0;
      for (int i = 0; i < pieces.size(); i++) {
        size += (long) pieces.get(i).length * times.get(i);
      }
      return size;
    }

    InputStream open() {
      return new InputStream() {
        private int piece;
        private int round;
        private int pos;

        @Override
        public int read() {
          byte[] one = new byte[1];
          return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
          if (len == 0) {
            return 0;
          }
          int n = 0;
          while (n < len && piece < pieces.size()) {
            byte[] p = pieces.get(piece);
            int k = Math.min(len - n, p.length - pos);
            System.arraycopy(p, pos, b, off + n, k);
            n += k;
            pos += k;
            if (pos == p.length) {
              pos = 0;
              if (++round == times.get(piece)) {
                round = 0;
                piece++;
              }
            }
          }
          return n == 0 ? -1 : n;
        }
      };
    }

    byte[] toBytes() {
      try (InputStream in = open()) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
