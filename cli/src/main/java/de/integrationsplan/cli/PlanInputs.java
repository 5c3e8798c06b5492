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
 * The inputs of {@code redact} and {@code stats}, in the order given: files (one JSON document,
 * or NDJSON when the name ends in {@code .ndjson}), folders (their {@code *.json} and
 * {@code *.ndjson} files, recursively, sorted by path), and {@code -} for standard input, which
 * is read as NDJSON so that {@code generate | redact} works. No argument at all means {@code -}.
 */
final class PlanInputs {

  /** What standard input is called in messages. */
  static final String STDIN = ValidateCommand.STDIN;

  /** One input: a file, or standard input when {@code path} is {@code null}. */
  record Input(String name, @Nullable Path path, boolean ndjson) {}

  private PlanInputs() {}

  /**
   * The inputs; a path that is missing or unreadable is reported on {@code err}.
   *
   * @return the inputs, or {@code null} when a path was reported (then nothing is read)
   */
  static @Nullable List<Input> resolve(List<String> args, PrintWriter err, Texts texts) {
    List<Input> inputs = new ArrayList<>();
    boolean fault = false;
    List<String> all = args.isEmpty() ? List.of("-") : args;
    for (String arg : all) {
      if (arg.equals("-")) {
        inputs.add(new Input(STDIN, null, true));
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
          inputs.add(new Input(file.toString(), file, isNdjson(file)));
        }
      } else {
        inputs.add(new Input(arg, path, isNdjson(path)));
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
