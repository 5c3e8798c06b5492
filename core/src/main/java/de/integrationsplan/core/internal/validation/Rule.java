package de.integrationsplan.core.internal.validation;

import org.jspecify.annotations.Nullable;

/**
 * One compiled constraint, list walk or cascade, applied to one value. A rule reports what it finds
 * to the {@link RuleContext}, with pointers relative to the value it was given; the rule that handed
 * it the value puts the value's own place in front. On a valid value it reports, and allocates,
 * nothing.
 */
interface Rule {

  /**
   * Checks {@code value}.
   *
   * @param value the value, possibly {@code null}
   * @param context where findings go
   */
  void check(@Nullable Object value, RuleContext context);
}
