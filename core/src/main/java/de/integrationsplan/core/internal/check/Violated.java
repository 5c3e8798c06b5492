package de.integrationsplan.core.internal.check;

/**
 * Thrown by the {@link ProbeContext} when a custom validator starts to build a violation: the
 * pre-check has failed. One shared instance, without stack trace or message, so that throwing it
 * costs next to nothing.
 */
final class Violated extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  static final Violated INSTANCE = new Violated();

  private Violated() {
    super(null, null, false, false);
  }
}
