package de.integrationsplan.core.internal.codelist;

import de.integrationsplan.core.codelist.CodeListCatalogue;
import de.integrationsplan.core.internal.codelist.Sources.ListSource;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Makes catalogues of source files in any resource folder, for tests that load fixture lists and
 * for {@link CodeListCatalogue#standard()} itself. The public types have no public constructors;
 * {@code CodeListCatalogue} hands its factory over here when it is initialised.
 */
public final class Catalogues {

  private static volatile @Nullable Function<List<ListSource>, CodeListCatalogue> factory;

  private Catalogues() {}

  /**
   * Called once by {@code CodeListCatalogue}'s initialisation.
   *
   * @param f makes a catalogue of checked sources
   */
  public static synchronized void factory(Function<List<ListSource>, CodeListCatalogue> f) {
    Objects.requireNonNull(f, "f");
    if (factory != null) {
      throw new IllegalStateException("the factory of CodeListCatalogue is set once, by CodeListCatalogue");
    }
    factory = f;
  }

  /**
   * The catalogue of the lists in a resource folder, read strictly.
   *
   * @param anchor a class of the module that holds the folder
   * @param base the folder as an absolute resource path ending in {@code /}, such as
   *     {@value SourceFiles#STANDARD}
   * @return the catalogue
   * @throws IllegalStateException naming the file and the fault
   */
  public static CodeListCatalogue load(Class<?> anchor, String base) {
    List<ListSource> sources = SourceFiles.read(anchor, base);
    Function<List<ListSource>, CodeListCatalogue> f = factory;
    if (f == null) {
      try {
        Class.forName(CodeListCatalogue.class.getName(), true, CodeListCatalogue.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      f = Objects.requireNonNull(factory, "CodeListCatalogue did not register its factory");
    }
    return f.apply(sources);
  }
}
