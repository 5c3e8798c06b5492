package de.integrationsplan.core.internal.bind;

/**
 * The fast path declines a document: any fault or anything it does not handle. Carries nothing,
 * has no stack trace and is thrown as one shared instance, so declining costs no more than a jump.
 */
final class NotTaken extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The one instance. */
  static final NotTaken INSTANCE = new NotTaken();

  private NotTaken() {
    super(null, null, false, false);
  }
}
