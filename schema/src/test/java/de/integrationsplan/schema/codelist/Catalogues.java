package de.integrationsplan.schema.codelist;

import de.integrationsplan.core.codelist.CodeListCatalogue;

/** The catalogues the tests write: the standard one and the fixture lists, so that no test passes on an empty one. */
final class Catalogues {

  private Catalogues() {}

  /** {@code residence} (three versions, a withdrawn code, validity bounds) and {@code measure-kind}. */
  static CodeListCatalogue fixtures() {
    return de.integrationsplan.core.internal.codelist.Catalogues.load(Catalogues.class,
        "/de/integrationsplan/schema/codelist/fixture-lists/");
  }
}
