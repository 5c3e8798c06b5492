package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.model.PersonalData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A code list and the version of it that the document uses (XÖV's {@code listURI} and
 * {@code listVersionID}). Coded values of the document ({@link de.integrationsplan.core.model.Coded})
 * are codes of that version: a plan is written against one state of the law.
 *
 * @param uri the list's URI, such as {@code urn:de:integrationsplan:codelist:legal-basis}, or the
 *     URN of a list another publisher keeps, such as {@value Formats#NATIONALITY_LIST_URI}
 * @param version the version used, its publication day, such as {@code 2026-12-01}
 */
public record CodeListReference(
    @PersonalData(ORDINARY) @NotBlank @Pattern(regexp = Formats.CODE_LIST_URI, message = "{plan.codeList.uriFormat}") String uri,
    @PersonalData(ORDINARY) @NotBlank @Pattern(regexp = Formats.CODE_LIST_VERSION, message = "{plan.codeList.versionFormat}") String version) {

  /** The beginning of every code list's URI. */
  public static final String URI_PREFIX = "urn:de:integrationsplan:codelist:";

  /**
   * Canonical constructor; both components are required.
   *
   * @param uri the list's URI, such as {@code urn:de:integrationsplan:codelist:legal-basis}
   * @param version the version used, its publication day, such as {@code 2026-12-01}
   */
  public CodeListReference {
    Checks.required(uri, CodeListReference.class, "uri");
    Checks.required(version, CodeListReference.class, "version");
  }

  /**
   * The reference to a list by its id.
   *
   * @param listId the list's id, such as {@code legal-basis}
   * @param version the version, such as {@code 2026-12-01}
   * @return the reference
   */
  public static CodeListReference of(String listId, String version) {
    return new CodeListReference(URI_PREFIX + listId, version);
  }

  /**
   * The reference to Destatis's <em>Staatsangehörigkeitsschlüssel</em> (list {@code nationality}).
   *
   * @param version the version, such as {@code 2021-02-19}
   * @return the reference
   */
  public static CodeListReference nationality(String version) {
    return new CodeListReference(Formats.NATIONALITY_LIST_URI, version);
  }

  /**
   * The list's id: the last part of a URI of this library's lists; for another publisher's list the
   * id the catalogue gives it ({@code nationality} for Destatis's nationality key list), or the URI
   * itself for a list the library does not know.
   *
   * @return the id, such as {@code legal-basis}
   */
  public String listId() {
    if (uri.startsWith(URI_PREFIX)) {
      return uri.substring(URI_PREFIX.length());
    }
    return de.integrationsplan.core.codelist.CodeListCatalogue.standard().byUri(uri)
        .map(de.integrationsplan.core.codelist.CodeList::id).orElse(uri);
  }

  @Override
  public String toString() {
    return "CodeListReference[" + uri + ", " + version + "]";
  }
}
