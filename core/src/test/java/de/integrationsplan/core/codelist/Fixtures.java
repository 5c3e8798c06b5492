package de.integrationsplan.core.codelist;

import de.integrationsplan.core.internal.codelist.Catalogues;

/** The fixture lists of the tests, under {@code fixture-lists/} in the test resources. */
final class Fixtures {

  static final String BASE = "/de/integrationsplan/core/codelist/fixture-lists/";

  private Fixtures() {}

  /** The valid fixture lists: {@code residence} (three versions) and {@code measure-kind}. */
  static CodeListCatalogue valid() {
    return Catalogues.load(Fixtures.class, BASE + "valid/");
  }

  /** One faulty folder of {@code faults/}. */
  static CodeListCatalogue fault(String name) {
    return Catalogues.load(Fixtures.class, BASE + "faults/" + name + "/");
  }
}
