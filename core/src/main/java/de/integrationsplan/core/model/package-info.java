/**
 * What every version of the plan's wire format shares: the data-protection classification
 * {@link de.integrationsplan.core.model.PersonalData} that each record component of every model
 * carries. The models themselves live in a package per major version of the format, as HAPI FHIR
 * keeps a package per FHIR release: {@link de.integrationsplan.core.model.v1} for format 1.x. A
 * major version changes the meaning of values, so its records are a model of their own; a document
 * of an older major is read and validated by that major's model and turned into the newer one by a
 * migration, never silently reinterpreted.
 */
@NullMarked
package de.integrationsplan.core.model;

import org.jspecify.annotations.NullMarked;
