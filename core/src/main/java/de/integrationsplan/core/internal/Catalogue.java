package de.integrationsplan.core.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue of codes: for every code, in German and English, what the rule means, its legal or
 * practical anchor, an example of the fault and of the fix, from {@code codes_de.properties} and
 * {@code codes_en.properties} (UTF-8) beside the messages. Kept as data, so that the command line,
 * the generated {@code docs/codes.md} and SARIF's rule help all say the same.
 */
public final class Catalogue {

  /** The parts of an entry, as the suffixes of its keys. */
  public enum Part {
    /** What the rule means. */
    MEANING("meaning"),
    /** Its legal or practical anchor. */
    ANCHOR("anchor"),
    /** An example of the fault. */
    FAULT("fault"),
    /** The example put right. */
    FIX("fix");

    private final String suffix;

    Part(String suffix) {
      this.suffix = suffix;
    }

    /**
     * The suffix of the part's keys.
     *
     * @return such as {@code meaning}
     */
    public String suffix() {
      return suffix;
    }
  }

  private static final Map<String, String> GERMAN = Messages.load(Catalogue.class, "codes_de.properties");
  private static final Map<String, String> ENGLISH = Messages.load(Catalogue.class, "codes_en.properties");

  private Catalogue() {}

  /**
   * One part of a code's entry in the language of {@code locale}.
   *
   * @param code a code
   * @param part the part
   * @param locale English for {@code en}, German otherwise
   * @return the text, or {@code null} when the catalogue has none
   */
  public static @Nullable String part(String code, Part part, Locale locale) {
    return (Messages.isEnglish(locale) ? ENGLISH : GERMAN).get(code + "." + part.suffix());
  }

  /**
   * Every key of one language's catalogue, for the test that no entry is left without its code.
   *
   * @param locale English for {@code en}, German otherwise
   * @return the keys, {@code code.part}
   */
  public static Set<String> keys(Locale locale) {
    return (Messages.isEnglish(locale) ? ENGLISH : GERMAN).keySet();
  }
}
