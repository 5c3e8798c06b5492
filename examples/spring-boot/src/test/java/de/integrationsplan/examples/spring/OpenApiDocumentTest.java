package de.integrationsplan.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.OpenApi31;
import de.integrationsplan.schema.PlanSchema;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI 3.1 document as a client gets it: fetched over HTTP from the running service, with
 * the published schemas it refers to fetched from the same service.
 *
 * <p>swagger-parser reads it as OpenAPI 3.1 and resolves every reference without a message; the
 * document names exactly the service's endpoints; its request schema, compiled by a JSON Schema
 * validator in OpenAPI 3.1's dialect, accepts valid plans of both formats and refuses invalid ones;
 * the service's problem details are what its error responses say. The document and the schemas
 * served are written to {@code target/openapi/}, where CI lints them with a second tool.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
final class OpenApiDocumentTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @LocalServerPort
  private int port;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  private RequestMappingHandlerMapping mappings;

  private String base;

  @BeforeEach
  void base() {
    base = "http://127.0.0.1:" + port;
  }

  @Test
  void swaggerParserReadsTheServedDocumentAsOpenApi31WithoutAMessage() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readLocation(base + "/openapi.json", null, options);

    assertThat(result.getMessages()).as("swagger-parser's messages").isEmpty();
    OpenAPI api = result.getOpenAPI();
    assertThat(api.getSpecVersion()).isEqualTo(SpecVersion.V31);
    assertThat(api.getOpenapi()).startsWith("3.1.");
    assertThat(api.getComponents().getSchemas()).containsKeys("Plan", "IntegrationPlanV1", "IntegrationPlanV2",
        "Problem", "PlanProblem", "Issue", "PlanCreated");
    // the references into the published files are resolved: each component is its version's plan
    for (String version : PlanSchema.versions()) {
      String component = "IntegrationPlanV" + version.substring(0, version.indexOf('.'));
      Set<String> published = new TreeSet<>(MAPPER.readTree(PlanSchema.text(version)).get("properties").propertyNames());
      Schema<?> resolved = api.getComponents().getSchemas().get(component);
      Set<String> properties = new TreeSet<>();
      resolved.getProperties().forEach((name, property) -> properties.add(name));
      assertThat(properties).as(component).isEqualTo(published);
    }
  }

  @Test
  void servesThePublishedSchemasByteForByteAndTheDocumentAsWritten() throws IOException {
    Path out = Path.of("target", "openapi");
    for (String version : PlanSchema.versions()) {
      HttpResponse<String> schema = get("/schemas/" + version + "/" + PlanSchema.FILE_NAME);
      assertThat(schema.statusCode()).isEqualTo(200);
      assertThat(schema.headers().firstValue("Content-Type")).hasValue("application/schema+json");
      assertThat(schema.body()).isEqualTo(PlanSchema.text(version));
      write(out.resolve("schemas").resolve(version).resolve(PlanSchema.FILE_NAME), schema.body());
    }
    HttpResponse<String> document = get("/openapi.json");
    assertThat(document.statusCode()).isEqualTo(200);
    try (var in = OpenApiController.class.getResourceAsStream("/openapi/openapi.json")) {
      assertThat(document.body()).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    write(out.resolve("openapi.json"), document.body());

    HttpResponse<String> unknown = get("/schemas/3.0/" + PlanSchema.FILE_NAME);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(errors("#/components/schemas/Problem", unknown.body())).isEmpty();
  }

  @Test
  void documentNamesExactlyTheServicesEndpoints() {
    Set<String> served = new TreeSet<>();
    mappings.getHandlerMethods().forEach((info, method) -> {
      if (method.getBeanType().getPackageName().equals(getClass().getPackageName())) {
        for (String path : info.getPatternValues()) {
          for (RequestMethod verb : info.getMethodsCondition().getMethods()) {
            served.add(verb.name().toLowerCase(Locale.ROOT) + " " + path);
          }
        }
      }
    });
    Set<String> documented = new TreeSet<>();
    document().get("paths").properties().forEach(path -> path.getValue().propertyNames()
        .forEach(verb -> documented.add(verb + " " + path.getKey())));

    assertThat(documented).isEqualTo(served).isNotEmpty();
  }

  @ParameterizedTest(name = "the request schema accepts {0}/{1}")
  @CsvSource({
      "valid, heidelberg-ukraine-educator-recognition.json",
      "2.0/valid, heidelberg-pharmacist-knowledge-test.json",
      // a broken rule, not a fault of the structure: the schema cannot see it, the service answers 422
      "invalid, due-date-before-agreement.json",
  })
  void requestSchemaAcceptsAPlanOfTheWireFormat(String folder, String name) {
    assertThat(errors("#/components/schemas/Plan", text(folder, name))).isEmpty();
  }

  @ParameterizedTest(name = "the request schema refuses {0}/{1} at {2}")
  @CsvSource({
      "invalid, birth-year-as-string.json, /person/birthYear",
      "2.0/invalid, household-size-zero.json, /person/household/size",
      // format 1.0's member beside format 2.0's: neither version's schema takes the document
      "2.0/invalid, accommodation-member-from-format-1.json, ''",
  })
  void requestSchemaRefusesAPlanAgainstTheWireFormat(String folder, String name, String pointer) {
    List<Error> errors = errors("#/components/schemas/Plan", text(folder, name));

    assertThat(errors).extracting(Error::getKeyword).contains("oneOf");
    assertThat(errors).extracting(e -> e.getInstanceLocation().toString()).contains(pointer);
  }

  @Test
  void problemDetailsOfTheServiceAreWhatItsErrorResponsesSay() {
    String plans = "#/components/responses/";
    JsonNode responses = document().at("/paths/~1plans/post/responses");
    assertThat(responses.get("400").get("$ref").asString()).isEqualTo(plans + "UnreadablePlan");
    assertThat(responses.get("422").get("$ref").asString()).isEqualTo(plans + "InvalidPlan");

    HttpResponse<String> unreadable = post(text("invalid", "birth-year-as-string.json"));
    assertThat(unreadable.statusCode()).isEqualTo(400);
    assertThat(errors(problemSchema("UnreadablePlan"), unreadable.body())).isEmpty();

    HttpResponse<String> invalid = post(text("2.0/invalid", "goal-for-unknown-household-member.json"));
    assertThat(invalid.statusCode()).isEqualTo(422);
    assertThat(errors(problemSchema("InvalidPlan"), invalid.body())).isEmpty();

    HttpResponse<String> notFound = get("/plans/00000000-0000-4000-8000-000000000000");
    assertThat(notFound.statusCode()).isEqualTo(404);
    assertThat(errors(problemSchema("PlanNotFound"), notFound.body())).isEmpty();
    // and the schema is not one that takes anything
    assertThat(errors(problemSchema("InvalidPlan"), notFound.body())).extracting(Error::getKeyword).contains("required");
  }

  /** The schema of a response's problem detail, as a reference into the document. */
  private String problemSchema(String response) {
    JsonNode schema = document().at("/components/responses/" + response + "/content/application~1problem+json/schema");
    return schema.get("$ref").asString();
  }

  /**
   * The findings of a schema of the served document for an instance: compiled in OpenAPI 3.1's
   * dialect from the document at the service's address, so that every reference resolves as a
   * client's would, the published schemas' through the service too. Formats are asserted, as the
   * library's own schema validation does.
   */
  private List<Error> errors(String reference, String instance) {
    SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(OpenApi31.getInstance(),
        b -> b.schemaRegistryConfig(config).schemas(iri -> iri.startsWith(base + "/") ? fetched(iri) : null));
    com.networknt.schema.Schema schema = registry.getSchema(SchemaLocation.of(base + "/openapi.json" + reference));
    return schema.validate(instance, InputFormat.JSON);
  }

  private String fetched(String iri) {
    HttpResponse<String> answer = get(iri.substring(base.length()));
    assertThat(answer.statusCode()).as(iri).isEqualTo(200);
    return answer.body();
  }

  private JsonNode document() {
    return MAPPER.readTree(get("/openapi.json").body());
  }

  private HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  private HttpResponse<String> post(String body) {
    return send(HttpRequest.newBuilder(URI.create(base + "/plans")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String text(String folder, String name) {
    return new String(ExamplePlans.read(folder, name), StandardCharsets.UTF_8);
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
