package de.integrationsplan.testing.library;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.validation.PlanValidator;
import de.integrationsplan.testing.library.HostileDocuments.Case;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile documents through {@link PlanValidator#validate(java.io.InputStream)} and
 * {@link PlanValidator#validate(byte[])}, in a child JVM with a 64 MB heap and a 512 KB stack:
 * each is answered with a report with the expected codes, never an {@link OutOfMemoryError}, a
 * {@link StackOverflowError} or an exception. The documents are generated as streams
 * ({@link HostileDocuments}); documents over 8 MB are passed as a stream only, since a caller that
 * holds 50 MB in a 64 MB heap has no room left for anything.
 */
final class HostileInputTest {

  private static final long MAX_BYTES_FOR_ARRAY_INPUT = 8_000_000;

  /** The most findings a report lists before {@code schema.tooManyIssues} (its {@code limit}). */
  private static final int MAX_ISSUES = 1_000;

  /** The expected distinct codes of each case's report; empty for a valid plan. */
  private static final Map<Case, List<String>> EXPECTED = new EnumMap<>(Case.class);

  static {
    expect(List.of(), Case.VALID_MINIMAL_PLAN, Case.BYTE_ORDER_MARK_BEFORE_A_VALID_PLAN,
        Case.EXTENSION_VALUE_WITH_99_000_EMPTY_OBJECTS, Case.EXTENSION_VALUE_WITH_39_000_OBJECTS_OF_ONE_KEY,
        Case.EXTENSION_VALUE_WITH_160_000_STRINGS);
    expect(List.of("json.limit.depth"), Case.ARRAYS_NESTED_100_000, Case.ARRAYS_NESTED_1_000_000,
        Case.OBJECTS_NESTED_100_000, Case.EXTENSION_VALUE_ARRAYS_NESTED_1_000_000,
        Case.EXTENSION_VALUE_OBJECTS_NESTED_100_000);
    // Jackson checks a number's length when it ends; a number longer than the string limit of
    // 65,536 characters is stopped by that limit first, while it is read
    expect(List.of("json.limit.stringLength"), Case.NUMBER_OF_1_MB_OF_DIGITS, Case.NUMBER_OF_1_MB_OF_FRACTION_DIGITS,
        Case.BIRTH_YEAR_OF_1_MB_OF_DIGITS);
    // a document is read into memory up to the size limit first, so a larger one fails on its size
    // whatever else it holds
    expect(List.of("json.limit.documentSize"), Case.OBJECTS_NESTED_1_000_000, Case.STRING_OF_50_MB_IN_PSEUDONYM,
        Case.STRING_OF_50_MB_IN_EXTENSION_VALUE, Case.STRING_OF_50_MB_OF_ESCAPES, Case.TRAILING_50_MB_OF_GARBAGE,
        Case.PROPERTY_NAME_OF_50_MB_IN_EXTENSION_VALUE);
    expect(List.of("json.encoding"), Case.UTF8_OVERLONG_SLASH, Case.UTF8_OVERLONG_THREE_BYTES,
        Case.UTF8_ENCODED_LONE_HIGH_SURROGATE, Case.UTF8_ENCODED_LONE_LOW_SURROGATE,
        Case.UTF8_TRUNCATED_THREE_BYTE_SEQUENCE, Case.UTF8_TRUNCATED_AT_END_OF_DOCUMENT,
        Case.UTF8_BEYOND_U10FFFF, Case.UTF8_INVALID_START_BYTE, Case.UTF8_OVERLONG_IN_EXTENSION_VALUE,
        Case.UTF8_BEYOND_U10FFFF_IN_EXTENSION_VALUE, Case.UTF16_WITH_BYTE_ORDER_MARK, Case.UTF8_IN_PROPERTY_NAME);
    expect(List.of("json.duplicateKey"), Case.DUPLICATE_TOP_LEVEL_KEY, Case.DUPLICATE_KEY_IN_EXTENSION_VALUE);
    expect(List.of("json.syntax"), Case.BYTE_ORDER_MARK_INSIDE_THE_DOCUMENT, Case.TWO_BYTE_ORDER_MARKS);
    expect(List.of("json.trailingContent"), Case.TRAILING_SECOND_PLAN);
    expect(List.of("json.limit.documentSize"), Case.TRAILING_50_MB_OF_SPACES,
        Case.UNKNOWN_PROPERTY_NAMES_OF_150_CHARACTERS_100_000_TIMES);
    expect(List.of("json.limit.tokens"), Case.GOALS_WITH_1_000_000_NUMBERS, Case.GOALS_WITH_1_000_000_EMPTY_OBJECTS,
        Case.GOALS_WITH_100_000_EMPTY_OBJECTS, Case.EXTENSION_VALUE_WITH_1_000_000_NUMBERS,
        Case.EXTENSION_VALUE_WITH_100_000_EMPTY_OBJECTS, Case.EXTENSION_VALUE_WITH_240_000_EMPTY_OBJECTS,
        Case.EXTENSION_VALUE_WITH_490_000_NUMBERS, Case.EXTENSION_VALUE_WITH_240_000_KEYS,
        Case.EXTENSION_VALUE_WITH_100_000_KEYS, Case.PERSON_WITH_100_000_KEYS, Case.TOP_LEVEL_WITH_100_000_KEYS);
    expect(List.of("schema.maxItems", "schema.required", "schema.tooManyIssues"), Case.GOALS_WITH_60_000_EMPTY_OBJECTS);
    expect(List.of("schema.additionalProperties", "schema.tooManyIssues"), Case.TOP_LEVEL_WITH_60_000_KEYS,
        Case.PERSON_WITH_60_000_KEYS);
    expect(List.of("json.limit.nameLength"), Case.PROPERTY_NAME_OF_1_MB);
  }

  private static final Map<String, String> ANSWERS = new HashMap<>();
  private static String childErrors = "";
  private static int childExit = -1;

  private static void expect(List<String> codes, Case... cases) {
    for (Case c : cases) {
      EXPECTED.put(c, codes);
    }
  }

  @BeforeAll
  static void validateEveryCaseInAChildJvmWith64MbHeap(@TempDir Path dir) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx64m", "-Xss512k", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"),
        HostileDocuments.class.getName()));
    for (Case c : Case.values()) {
      command.add(c + ":stream");
      if (c.size() <= MAX_BYTES_FOR_ARRAY_INPUT) {
        command.add(c + ":bytes");
      }
    }
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process child = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!child.waitFor(5, TimeUnit.MINUTES)) {
      child.destroyForcibly();
    }
    childExit = child.exitValue();
    childErrors = Files.readString(err, StandardCharsets.UTF_8);
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      int arrow = line.indexOf(" => ");
      if (arrow > 0) {
        ANSWERS.put(line.substring(0, arrow), line.substring(arrow + 4));
      }
    }
  }

  static Stream<Arguments> casesAndModes() {
    List<Arguments> all = new ArrayList<>();
    for (Case c : Case.values()) {
      all.add(Arguments.of(c, "stream"));
      if (c.size() <= MAX_BYTES_FOR_ARRAY_INPUT) {
        all.add(Arguments.of(c, "bytes"));
      }
    }
    return all.stream();
  }

  @Test
  void childJvmWith64MbHeapExitsNormallyWithoutErrorOutput() {
    assertThat(childExit).as("exit of the child JVM; its error output:%n%s", childErrors).isZero();
    assertThat(childErrors.lines().filter(l -> l.contains("Error") || l.contains("Exception") || l.startsWith("\tat ")))
        .as("error output of the child JVM").isEmpty();
  }

  @Test
  void everyCaseHasExpectedCodes() {
    assertThat(EXPECTED.keySet()).containsExactlyInAnyOrder(Case.values());
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("casesAndModes")
  void hostileDocumentIsAnsweredWithAReportOfTheExpectedCodes(Case c, String mode) {
    String answer = ANSWERS.get(c + ":" + mode);
    assertThat(answer).as("no answer: the child JVM died (exit %d) with:%n%s", childExit, childErrors).isNotNull();
    assertThat(answer).as("a message names an exception or repeats the document").doesNotStartWith("LEAK");
    String codes = answer.substring("CODES ".length(), answer.indexOf(" COUNT "));
    assertThat(codes.isEmpty() ? List.of() : List.of(codes.split(","))).isEqualTo(EXPECTED.get(c));
  }

  @Test
  void reportOfAHostileDocumentIsCappedAtMaxIssuesAndSaysSo() {
    String answer = ANSWERS.get(Case.GOALS_WITH_60_000_EMPTY_OBJECTS + ":stream");
    assertThat(answer).isNotNull().endsWith(" COUNT " + (MAX_ISSUES + 1));
  }
}
