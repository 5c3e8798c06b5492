package de.integrationsplan.cli;

import de.integrationsplan.core.codelist.Code;
import de.integrationsplan.core.codelist.CodeList;
import de.integrationsplan.core.codelist.CodeListCatalogue;
import de.integrationsplan.core.codelist.CodeListVersion;
import de.integrationsplan.schema.codelist.CodeListFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code integrationsplan codelists [ID] [--version V] [--format text|json|genericode] [--output DIR|FILE]}:
 * without ID a table of the code lists, with ID the codes of one version of a list (the latest unless
 * {@code --version} names one). JSON and genericode are the bytes of the files published in the
 * schema jar ({@link CodeListFiles}). An unknown list or version is a usage error that names the
 * known ones.
 */
@Command(name = "codelists", sortOptions = false, usageHelpAutoWidth = true)
final class CodelistsCommand implements Callable<Integer> {

  /** The output formats. */
  enum CodelistsFormat {
    text,
    json,
    genericode
  }

  private final Context context;

  @Spec
  private CommandSpec spec;

  /** {@code --version} names a list's version here, so the program's version is {@code integrationsplan --version}. */
  @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "mixinStandardHelpOptions.help")
  private boolean help;

  @Parameters(arity = "0..1", paramLabel = "ID", descriptionKey = "id")
  private @Nullable String id;

  @Option(names = "--version", paramLabel = "V", descriptionKey = "listVersion")
  private @Nullable String version;

  @Option(names = "--format", paramLabel = "text|json|genericode", defaultValue = "text", descriptionKey = "format")
  private CodelistsFormat format = CodelistsFormat.text;

  @Option(names = "--output", paramLabel = "DIR|FILE", descriptionKey = "output")
  private @Nullable String output;

  CodelistsCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Texts texts = Texts.of(context.lang());
    PrintWriter err = spec.commandLine().getErr();
    CodeListCatalogue catalogue = context.codeLists();

    // what to write: file names (for --output DIR) and texts
    Map<String, String> files = new LinkedHashMap<>();
    if (id == null) {
      if (version != null) {
        return usage(err, texts, texts.get("codelists.versionWithoutId"));
      }
      switch (format) {
        case text -> files.put("codelists.txt", table(catalogue, texts));
        case json -> files.put(CodeListFiles.INDEX, CodeListFiles.index(catalogue));
        case genericode -> {
          if (output == null || !Files.isDirectory(path(output))) {
            return usage(err, texts, texts.get("codelists.genericodeWithoutId"));
          }
          for (CodeList list : catalogue.all()) {
            for (CodeListVersion v : list.versions()) {
              files.put(fileName(v, CodeListFiles.GENERICODE), CodeListFiles.genericode(v));
            }
          }
        }
      }
    } else {
      Optional<CodeList> list = catalogue.byId(id);
      if (list.isEmpty()) {
        return usage(err, texts, catalogue.all().isEmpty()
            ? texts.get("codelists.unknownNone", id)
            : texts.get("codelists.unknown", id, String.join(", ", catalogue.all().stream().map(CodeList::id).toList())));
      }
      CodeListVersion chosen = list.get().latest();
      if (version != null) {
        Optional<CodeListVersion> named = list.get().version(version);
        if (named.isEmpty()) {
          return usage(err, texts, texts.get("codelists.unknownVersion", list.get().id(), version,
              String.join(", ", list.get().versions().stream().map(CodeListVersion::id).toList())));
        }
        chosen = named.get();
      }
      switch (format) {
        case text -> files.put(fileName(chosen, ".txt"), codes(chosen, texts));
        case json -> files.put(fileName(chosen, CodeListFiles.JSON), CodeListFiles.json(chosen));
        case genericode -> files.put(fileName(chosen, CodeListFiles.GENERICODE), CodeListFiles.genericode(chosen));
      }
    }

    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      files.values().forEach(out::print);
      out.flush();
      return Cli.OK;
    }
    Path target = path(output);
    if (target == null) {
      return usage(err, texts, texts.get("codelists.outputInvalid", output));
    }
    if (Files.isDirectory(target)) {
      for (Map.Entry<String, String> file : files.entrySet()) {
        if (!write(target.resolve(file.getKey()), file.getValue(), err, texts)) {
          return Cli.USAGE;
        }
      }
    } else if (!write(target, String.join("", files.values()), err, texts)) {
      return Cli.USAGE;
    }
    return Cli.OK;
  }

  /** The file's name in {@code --output DIR}: {@code legal-basis_2026-12-01.gc}, as the version's canonical URI ends. */
  private static String fileName(CodeListVersion version, String extension) {
    return version.list().id() + "_" + version.id() + extension;
  }

  /**
   * Writes one file through {@link CheckedOutput}, so that a full disk is a message and exit code 2,
   * never a file cut short that looks complete.
   */
  private boolean write(Path file, String text, PrintWriter err, Texts texts) {
    OutputStream stream;
    try {
      stream = Files.newOutputStream(file);
    } catch (IOException | UnsupportedOperationException e) {
      err.println(texts.get("codelists.outputUnwritable", file.toString()));
      err.flush();
      return false;
    }
    try {
      CheckedOutput checked = new CheckedOutput(stream);
      checked.write(text.getBytes(StandardCharsets.UTF_8));
      checked.flush();
      stream.close();
      return true;
    } catch (CheckedOutput.Failed | IOException e) {
      try {
        stream.close();
      } catch (IOException again) {
        e.addSuppressed(again);
      }
      err.println(texts.get("codelists.outputFailed", file.toString()));
      err.flush();
      return false;
    }
  }

  private static @Nullable Path path(String text) {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** The table of lists: id, name, latest version, number of its codes. */
  private String table(CodeListCatalogue catalogue, Texts texts) {
    if (catalogue.all().isEmpty()) {
      return texts.get("codelists.none") + "\n";
    }
    Locale locale = context.lang().locale();
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {texts.get("codelists.column.id"), texts.get("codelists.column.name"),
        texts.get("codelists.column.latest"), texts.get("codelists.column.codes")});
    for (CodeList list : catalogue.all()) {
      rows.add(new String[] {list.id(), list.name(locale), list.latest().id(),
          Integer.toString(list.latest().codes().size())});
    }
    return align(rows);
  }

  /** A version's codes: a heading, then code, name, anchor and validity in aligned columns. */
  private String codes(CodeListVersion version, Texts texts) {
    Locale locale = context.lang().locale();
    StringBuilder text = new StringBuilder();
    text.append(texts.get("codelists.heading", version.list().name(locale), version.list().id(), version.id()))
        .append('\n').append(version.canonicalUri()).append('\n')
        .append(texts.get("codelists.validityDate", version.list().validityDate(locale))).append("\n\n");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {texts.get("codelists.column.code"), texts.get("codelists.column.name"),
        texts.get("codelists.column.anchor"), texts.get("codelists.column.validity")});
    for (Code code : version.codes()) {
      rows.add(new String[] {code.code(), code.name(locale), code.anchor().orElse("–"), validity(code, texts)});
    }
    return text.append(align(rows)).toString();
  }

  private static String validity(Code code, Texts texts) {
    if (code.validFrom().isPresent() && code.validUntil().isPresent()) {
      return texts.get("codelists.validity.between", code.validFrom().get().toString(),
          code.validUntil().get().toString());
    }
    if (code.validFrom().isPresent()) {
      return texts.get("codelists.validity.from", code.validFrom().get().toString());
    }
    if (code.validUntil().isPresent()) {
      return texts.get("codelists.validity.until", code.validUntil().get().toString());
    }
    return "–";
  }

  /** Columns separated by two spaces, padded by code points; no trailing spaces. */
  private static String align(List<String[]> rows) {
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row[i].codePointCount(0, row[i].length()));
      }
    }
    StringBuilder text = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        line.append(row[i]);
        if (i < columns - 1) {
          line.append(" ".repeat(widths[i] - row[i].codePointCount(0, row[i].length()) + 2));
        }
      }
      text.append(line.toString().stripTrailing()).append('\n');
    }
    return text.toString();
  }

  private int usage(PrintWriter err, Texts texts, String line) {
    err.println(line);
    err.println(texts.get("usage.seeHelp", spec.qualifiedName()));
    err.flush();
    return Cli.USAGE;
  }
}
