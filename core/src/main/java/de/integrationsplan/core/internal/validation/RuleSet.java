package de.integrationsplan.core.internal.validation;

import java.util.List;
import java.util.Set;

/**
 * What {@link RuleCompiler} compiled: the rules of the root record, and the inventory they were
 * compiled from (every constraint, every cascade, every record type), which the completeness test
 * compares with what Hibernate Validator reads from the same model.
 *
 * @param root the rules of the root record
 * @param declarations every constraint, in the order compiled
 * @param cascades every {@code @Valid}, as {@code Type.component} or {@code Type.component<element>}
 * @param types every record type with rules
 */
record RuleSet(RecordRules root, List<Declaration> declarations, Set<String> cascades, Set<Class<?>> types) {}
