package de.integrationsplan.schema;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.schema.generator.SchemaGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The committed schema is exactly what the generator makes of the model. Regenerate with
 * {@code -Dschema.regenerate=true} (see {@link SchemaGenerator}).
 */
final class SchemaDriftTest {

  @Test
  void committedSchemaMatchesTheModel() throws IOException {
    String generated = SchemaGenerator.generate(IntegrationPlan.class);
    if (Boolean.getBoolean("schema.regenerate")) {
      Files.writeString(SchemaGenerator.COMMITTED, generated, StandardCharsets.UTF_8);
    }
    String committed = Files.readString(SchemaGenerator.COMMITTED, StandardCharsets.UTF_8);
    assertThat(SchemaDrift.differences(committed, generated))
        .as("the committed schema differs from the model; regenerate it with -Dschema.regenerate=true")
        .isEmpty();
  }

  @Test
  void theJarServesTheCommittedFile() throws IOException {
    assertThat(PlanSchema.text())
        .isEqualTo(Files.readString(SchemaGenerator.COMMITTED, StandardCharsets.UTF_8));
  }
}
