package de.integrationsplan.core.internal.codelist;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What one source file says, checked: the records {@link SourceReader} returns. */
public final class Sources {

  private Sources() {}

  /**
   * A text in German and English.
   *
   * @param de the German text
   * @param en the English text
   */
  public record Text(String de, String en) {}

  /**
   * A list.
   *
   * @param file the file it was read from, for messages
   * @param id its id, {@code legal-basis}
   * @param uri its URN
   * @param name its name
   * @param description what it lists
   * @param validityDate which date of a fact its codes' validity bounds
   * @param versions its versions, ascending
   * @param codes its codes, in the order of the file
   */
  public record ListSource(String file, String id, String uri, Text name, Text description, Text validityDate,
      List<VersionSource> versions, List<CodeSource> codes) {}

  /**
   * A version.
   *
   * @param id its id, the publication date {@code YYYY-MM-DD}
   * @param date the same date
   * @param note what changed
   */
  public record VersionSource(String id, LocalDate date, Text note) {}

  /**
   * A code.
   *
   * @param code the code
   * @param name its name
   * @param description what it means, if said
   * @param anchor the paragraph it rests on, or {@code null} for a code no law defines
   * @param sources the addresses it was checked against
   * @param validFrom the first date of a fact it may describe, inclusive
   * @param validUntil the last date of a fact it may describe, inclusive
   * @param validityNote what explains the bounds
   * @param since the first version it belongs to
   * @param withdrawnIn the first version it no longer belongs to
   * @param specialCategory whether its use reveals a special category of personal data
   * @param iso3166Alpha2 the ISO 3166-1 alpha-2 code of the state the code stands for, where the list's
   *     publisher gives one
   */
  public record CodeSource(String code, Text name, @Nullable Text description, @Nullable String anchor,
      List<URI> sources, @Nullable LocalDate validFrom, @Nullable LocalDate validUntil,
      @Nullable Text validityNote, String since, @Nullable String withdrawnIn, boolean specialCategory,
      @Nullable String iso3166Alpha2) {}
}
