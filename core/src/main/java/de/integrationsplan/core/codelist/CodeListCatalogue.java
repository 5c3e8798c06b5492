package de.integrationsplan.core.codelist;

import de.integrationsplan.core.internal.codelist.Catalogues;
import de.integrationsplan.core.internal.codelist.SourceFiles;
import de.integrationsplan.core.internal.codelist.Sources.ListSource;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A set of code lists, each with its versions and codes: above all {@link #standard()}, the lists
 * bundled with the library. Immutable and thread-safe.
 *
 * <pre>{@code
 * CodeList legalBasis = CodeListCatalogue.standard().byId("legal-basis").orElseThrow();
 * }</pre>
 */
public final class CodeListCatalogue {

  static {
    Catalogues.factory(CodeListCatalogue::new);
  }

  /**
   * The standard catalogue, read on first use; not a holder class, so that a malformed source file
   * is the same {@link IllegalStateException} on every call, never an {@link ExceptionInInitializerError}.
   */
  private static volatile @Nullable CodeListCatalogue standard;

  private final List<CodeList> lists;
  private final Map<String, CodeList> byId = new HashMap<>();
  private final Map<String, CodeList> byUri = new HashMap<>();

  private CodeListCatalogue(List<ListSource> sources) {
    this.lists = sources.stream().map(CodeList::new).sorted(Comparator.comparing(CodeList::id)).toList();
    for (CodeList list : lists) {
      if (byId.put(list.id(), list) != null) {
        throw new IllegalStateException("code list " + list.id() + ".json: the id is repeated");
      }
      byUri.put(list.uri(), list);
    }
  }

  /**
   * The code lists bundled with the library, read once, on first use, from the source files in
   * core's resources ({@code de/integrationsplan/core/codelist/index.txt} and the files it names).
   *
   * @return the standard catalogue, the same instance every time
   * @throws IllegalStateException if a bundled source file is malformed, naming the file and the
   *     fault: a fault of the library, not of a document
   */
  public static CodeListCatalogue standard() {
    CodeListCatalogue s = standard;
    if (s == null) {
      synchronized (CodeListCatalogue.class) {
        s = standard;
        if (s == null) {
          s = Catalogues.load(CodeListCatalogue.class, SourceFiles.STANDARD);
          standard = s;
        }
      }
    }
    return s;
  }

  /**
   * Every list.
   *
   * @return the lists, sorted by id; unmodifiable
   */
  public List<CodeList> all() {
    return lists;
  }

  /**
   * A list by its id.
   *
   * @param id such as {@code legal-basis}
   * @return the list, or empty when there is none with that id
   */
  public Optional<CodeList> byId(String id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * A list by its URI, as a document names it in {@code codeLists}.
   *
   * @param uri such as {@code urn:de:integrationsplan:codelist:legal-basis}
   * @return the list, or empty when there is none with that URI
   */
  public Optional<CodeList> byUri(String uri) {
    return Optional.ofNullable(byUri.get(Objects.requireNonNull(uri, "uri")));
  }

  /**
   * The ids of the lists, for messages.
   *
   * @return {@code [legal-basis, ...]}
   */
  @Override
  public String toString() {
    return lists.stream().map(CodeList::id).toList().toString();
  }
}
