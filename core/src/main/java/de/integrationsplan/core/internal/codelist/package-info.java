/**
 * Implementation of the code lists: {@link de.integrationsplan.core.internal.codelist.SourceReader}
 * reads one source file strictly into {@link de.integrationsplan.core.internal.codelist.Sources},
 * {@link de.integrationsplan.core.internal.codelist.SourceFiles} reads {@code index.txt} and the
 * files it names from any resource base, and
 * {@link de.integrationsplan.core.internal.codelist.Catalogues} makes a
 * {@link de.integrationsplan.core.codelist.CodeListCatalogue} of them, for the tests that load
 * fixture lists. Not API; not exported.
 */
@NullMarked
package de.integrationsplan.core.internal.codelist;

import org.jspecify.annotations.NullMarked;
