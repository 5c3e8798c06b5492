package de.integrationsplan.examples;

import de.integrationsplan.core.codelist.Code;
import de.integrationsplan.core.codelist.CodeList;
import de.integrationsplan.core.codelist.CodeListCatalogue;
import de.integrationsplan.core.codelist.CodeListVersion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reading a versioned code list as docs/code-lists.md shows it. The docs show the body of
 * {@link #codes} line for line; the tests run it on fixture lists.
 */
public final class ReadingCodeLists {

  private ReadingCodeLists() {}

  /**
   * The codes of one version of a list, each with its name, anchor and whether a fact of a date may
   * be described by it.
   *
   * @param catalogue the catalogue, usually {@code CodeListCatalogue.standard()}
   * @param uri the list's URI, as a document names it in {@code codeLists}
   * @param versionId the version the document names
   * @param factDate the date of the fact the code describes
   * @return a line per member of the version
   */
  public static List<String> codes(CodeListCatalogue catalogue, String uri, String versionId, LocalDate factDate) {
    CodeList list = catalogue.byUri(uri).orElseThrow();            // urn:de:integrationsplan:codelist:…
    CodeListVersion version = list.version(versionId).orElseThrow(); // or list.latest()
    List<String> lines = new ArrayList<>();
    for (Code code : version.codes()) {                            // the members of this version
      String anchor = code.anchor().orElse("–");                   // none: a code no law defines
      String validity = code.validOn(factDate) ? "" : " (am " + factDate + " nicht gültig)";
      lines.add(code.code() + " " + code.name(Locale.GERMAN) + ", " + anchor + validity);
    }
    return lines;
  }
}
