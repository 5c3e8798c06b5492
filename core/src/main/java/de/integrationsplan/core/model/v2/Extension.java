package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.IDENTIFYING;
import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.internal.JsonValues;
import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.validation.constraints.TextLength;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * Vendor data outside the closed core of the plan, as FHIR's extensions: the vendor names it by a
 * URL in its own namespace and puts any JSON value under it.
 *
 * <pre>{@code new Extension("https://vendor.example/ip/aktenzeichen", "AZ-2026-0042")}</pre>
 *
 * @param url the extension's URL, in the vendor's namespace
 * @param value a JSON value: a {@link String}, {@link Boolean}, {@link Number}, or a {@link java.util.List}
 *     or {@link java.util.Map} of such values (copied, unmodifiable); never {@code null}. Numbers are
 *     kept in the form the JSON reader gives back, so that a plan equals its round trip: integral
 *     values as {@link Integer}, {@link Long} or {@link java.math.BigInteger} (the smallest that
 *     holds them), others as {@link java.math.BigDecimal}
 */
public record Extension(
    @PersonalData(ORDINARY) @NotBlank @TextLength(max = 500) @Pattern(regexp = Formats.EXTENSION_URL, message = "{plan.extension.urlFormat}") String url,
    @PersonalData(IDENTIFYING) Object value) {

  /**
   * Canonical constructor; copies {@code value} deeply into unmodifiable collections.
   *
   * @param url the extension's URL, in the vendor's namespace
   * @param value a JSON value: a {@link String}, {@link Boolean}, {@link Number}, or a {@link java.util.List}
   *         or {@link java.util.Map} of such values (copied, unmodifiable); never {@code null}. Numbers are
   *         kept in the form the JSON reader gives back, so that a plan equals its round trip: integral
   *         values as {@link Integer}, {@link Long} or {@link java.math.BigInteger} (the smallest that
   *         holds them), others as {@link java.math.BigDecimal}
   */
  public Extension {
    Checks.required(url, Extension.class, "url");
    value = JsonValues.copy(Checks.required(value, Extension.class, "value"), "value");
  }

  @Override
  public String toString() {
    return "Extension[redacted]";
  }
}
