/**
 * Privacy: redacted copies of plans for exchange, and anonymous statistics at a reference date
 * (<em>Stichtag</em>). The plan is data about refugees, some of it in the special categories of
 * Art. 9 GDPR; every component of the model is classified by
 * {@link de.integrationsplan.core.model.PersonalData}, and this package acts on that classification.
 *
 * <h2>Redaction</h2>
 * A {@link de.integrationsplan.core.privacy.Redactor} is built once with a secret key and a
 * {@link de.integrationsplan.core.privacy.RedactionLevel}, then shared:
 * <pre>{@code
 * Redactor redactor = Redactor.builder().key(secret).level(RedactionLevel.EXCHANGE).build();
 * IntegrationPlan redacted = redactor.redact(plan);   // one plan in, one plan out
 * }</pre>
 * Identifying data (names, birth date, vendor extensions) are removed; the plan id, the person's
 * pseudonym, the integration manager and the plan-local ids are replaced by keyed pseudonyms
 * (<em>Pseudonymisierung</em>, HMAC-SHA-256): the same key gives the same pseudonyms, so one person's
 * plans stay linked without the original references. Free text goes as the level says; where the
 * model requires a text, the placeholder {@value de.integrationsplan.core.privacy.Redactor#PLACEHOLDER}
 * takes its place, so that a valid plan stays valid. Plans of format 1.x and 2.x are redacted by the
 * one pass, each into a plan of its own format; in 2.x, what gives special categories away (a code
 * flagged {@link de.integrationsplan.core.codelist.Code#specialCategory()}, the goal area health, the
 * disability) goes with them.
 *
 * <h2>Statistics</h2>
 * A {@link de.integrationsplan.core.privacy.StatisticsBuilder} counts plans one by one at a
 * <em>Stichtag</em>, holding counts, never plans; {@link de.integrationsplan.core.privacy.Statistics}
 * is the result, per municipality (<em>Gemeinde</em>, by its AGS), district (<em>Kreis</em>) and Land,
 * with small cells suppressed (<em>Geheimhaltung</em>) and written as CSV or JSON; plans of both
 * formats are counted into the same cells:
 * <pre>{@code
 * StatisticsBuilder counting = Statistics.at(LocalDate.of(2026, 6, 30));   // threshold 5
 * plans.forEach(counting::add);
 * Statistics statistics = counting.build();
 * String csv = statistics.toCsv();
 * }</pre>
 */
@NullMarked
package de.integrationsplan.core.privacy;

import org.jspecify.annotations.NullMarked;
