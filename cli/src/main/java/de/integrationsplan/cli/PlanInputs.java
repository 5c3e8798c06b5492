package de.integrationsplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The inputs of {@code validate}, {@code redact} and {@code stats}, in the order given: files (one
 * JSON document, or NDJSON when the name ends in {@code .ndjson}), folders (their {@code *.json}
 * and {@code *.ndjson} files, recursively, sorted by path; other files and symbolic links are left
 * alone), and {@code -} for standard input. {@code redact} and {@code stats} read standard input
 * as NDJSON, so that {@code generate | redact} works, and take no argument at all as {@code -};
 * {@code validate} reads it as one JSON document.
 *
 * <p>This is the one guard of the inputs: a path that is missing or unreadable, and an input that
 * is the file standard output goes to ({@link StreamFiles}), are reported here, and then nothing is
 * read. Each input is named as it is printed ({@link Printable}), the same in every format.
 */
final class PlanInputs {

  /** What standard input is called in the output. */
  static final String STDIN = "<stdin>";

  /**
   * One input: a file, or standard input when {@code path} is {@code null}.
   *
   * @param name the name as printed, its control characters escaped
   * @param path the file, {@code null} for standard input
   * @param ndjson whether it is read as NDJSON
   */
  record Input(String name, @Nullable Path path, boolean ndjson) {}

  private PlanInputs() {}

  /**
   * The inputs of {@code redact} and {@code stats}: standard input as NDJSON, and by default.
   *
   * @return the inputs, or {@code null} when a fault was reported (then nothing is read)
   */
  static @Nullable List<Input> resolve(List<String> args, Context context, PrintWriter err, Texts texts) {
    return resolve(args.isEmpty() ? List.of("-") : args, true, context, err, texts);
  }

  /**
   * The inputs; a path that is missing or unreadable, or that is standard output, is reported on
   * {@code err}.
   *
   * @param stdinNdjson whether {@code -} is read as NDJSON rather than as one document
   * @return the inputs, or {@code null} when a fault was reported (then nothing is read)
   */
  static @Nullable List<Input> resolve(List<String> args, boolean stdinNdjson, Context context, PrintWriter err,
      Texts texts) {
    List<Input> inputs = new ArrayList<>();
    boolean fault = false;
    for (String arg : args) {
      if (arg.equals("-")) {
        inputs.add(new Input(STDIN, null, stdinNdjson));
        continue;
      }
      Path path;
      try {
        path = Path.of(arg);
      } catch (InvalidPathException e) {
        err.println(texts.get("path.notFound", arg));
        fault = true;
        continue;
      }
      if (!Files.exists(path)) {
        err.println(texts.get("path.notFound", arg));
        fault = true;
      } else if (!Files.isReadable(path)) {
        err.println(texts.get("path.unreadable", arg));
        fault = true;
      } else if (Files.isDirectory(path)) {
        List<Path> found = new ArrayList<>();
        List<String> faults = new ArrayList<>();
        try {
          Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && (isJson(file) || isNdjson(file))) {
                found.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              faults.add(file.toString());
              return FileVisitResult.CONTINUE;
            }
          });
        } catch (IOException e) {
          faults.add(path.toString());
        }
        for (String f : faults) {
          err.println(texts.get("path.unreadable", f));
          fault = true;
        }
        found.sort(null);
        for (Path file : found) {
          inputs.add(new Input(Printable.of(file.toString()), file, isNdjson(file)));
        }
      } else {
        inputs.add(new Input(Printable.of(arg), path, isNdjson(path)));
      }
    }
    StreamFiles streams = context.streamFiles();
    for (Input input : inputs) {
      Path path = input.path();
      if (path == null ? streams.stdinIsStdout() : streams.isStdout(path)) {
        err.println(texts.get("output.isInput", input.name()));
        fault = true;
      }
    }
    err.flush();
    return fault ? null : inputs;
  }

  private static String name(Path path) {
    Path name = path.getFileName();
    return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean isJson(Path path) {
    return name(path).endsWith(".json");
  }

  static boolean isNdjson(Path path) {
    return name(path).endsWith(".ndjson");
  }
}
