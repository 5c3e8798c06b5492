package de.integrationsplan.examples.spring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The example plans of {@code examples/plans}, shared with the other examples and the CLI. */
final class ExamplePlans {

  static final Path ROOT = Path.of("..", "plans");

  private ExamplePlans() {}

  static byte[] read(String folder, String name) {
    try {
      return Files.readAllBytes(ROOT.resolve(folder).resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<String> names(String folder) {
    try (Stream<Path> files = Files.list(ROOT.resolve(folder))) {
      List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
          .toList();
      return names.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
