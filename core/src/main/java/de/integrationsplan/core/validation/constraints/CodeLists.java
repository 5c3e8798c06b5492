package de.integrationsplan.core.validation.constraints;

import de.integrationsplan.core.model.v1.Coding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The code lists and patterns behind {@link CountryCode}, {@link LanguageCode} and
 * {@link ValidCoding}, for programs that need the same checks (the JSON Schema publishes them too).
 * The country list is frozen with the library, so that a plan's validity does not depend on the JDK.
 */
public final class CodeLists {

  private static final Set<String> COUNTRIES = loadCountries();

  /**
   * A language tag: an ISO 639 primary subtag (two or three lower-case letters), then optionally a
   * script ({@code Arab}), a region ({@code AF}, {@code 419}) and variants, in their canonical case.
   */
  public static final String LANGUAGE_TAG =
      "^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$";

  /** The longest language tag accepted: {@value} characters. */
  public static final int LANGUAGE_TAG_MAX_LENGTH = 35;

  /** The values a nationality takes besides country codes: {@code STATELESS} and {@code UNKNOWN}. */
  public static final Set<String> NATIONALITY_EXTRAS = Set.of("STATELESS", "UNKNOWN");

  private static final Map<String, String> CODE_PATTERNS = Map.of(
      Coding.KLDB_2010, "^[0-9]{5}$",
      Coding.ISCO_08, "^[0-9]{1,4}$",
      Coding.ISCED_F_2013, "^[0-9]{2,4}$",
      Coding.ESCO, "^http://data\\.europa\\.eu/esco/[a-z-]+/[A-Za-z0-9._/-]+$");

  private CodeLists() {}

  /**
   * The ISO 3166-1 alpha-2 codes, and {@code XK} for Kosovo.
   *
   * @return the codes, sorted and unmodifiable
   */
  public static Set<String> countries() {
    return COUNTRIES;
  }

  /**
   * The pattern a code of a known classification has.
   *
   * @param system a classification's URI, such as {@link Coding#KLDB_2010}
   * @return the pattern, empty for classifications this library does not know
   */
  public static Optional<String> codePattern(String system) {
    return Optional.ofNullable(CODE_PATTERNS.get(system));
  }

  /**
   * The classifications whose codes are checked.
   *
   * @return their URIs
   */
  public static Set<String> knownSystems() {
    return CODE_PATTERNS.keySet();
  }

  private static Set<String> loadCountries() {
    try (InputStream in = CodeLists.class.getResourceAsStream("iso3166-1-alpha2.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource iso3166-1-alpha2.txt");
      }
      TreeSet<String> codes = new TreeSet<>();
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .forEach(codes::add);
      return java.util.Collections.unmodifiableSortedSet(codes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
