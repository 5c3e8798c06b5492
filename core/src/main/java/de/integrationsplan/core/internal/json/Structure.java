package de.integrationsplan.core.internal.json;

import de.integrationsplan.core.validation.constraints.CountryCode;
import de.integrationsplan.core.validation.constraints.LanguageCode;
import de.integrationsplan.core.validation.constraints.TextLength;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;

/**
 * Which constraints the reader holds exactly, as the schema states them: on a plan the reader has
 * bound, they cannot fail, so the rule engine leaves them out when it checks such a plan. The
 * mapping is {@link ShapeCompiler}'s; {@code @NotBlank} is not among them (the schema's
 * {@code minLength: 1} lets a text of spaces through, the rule does not), nor a lower bound on a
 * list (the schema lets the list be left out).
 */
public final class Structure {

  private Structure() {}

  /**
   * Whether the reader holds a constraint exactly.
   *
   * @param constraint a constraint of a component or of a list's element type
   * @param onList whether it constrains the list itself
   * @return {@code true} when no plan the reader binds can break it
   */
  public static boolean holds(Annotation constraint, boolean onList) {
    if (onList) {
      // maxItems only: a list left out is empty, which a lower bound (@NotEmpty, @Size(min)) forbids
      // but the schema, with the property not required, allows; and @Size on a text counts chars
      return constraint instanceof Size size && size.min() == 0;
    }
    return constraint instanceof Pattern || constraint instanceof TextLength || constraint instanceof NotEmpty
        || constraint instanceof Min || constraint instanceof Max || constraint instanceof CountryCode
        || constraint instanceof LanguageCode;
  }
}
