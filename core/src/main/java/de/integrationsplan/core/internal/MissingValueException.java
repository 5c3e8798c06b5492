package de.integrationsplan.core.internal;

/**
 * A required component of a model record is missing. Seen by users as a
 * {@link NullPointerException} whose message names the record and the component.
 */
public final class MissingValueException extends NullPointerException {

  private static final long serialVersionUID = 1L;

  private final String component;

  MissingValueException(Class<?> type, String component) {
    super(type.getSimpleName() + "." + component + " is required but was null");
    this.component = component;
  }

  /**
   * The name of the missing component, as in JSON.
   *
   * @return the component's name, for a list element with its index ({@code goals[2]})
   */
  public String component() {
    return component;
  }
}
