package de.integrationsplan.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;

/**
 * The configuration of {@code java.util.logging} for the command line: the JDK's defaults, except
 * that Hibernate Validator, which logs its version at INFO when it starts, says only warnings. A CI
 * log needs no such line.
 *
 * <p>{@link Main} names this class in the system property {@code java.util.logging.config.class}
 * (unless the user configured logging already), so that {@code java.util.logging} reads it when it
 * is first used: a valid plan never starts Hibernate Validator, and then logging is never set up.
 * Configured by properties rather than by holding a logger: a logger created later by name still
 * gets its level.
 */
public final class QuietLogging {

  private static final String CONFIGURATION = """
      handlers=java.util.logging.ConsoleHandler
      .level=INFO
      java.util.logging.ConsoleHandler.level=INFO
      java.util.logging.ConsoleHandler.formatter=java.util.logging.SimpleFormatter
      org.hibernate.level=WARNING
      """;

  /**
   * Reads the configuration into the log manager; called by {@code java.util.logging} itself.
   *
   * @throws IOException never: the configuration is in memory
   */
  public QuietLogging() throws IOException {
    LogManager.getLogManager().readConfiguration(
        new ByteArrayInputStream(CONFIGURATION.getBytes(StandardCharsets.ISO_8859_1)));
  }

  /** Names this class as the logging configuration unless the user named one, before any logging. */
  static void install() {
    if (System.getProperty("java.util.logging.config.class") == null
        && System.getProperty("java.util.logging.config.file") == null) {
      System.setProperty("java.util.logging.config.class", QuietLogging.class.getName());
    }
  }
}
