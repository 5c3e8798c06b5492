package de.integrationsplan.schema;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.internal.model.ModelView;
import de.integrationsplan.schema.generator.SchemaGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed schema is exactly what the generator makes of the model. Regenerate with
 * {@code -Dschema.regenerate=true} (see {@link SchemaGenerator}).
 */
final class SchemaDriftTest {

  /** SHA-256 of format 1.0's schema file, as published. */
  private static final String FORMAT_1_0_SHA256 = "86de8486b07f926bb5d7285b15574c9b523fced3b2ca0e3f4f15d4a72a723112";

  @Test
  void committedSchemaMatchesTheModel() throws IOException {
    for (Class<?> root : ModelView.roots()) {
      String version = SchemaGenerator.version(root);
      Path file = SchemaGenerator.committed(version);
      String generated = SchemaGenerator.generate(root);
      if (Boolean.getBoolean("schema.regenerate")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, generated, StandardCharsets.UTF_8);
      }
      String committed = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(SchemaDrift.differences(committed, generated))
          .as("the committed schema %s differs from the model; regenerate it with -Dschema.regenerate=true", version)
          .isEmpty();
    }
  }

  @Test
  void everyVersionOfTheModelHasItsSchemaInTheJar() throws IOException {
    assertThat(PlanSchema.versions())
        .containsExactlyElementsOf(ModelView.roots().stream().map(SchemaGenerator::version).toList());
    for (String version : PlanSchema.versions()) {
      assertThat(PlanSchema.text(version)).as(version)
          .isEqualTo(Files.readString(SchemaGenerator.committed(version), StandardCharsets.UTF_8));
    }
    assertThat(PlanSchema.text()).isEqualTo(PlanSchema.text(PlanSchema.VERSION));
  }

  @Test
  void formatOnesSchemaNeverChanges() throws Exception {
    // the bytes of format 1.0's schema as published; a change to them is a change to the format
    byte[] published = Files.readAllBytes(SchemaGenerator.committed(PlanSchema.VERSION));
    String sha256 = java.util.HexFormat.of().formatHex(
        java.security.MessageDigest.getInstance("SHA-256").digest(published));
    assertThat(sha256).isEqualTo(FORMAT_1_0_SHA256);
  }
}
