/**
 * The command line {@code integrationsplan}, for CI pipelines and people: {@code validate} checks plan
 * files, folders, NDJSON files and standard input and reports each finding with file, line, JSON
 * Pointer, code and message (text, JSON or JUnit XML); {@code schema} prints the published schema.
 *
 * <p>Entry point: {@link de.integrationsplan.cli.Main}. Everything else is package-private. No
 * output contains a submitted value: messages come from the library, which never quotes the
 * document, and the command line adds only file names, line numbers, pointers and codes.
 */
@NullMarked
package de.integrationsplan.cli;

import org.jspecify.annotations.NullMarked;
