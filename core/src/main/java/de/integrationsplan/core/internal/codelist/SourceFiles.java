package de.integrationsplan.core.internal.codelist;

import de.integrationsplan.core.internal.codelist.Sources.ListSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the source files of a resource folder: {@code index.txt} names the lists, one id a line
 * (blank lines and lines beginning with {@code #} are left alone), and each {@code <id>.json} is
 * read by {@link SourceReader}. A missing or repeated entry, a missing file, or two lists with one
 * URI is an {@link IllegalStateException} naming the file.
 */
public final class SourceFiles {

  /** The folder of the lists bundled in core, beside {@code CodeListCatalogue}. */
  public static final String STANDARD = "/de/integrationsplan/core/codelist/";

  private SourceFiles() {}

  /**
   * Reads every list of a folder.
   *
   * @param anchor a class of the module that holds the folder; its resources are read
   * @param base the folder as an absolute resource path ending in {@code /}
   * @return the lists, in the order of {@code index.txt}
   * @throws IllegalStateException naming the file and the fault
   */
  public static List<ListSource> read(Class<?> anchor, String base) {
    if (!base.startsWith("/") || !base.endsWith("/")) {
      throw new IllegalArgumentException("the base is an absolute resource folder ending in /: " + base);
    }
    List<String> ids = index(anchor, base);
    List<ListSource> lists = new ArrayList<>();
    for (String id : ids) {
      String file = id + ".json";
      try (InputStream in = anchor.getResourceAsStream(base + file)) {
        if (in == null) {
          throw new IllegalStateException("code list " + file + ": index.txt names it, but there is no such file in "
              + base);
        }
        lists.add(SourceReader.read(file, in));
      } catch (IOException e) {
        throw new UncheckedIOException("code list " + file + ": cannot be read", e);
      }
    }
    return List.copyOf(lists);
  }

  private static List<String> index(Class<?> anchor, String base) {
    List<String> ids = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try (InputStream in = anchor.getResourceAsStream(base + "index.txt")) {
      if (in == null) {
        throw new IllegalStateException("code lists: there is no index.txt in " + base);
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        String id = line.strip();
        if (id.isEmpty() || id.startsWith("#")) {
          continue;
        }
        if (!seen.add(id)) {
          throw new IllegalStateException("code lists: index.txt, line " + number + ": " + id + " is repeated");
        }
        ids.add(id);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("code lists: index.txt cannot be read", e);
    }
    return ids;
  }
}
