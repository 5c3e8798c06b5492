/**
 * Embedding the library in Spring Boot: a REST service for integration plans
 * (<em>Integrationspläne</em>).
 *
 * <p>Entry point {@link de.integrationsplan.examples.spring.PlanServiceApplication}. The body of
 * {@code POST /plans} is read by the library's strict codec
 * ({@link de.integrationsplan.examples.spring.PlanHttpMessageConverter}), {@code @Valid} runs the
 * library's rules ({@link de.integrationsplan.examples.spring.PlanRules}), and every fault is an RFC
 * 9457 problem detail with the library's issues
 * ({@link de.integrationsplan.examples.spring.PlanProblemHandler}), in German or, for
 * {@code Accept-Language: en}, English. Plans of format 1.x and 2.x are taken alike, as
 * {@code de.integrationsplan.core.model.Plan}. The service's OpenAPI 3.1 document and the published
 * schemas it refers to are served by {@link de.integrationsplan.examples.spring.OpenApiController}.
 */
@NullMarked
package de.integrationsplan.examples.spring;

import org.jspecify.annotations.NullMarked;
