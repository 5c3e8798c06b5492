/**
 * Versioned code lists (<em>Codelisten</em>, as XÖV keeps them): the lists a law can change, such
 * as the legal basis of residence (<em>Rechtsgrundlage des Aufenthalts</em>), each with a URN,
 * dated versions and, per code, its German and English name, its legal anchor, its sources and
 * the dates of the facts it may describe.
 *
 * <h2>Reading a list</h2>
 * {@link de.integrationsplan.core.codelist.CodeListCatalogue#standard()} holds the lists bundled
 * with the library, read once on first use and then shared:
 * <pre>{@code
 * CodeListCatalogue catalogue = CodeListCatalogue.standard();
 * CodeList list = catalogue.byUri("urn:de:integrationsplan:codelist:legal-basis").orElseThrow();
 * CodeListVersion version = list.version("2026-12-01").orElse(list.latest());
 * for (Code code : version.codes()) {
 *   System.out.println(code.code() + " " + code.name(Locale.GERMAN) + " " + code.anchor().orElse(""));
 * }
 * }</pre>
 *
 * <h2>Membership and validity</h2>
 * Two questions, kept apart:
 * <ul>
 *   <li><em>Membership</em>: a {@link de.integrationsplan.core.codelist.CodeListVersion} has the
 *       codes from their {@link de.integrationsplan.core.codelist.Code#since() since} up to, not
 *       including, their {@link de.integrationsplan.core.codelist.Code#withdrawnIn() withdrawnIn}
 *       version. A document names the version it was written against; a code outside it is an
 *       error.
 *   <li><em>Validity</em>: {@link de.integrationsplan.core.codelist.Code#validOn(java.time.LocalDate)}
 *       says whether a fact of a date may be described by the code (both bounds inclusive); the
 *       list's {@link de.integrationsplan.core.codelist.CodeList#validityDate validityDate} says
 *       which date of the fact. A code used for a fact outside its validity is a warning: a
 *       § 104c status granted after 2025-12-31 is still a member of the list, but was granted
 *       when the law no longer allowed it.
 * </ul>
 * <pre>{@code
 * Code code = version.code("AUFENTHG_104C").orElseThrow();
 * boolean member = code.memberOf(version);                     // true
 * boolean valid = code.validOn(LocalDate.of(2026, 3, 1));      // false: granted only until 2025-12-31
 * }</pre>
 *
 * <p>Texts are English for an English locale and German for every other, as the library's
 * messages. Every type is immutable and thread-safe. A malformed bundled source file is an
 * {@link java.lang.IllegalStateException} naming the file and the fault, a fault of the library.
 * The genericode 1.0 and JSON files of every version are published in the schema module's jar.
 */
@NullMarked
package de.integrationsplan.core.codelist;

import org.jspecify.annotations.NullMarked;
