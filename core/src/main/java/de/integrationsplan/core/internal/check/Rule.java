package de.integrationsplan.core.internal.check;

import org.jspecify.annotations.Nullable;

/** One compiled constraint (or cascade) applied to one value: does the value satisfy it? */
interface Rule {

  /**
   * Whether {@code value} satisfies the rule.
   *
   * @param value the value, possibly {@code null}
   * @return {@code true} when Bean Validation would report nothing for it
   * @throws Violated when a custom validator starts to report a violation
   */
  boolean test(@Nullable Object value);
}
