package de.integrationsplan.core.codelist;

import de.integrationsplan.core.internal.codelist.Sources.Text;
import de.integrationsplan.core.internal.codelist.Sources.VersionSource;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a code list: its publication date and the codes that are members of it. A
 * document names the version it was written against once per list; membership in that version is
 * a rule. Immutable and thread-safe.
 */
public final class CodeListVersion {

  private final CodeList list;
  private final String id;
  private final LocalDate date;
  private final Text note;
  private List<Code> members = List.of();
  private Map<String, Code> membersByCode = Map.of();

  CodeListVersion(CodeList list, VersionSource source) {
    this.list = list;
    this.id = source.id();
    this.date = source.date();
    this.note = source.note();
  }

  /** Called once, by the list's constructor, before the list is published. */
  void members(List<Code> codes) {
    this.members = List.copyOf(codes);
    Map<String, Code> map = new HashMap<>();
    codes.forEach(c -> map.put(c.code(), c));
    this.membersByCode = Map.copyOf(map);
  }

  /**
   * The list this is a version of.
   *
   * @return the list
   */
  public CodeList list() {
    return list;
  }

  /**
   * The version's id: its publication date.
   *
   * @return such as {@code 2026-12-01}
   */
  public String id() {
    return id;
  }

  /**
   * The publication date.
   *
   * @return the date {@link #id()} names
   */
  public LocalDate date() {
    return date;
  }

  /**
   * What the version changed.
   *
   * @param locale English for an English locale, German for every other
   * @return the note
   */
  public String note(Locale locale) {
    return Language.of(note, locale);
  }

  /**
   * The URI of this version, as genericode's {@code CanonicalVersionUri}: the list's URI,
   * {@code _} and the version.
   *
   * @return such as {@code urn:de:integrationsplan:codelist:legal-basis_2026-12-01}
   */
  public String canonicalUri() {
    return list.uri() + "_" + id;
  }

  /**
   * The members of this version.
   *
   * @return the codes from their {@link Code#since()} up to, not including, their
   *     {@link Code#withdrawnIn()}, in the order of the source file; unmodifiable
   */
  public List<Code> codes() {
    return members;
  }

  /**
   * Whether a code is a member of this version.
   *
   * @param code such as {@code AUFENTHG_16G}
   * @return {@code true} when it is
   */
  public boolean contains(String code) {
    return membersByCode.containsKey(Objects.requireNonNull(code, "code"));
  }

  /**
   * A member of this version.
   *
   * @param code such as {@code AUFENTHG_16G}
   * @return the code, or empty when it is not a member of this version
   */
  public Optional<Code> code(String code) {
    return Optional.ofNullable(membersByCode.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * The version's URI.
   *
   * @return {@link #canonicalUri()}
   */
  @Override
  public String toString() {
    return canonicalUri();
  }
}
