package de.integrationsplan.core.internal.validation;

import org.jspecify.annotations.Nullable;

/**
 * One violation while the walk unwinds: which constraint, which message template, and the pointer
 * so far, relative to the value the innermost rule was given. Each enclosing list and record puts its
 * part in front on the way out ({@link RuleContext#atIndex}, {@link RuleContext#under}), so no path
 * is built while the values are valid.
 */
final class Finding {

  final Declaration declaration;
  final String template;
  /** The pointer below the place the walk has unwound to. */
  String pointer;
  /**
   * What the node holding the record stands for in the pointer, when a class-level constraint's
   * violation builder changed it ({@code inIterable()} on the first node after the dropped bean
   * node), or {@code ""} when the path ends at it; {@code null} for the holder as the walk found it.
   * The list or record that entered the record resolves it.
   */
  @Nullable String holder;

  Finding(Declaration declaration, String template, String pointer, @Nullable String holder) {
    this.declaration = declaration;
    this.template = template;
    this.pointer = pointer;
    this.holder = holder;
  }
}
