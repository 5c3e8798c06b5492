package de.integrationsplan.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The published JSON Schema (draft 2020-12) of the integration plan, as a file in this module:
 * {@value #RESOURCE}. It is generated from the Java model and checked in; a test fails when model
 * and file drift apart.
 *
 * <p>Minor versions only add optional content; everything else is a new major version with a new
 * {@link #ID}. Non-Java vendors validate with any 2020-12 validator; see the README for ajv.
 */
public final class PlanSchema {

  /** The schema version, major.minor: {@value}. */
  public static final String VERSION = "1.0";

  /** The schema's {@code $id}: {@value}. */
  public static final String ID = "https://integrationsplan.de/schema/" + VERSION + "/integration-plan.schema.json";

  /** The file name of the schema: {@value}. */
  public static final String FILE_NAME = "integration-plan.schema.json";

  /** The schema's path in this module's jar: {@value}. */
  public static final String RESOURCE = "/de/integrationsplan/schema/" + FILE_NAME;

  /** The vocabulary keyword that classifies personal data: {@value}. */
  public static final String PERSONAL_DATA_KEYWORD = "x-personal-data";

  private PlanSchema() {}

  /**
   * Opens the schema file.
   *
   * @return a new stream of the schema's UTF-8 bytes; the caller closes it
   */
  public static InputStream open() {
    InputStream in = PlanSchema.class.getResourceAsStream(FILE_NAME);
    if (in == null) {
      throw new IllegalStateException("the schema resource " + RESOURCE + " is missing from the jar");
    }
    return in;
  }

  /**
   * The schema as text.
   *
   * @return the schema
   */
  public static String text() {
    try (InputStream in = open()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
