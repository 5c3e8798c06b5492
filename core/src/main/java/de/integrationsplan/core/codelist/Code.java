package de.integrationsplan.core.codelist;

import de.integrationsplan.core.internal.codelist.Sources.CodeSource;
import de.integrationsplan.core.internal.codelist.Sources.Text;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One code of a list, such as {@code AUFENTHG_16G}: its names, its legal anchor and sources, the
 * versions it belongs to, and the dates of the facts it may describe. Two questions apart:
 * <em>membership</em> ({@link #memberOf}) says whether a version of the list has the code, which a
 * document must hold to (an error); <em>validity</em> ({@link #validOn}) says whether a fact of a
 * given date may be described by it (a warning when not). Immutable and thread-safe.
 */
public final class Code {

  private final CodeList list;
  private final String code;
  private final Text name;
  private final @Nullable Text description;
  private final @Nullable String anchor;
  private final List<URI> sources;
  private final @Nullable LocalDate validFrom;
  private final @Nullable LocalDate validUntil;
  private final @Nullable Text validityNote;
  private final CodeListVersion since;
  private final @Nullable CodeListVersion withdrawnIn;
  private final boolean specialCategory;
  private final @Nullable String iso3166Alpha2;

  Code(CodeList list, CodeSource source, CodeListVersion since, @Nullable CodeListVersion withdrawnIn) {
    this.list = list;
    this.code = source.code();
    this.name = source.name();
    this.description = source.description();
    this.anchor = source.anchor();
    this.sources = source.sources();
    this.validFrom = source.validFrom();
    this.validUntil = source.validUntil();
    this.validityNote = source.validityNote();
    this.since = Objects.requireNonNull(since, "since");
    this.withdrawnIn = withdrawnIn;
    this.specialCategory = source.specialCategory();
    this.iso3166Alpha2 = source.iso3166Alpha2();
  }

  /**
   * The code, as a document writes it: upper case, digits and {@code _}, the same in every version.
   *
   * @return such as {@code AUFENTHG_16G}
   */
  public String code() {
    return code;
  }

  /**
   * The list the code belongs to.
   *
   * @return the list
   */
  public CodeList list() {
    return list;
  }

  /**
   * The code's name.
   *
   * @param locale English for an English locale, German for every other
   * @return such as {@code Aufenthaltserlaubnis zur Berufsausbildung (§ 16a AufenthG)}
   */
  public String name(Locale locale) {
    return Language.of(name, locale);
  }

  /**
   * What the code means, where the list says more than the name.
   *
   * @param locale English for an English locale, German for every other
   * @return the description, or empty
   */
  public Optional<String> description(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return description == null ? Optional.empty() : Optional.of(Language.of(description, locale));
  }

  /**
   * The paragraph the code rests on.
   *
   * @return such as {@code § 25 Abs. 2 Satz 1 Alt. 1 AufenthG}, or empty for a code no law
   *     defines ({@code OTHER})
   */
  public Optional<String> anchor() {
    return Optional.ofNullable(anchor);
  }

  /**
   * The addresses the code was checked against.
   *
   * @return the sources; empty only for a code without an {@link #anchor()}; unmodifiable
   */
  public List<URI> sources() {
    return sources;
  }

  /**
   * The first date of a fact the code may describe, inclusive.
   *
   * @return the date, or empty when there is no lower bound
   */
  public Optional<LocalDate> validFrom() {
    return Optional.ofNullable(validFrom);
  }

  /**
   * The last date of a fact the code may describe, inclusive.
   *
   * @return the date, or empty when there is no upper bound
   */
  public Optional<LocalDate> validUntil() {
    return Optional.ofNullable(validUntil);
  }

  /**
   * What explains the bounds of {@link #validFrom()} and {@link #validUntil()}.
   *
   * @param locale English for an English locale, German for every other
   * @return the note, or empty
   */
  public Optional<String> validityNote(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return validityNote == null ? Optional.empty() : Optional.of(Language.of(validityNote, locale));
  }

  /**
   * The first version the code is a member of.
   *
   * @return the version
   */
  public CodeListVersion since() {
    return since;
  }

  /**
   * The first version the code is no longer a member of.
   *
   * @return the version, or empty while the code is a member of the latest
   */
  public Optional<CodeListVersion> withdrawnIn() {
    return Optional.ofNullable(withdrawnIn);
  }

  /**
   * Whether the mere use of the code reveals a special category of personal data (Art. 9 GDPR),
   * such as health care; redaction treats a component holding it as special-category data.
   *
   * @return {@code true} for such a code
   */
  public boolean specialCategory() {
    return specialCategory;
  }

  /**
   * The ISO 3166-1 alpha-2 code of the state the code stands for, where the list's publisher maps it
   * to one: the Destatis nationality key {@code 475} (syrisch) is {@code SY}. Former states, groups
   * of territories and substitute values (<em>staatenlos</em>, <em>ungeklärt</em>) have none.
   *
   * @return the code, or empty
   */
  public Optional<String> iso3166Alpha2() {
    return Optional.ofNullable(iso3166Alpha2);
  }

  /**
   * Whether a fact of a date may be described by the code: the date lies within
   * {@link #validFrom()} and {@link #validUntil()}, both inclusive. The list's
   * {@link CodeList#validityDate validityDate} says which date of the fact that is.
   *
   * @param date the date of the fact
   * @return {@code true} within the bounds, and always for a code without bounds
   */
  public boolean validOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return (validFrom == null || !date.isBefore(validFrom)) && (validUntil == null || !date.isAfter(validUntil));
  }

  /**
   * Whether the code is a member of a version: from {@link #since()} up to, not including,
   * {@link #withdrawnIn()}.
   *
   * @param version a version
   * @return {@code true} when it is a member; {@code false} for a version of another list
   */
  public boolean memberOf(CodeListVersion version) {
    Objects.requireNonNull(version, "version");
    return version.list() == list && !version.date().isBefore(since.date())
        && (withdrawnIn == null || version.date().isBefore(withdrawnIn.date()));
  }

  /**
   * Whether the code is a member of a version of its list.
   *
   * @param versionId the version's id, {@code YYYY-MM-DD}
   * @return {@code true} when it is a member
   * @throws IllegalArgumentException if the list has no such version
   */
  public boolean memberOf(String versionId) {
    return memberOf(list.version(Objects.requireNonNull(versionId, "versionId")).orElseThrow(
        () -> new IllegalArgumentException("code list " + list.id() + " has no version " + versionId + "; it has "
            + list.versions().stream().map(CodeListVersion::id).toList())));
  }

  /**
   * The code with its list.
   *
   * @return such as {@code legal-basis:AUFENTHG_16G}
   */
  @Override
  public String toString() {
    return list.id() + ":" + code;
  }
}
