package de.integrationsplan.core.codelist;

import de.integrationsplan.core.internal.codelist.Sources.CodeSource;
import de.integrationsplan.core.internal.codelist.Sources.ListSource;
import de.integrationsplan.core.internal.codelist.Sources.Text;
import de.integrationsplan.core.internal.codelist.Sources.VersionSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A versioned code list (<em>Codeliste</em>, as XÖV has them): a URN, dated versions, and every
 * code that was ever a member of one of them. Immutable and thread-safe.
 *
 * <pre>{@code
 * CodeList list = CodeListCatalogue.standard().byId("legal-basis").orElseThrow();
 * CodeListVersion latest = list.latest();
 * boolean member = latest.contains("AUFENTHG_16G");
 * }</pre>
 */
public final class CodeList {

  private final String id;
  private final String uri;
  private final Text name;
  private final Text description;
  private final Text validityDate;
  private final List<CodeListVersion> versions;
  private final Map<String, CodeListVersion> versionsById = new HashMap<>();
  private final List<Code> codes;
  private final Map<String, Code> codesByCode = new HashMap<>();

  CodeList(ListSource source) {
    this.id = source.id();
    this.uri = source.uri();
    this.name = source.name();
    this.description = source.description();
    this.validityDate = source.validityDate();
    List<CodeListVersion> vs = new ArrayList<>();
    for (VersionSource v : source.versions()) {
      CodeListVersion version = new CodeListVersion(this, v);
      vs.add(version);
      versionsById.put(version.id(), version);
    }
    this.versions = List.copyOf(vs);
    List<Code> cs = new ArrayList<>();
    for (CodeSource c : source.codes()) {
      Code code = new Code(this, c, versionsById.get(c.since()),
          c.withdrawnIn() == null ? null : versionsById.get(c.withdrawnIn()));
      cs.add(code);
      codesByCode.put(code.code(), code);
    }
    this.codes = List.copyOf(cs);
    for (CodeListVersion version : versions) {
      version.members(codes.stream().filter(c -> c.memberOf(version)).toList());
    }
  }

  /**
   * The list's id: lower-case words joined by {@code -}.
   *
   * @return such as {@code legal-basis}
   */
  public String id() {
    return id;
  }

  /**
   * The list's URN, which names all its versions together.
   *
   * @return such as {@code urn:de:integrationsplan:codelist:legal-basis}
   */
  public String uri() {
    return uri;
  }

  /**
   * The list's name.
   *
   * @param locale English for an English locale, German for every other
   * @return such as {@code Rechtsgrundlage des Aufenthalts}
   */
  public String name(Locale locale) {
    return Language.of(name, locale);
  }

  /**
   * What the list holds.
   *
   * @param locale English for an English locale, German for every other
   * @return the description
   */
  public String description(Locale locale) {
    return Language.of(description, locale);
  }

  /**
   * Which date of a fact the codes' validity ({@link Code#validOn}) is checked for.
   *
   * @param locale English for an English locale, German for every other
   * @return such as {@code Tag der Erteilung des Titels}
   */
  public String validityDate(Locale locale) {
    return Language.of(validityDate, locale);
  }

  /**
   * The versions.
   *
   * @return at least one, oldest first; unmodifiable
   */
  public List<CodeListVersion> versions() {
    return versions;
  }

  /**
   * The newest version.
   *
   * @return the last of {@link #versions()}
   */
  public CodeListVersion latest() {
    return versions.get(versions.size() - 1);
  }

  /**
   * A version by its id.
   *
   * @param id the version's publication date, {@code YYYY-MM-DD}
   * @return the version, or empty when the list has none with that id
   */
  public Optional<CodeListVersion> version(String id) {
    return Optional.ofNullable(versionsById.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Every code that is or was a member of a version, withdrawn ones included.
   *
   * @return the codes in the order of the source file; unmodifiable
   */
  public List<Code> codes() {
    return codes;
  }

  /**
   * A code by its spelling, whichever versions it belongs to.
   *
   * @param code such as {@code AUFENTHG_16G}
   * @return the code, or empty when the list never had it
   */
  public Optional<Code> code(String code) {
    return Optional.ofNullable(codesByCode.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * The list's URI.
   *
   * @return {@link #uri()}
   */
  @Override
  public String toString() {
    return uri;
  }
}
