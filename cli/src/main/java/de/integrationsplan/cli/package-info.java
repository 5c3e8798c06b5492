/**
 * The command line {@code integrationsplan}, for CI pipelines and people: {@code validate} checks plan
 * files, folders, NDJSON files and standard input and reports each finding with file, line, JSON
 * Pointer, code and message, one {@link de.integrationsplan.cli.Reporter} per format (text grouped
 * per document, JSON Lines, JUnit XML, SARIF 2.1.0, GitHub workflow commands); {@code explain}
 * shows a code's entry in the catalogue; {@code schema} prints the published schema.
 *
 * <p>{@code validate} reads the documents in order on one thread and checks them on all processors:
 * {@link de.integrationsplan.cli.DocumentCheck} checks one document (bytes in, result out; the one
 * call of the validation engine), {@link de.integrationsplan.cli.InOrder} runs the checks and hands
 * the results to the reporters in input order, within a bounded window.
 *
 * <p>Entry point: {@link de.integrationsplan.cli.Main}, which {@code bin/integrationsplan} starts
 * with its JVM options and class-data-sharing archive. Everything else is package-private. No
 * output contains a submitted value: messages come from the library, which never quotes the
 * document, and the command line adds only file names, line numbers, pointers and codes.
 */
@NullMarked
package de.integrationsplan.cli;

import org.jspecify.annotations.NullMarked;
