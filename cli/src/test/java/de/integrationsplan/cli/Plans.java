package de.integrationsplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Test plans: {@code complete.json}, a valid plan with every part filled in (written once from the
 * core tests' {@code TestPlans.complete()}), and variants of it.
 */
final class Plans {

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Plans() {}

  /** Writes a key file as a key must be kept: readable and writable by its owner only. */
  static Path key(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.US_ASCII);
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The valid plan, pretty-printed, as in the resource. */
  static String complete() {
    try (InputStream in = Plans.class.getResourceAsStream("complete.json")) {
      if (in == null) {
        throw new IllegalStateException("complete.json is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The valid plan on one line, for NDJSON. */
  static String completeLine() {
    return MAPPER.writeValueAsString(MAPPER.readTree(complete()));
  }

  /** The valid plan changed by {@code change}, pretty-printed. */
  static String pretty(Consumer<ObjectNode> change) {
    ObjectNode tree = (ObjectNode) MAPPER.readTree(complete());
    change.accept(tree);
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
  }

  /** The valid plan changed by {@code change}, on one line. */
  static String line(Consumer<ObjectNode> change) {
    ObjectNode tree = (ObjectNode) MAPPER.readTree(complete());
    change.accept(tree);
    return MAPPER.writeValueAsString(tree);
  }

  /** Two rule errors ({@code /goals/1/dueDate}, {@code /measures/0/goalIds/0}) and a warning ({@code /goals/0}). */
  static String withRuleErrors() {
    return pretty(Plans::breakRules);
  }

  static void breakRules(ObjectNode plan) {
    ((ObjectNode) plan.get("goals").get(1)).put("dueDate", "2020-01-01");
    ((ObjectNode) plan.get("measures").get(0)).putArray("goalIds").add("nope");
  }

  /** Valid, with one warning: the first goal has no measure. */
  static String withWarningOnly() {
    return pretty(plan -> {
      String other = plan.get("goals").get(1).get("id").asString();
      ((ObjectNode) plan.get("measures").get(0)).putArray("goalIds").add(other);
    });
  }

  /** A schema error: the required integration manager is missing. */
  static String withoutManager() {
    return pretty(plan -> plan.remove("integrationManager"));
  }

  static JsonNode tree(String json) {
    return MAPPER.readTree(json);
  }

  static Path write(Path file, String content) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      return Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
