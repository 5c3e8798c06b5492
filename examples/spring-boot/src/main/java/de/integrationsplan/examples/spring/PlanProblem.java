package de.integrationsplan.examples.spring;

import java.net.URI;

/**
 * The problem types of this service (RFC 9457 {@code type}), documented in the example's README, and
 * the two that the controller raises itself.
 */
final class PlanProblem {

  private static final String DOCS =
      "https://github.com/integrationsplan/integrationsplan-sdk/blob/main/examples/spring-boot/README.md#";

  /** The body is no readable plan: malformed JSON or a fault against the wire format (400). */
  static final URI UNREADABLE = URI.create(DOCS + "unreadable-plan");
  /** The plan breaks one of the library's rules (422). */
  static final URI INVALID = URI.create(DOCS + "invalid-plan");
  /** No plan is stored under this id (404). */
  static final URI NOT_FOUND = URI.create(DOCS + "plan-not-found");
  /** A plan with this id is stored already (409). */
  static final URI EXISTS = URI.create(DOCS + "plan-exists");
  /** The library carries no schema of the requested version (404). */
  static final URI SCHEMA_NOT_FOUND = URI.create(DOCS + "schema-not-found");

  /**
   * The {@code instance} of every problem detail: the collection, not the request's path, which may
   * hold a plan's id (personal data) or whatever else a client typed.
   */
  static final URI INSTANCE = URI.create("/plans");

  private PlanProblem() {}

  /** No plan is stored under the requested id. */
  static final class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotFound() {
      super("plan not found", null, false, false);
    }
  }

  /** A plan with the submitted id is stored already. */
  static final class Exists extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exists() {
      super("plan exists", null, false, false);
    }
  }

  /** The library carries no schema of the requested version. */
  static final class SchemaNotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SchemaNotFound() {
      super("schema not found", null, false, false);
    }
  }
}
