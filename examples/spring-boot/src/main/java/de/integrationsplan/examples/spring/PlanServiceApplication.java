package de.integrationsplan.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A REST service that accepts integration plans (<em>Integrationspläne</em>): the example of
 * embedding the library in Spring Boot.
 *
 * <p>{@code POST /plans} reads the body with the library's strict codec ({@link PlanHttpMessageConverter}),
 * {@code @Valid} checks it with the library's rules ({@link PlanRules}), and every error comes back as
 * an RFC 9457 problem detail with the library's report ({@link PlanProblemHandler}).
 */
@SpringBootApplication
public class PlanServiceApplication {

  /**
   * Starts the service.
   *
   * @param args Spring Boot's arguments, e.g. {@code --server.port=8081}
   */
  public static void main(String[] args) {
    SpringApplication.run(PlanServiceApplication.class, args);
  }
}
