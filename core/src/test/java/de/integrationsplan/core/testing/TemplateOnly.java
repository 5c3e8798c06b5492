package de.integrationsplan.core.testing;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;

/**
 * A message interpolator that leaves templates as they are: the library renders messages from the
 * codes in the templates, in the report's own locale, so Bean Validation needs no expression
 * language. Stateless and thread-safe.
 */
public final class TemplateOnly implements MessageInterpolator {

  /** The interpolator. */
  public TemplateOnly() {}

  @Override
  public String interpolate(String template, Context context) {
    return template;
  }

  @Override
  public String interpolate(String template, Context context, Locale locale) {
    return template;
  }
}
