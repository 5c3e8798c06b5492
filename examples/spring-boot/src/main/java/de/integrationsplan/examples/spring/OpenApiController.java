package de.integrationsplan.examples.spring;

import de.integrationsplan.schema.PlanSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the service's OpenAPI 3.1 document, {@code GET /openapi.json}, and the published JSON
 * Schemas of the plan it refers to, {@code GET /schemas/{version}/integration-plan.schema.json}.
 *
 * <p>The document is written by hand ({@code openapi/openapi.json} on the class path): a generator
 * that derives it from the controller's types would describe {@code Plan} as an interface without
 * properties, or as a schema of its own beside the published one. Instead the document's components
 * {@code IntegrationPlanV1} and {@code IntegrationPlanV2} refer, relative to the document's own
 * address, to the published files of {@link PlanSchema}, which this class serves byte for byte: each
 * keeps its {@code $id}, its {@code $defs} and its own {@code #/$defs/...} references, so every tool
 * resolves them inside the file they belong to. Both are read once and held as bytes.
 */
@RestController
class OpenApiController {

  /** The media type of a JSON Schema (draft 2020-12, section 14.4). */
  static final MediaType SCHEMA_JSON = MediaType.parseMediaType("application/schema+json");

  private static final String DOCUMENT = "/openapi/openapi.json";

  private final byte[] document = resource(DOCUMENT);
  private final Map<String, byte[]> schemas = PlanSchema.versions().stream()
      .collect(Collectors.toUnmodifiableMap(v -> v, v -> PlanSchema.text(v).getBytes(StandardCharsets.UTF_8)));

  /**
   * The OpenAPI 3.1 document of this service.
   *
   * @return the document
   */
  @GetMapping(path = "/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> document() {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(document);
  }

  /**
   * A version's published JSON Schema, as {@link PlanSchema#open(String)} has it.
   *
   * @param version a version of the format, such as {@code 2.0}
   * @return the schema; 404 for a version the library carries no schema of
   */
  @GetMapping(path = "/schemas/{version}/" + PlanSchema.FILE_NAME)
  ResponseEntity<byte[]> schema(@PathVariable String version) {
    byte[] schema = schemas.get(version);
    if (schema == null) {
      throw new PlanProblem.SchemaNotFound();
    }
    return ResponseEntity.ok().contentType(SCHEMA_JSON).body(schema);
  }

  private static byte[] resource(String name) {
    try (InputStream in = OpenApiController.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
