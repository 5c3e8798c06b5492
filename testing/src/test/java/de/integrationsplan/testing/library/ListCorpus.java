package de.integrationsplan.testing.library;

import de.integrationsplan.testing.ConformanceCase;
import de.integrationsplan.testing.ConformanceCorpus;

/**
 * Lists the corpus as a vendor's program on the module path sees it, for {@code ModulePathIT},
 * which starts it in a child JVM with the built jar on the module path and this class on the class
 * path: the module that holds the corpus, whether its files are visible outside it, then one line a
 * case, {@code <name> <kind> <bytes>}.
 */
final class ListCorpus {

  private ListCorpus() {}

  /**
   * Prints the corpus.
   *
   * @param args none
   */
  public static void main(String[] args) {
    System.out.println("module " + ConformanceCorpus.class.getModule().getName());
    System.out.println("resources visible outside " + (ListCorpus.class.getClassLoader()
        .getResource("de/integrationsplan/testing/corpus/index.txt") != null));
    for (ConformanceCase c : ConformanceCorpus.load().cases()) {
      System.out.println(c.name() + " " + c.kind() + " " + c.document().length);
    }
  }
}
