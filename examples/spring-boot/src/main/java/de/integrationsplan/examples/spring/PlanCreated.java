package de.integrationsplan.examples.spring;

import java.util.UUID;

/**
 * The answer to a stored plan: its id, also in the {@code Location} header.
 *
 * @param id the plan's id
 */
record PlanCreated(UUID id) {}
