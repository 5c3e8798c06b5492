package de.integrationsplan.cli;

import de.integrationsplan.core.validation.ValidationIssue;
import org.jspecify.annotations.Nullable;

/**
 * One issue with the line of the file it concerns, where known.
 *
 * @param issue the issue
 * @param line the line in the file, 1-based; for NDJSON the document's line
 */
record Finding(ValidationIssue issue, @Nullable Long line) {}
