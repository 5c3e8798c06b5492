package de.integrationsplan.examples.spring;

import de.integrationsplan.core.json.PlanFormatException;
import de.integrationsplan.core.model.Plan;
import java.io.IOException;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Reads and writes {@link Plan} bodies, of format 1.x and 2.x alike, with the library's strict codec
 * instead of Spring's {@code JsonMapper}.
 *
 * <p>A parameter of type {@code Plan} takes a plan of any version the library reads, into the model
 * of the major version its {@code schemaVersion} names ({@code model.v1.IntegrationPlan} or
 * {@code model.v2.IntegrationPlan}); a parameter of one version's type takes that version only and
 * refuses the other with {@code json.otherVersion}.
 *
 * <p>So a request body is read exactly as the wire format is defined (no unknown properties, no
 * duplicate keys, no {@code null}, no type coercion, the document limits), and a fault is a
 * {@link PlanFormatException} with a stable code and JSON Pointer; it travels as the cause of
 * Spring's {@link HttpMessageNotReadableException}, whose own message holds only the code.
 * Every other type (the problem details, {@link PlanCreated}) stays with Spring's Jackson.
 */
final class PlanHttpMessageConverter extends AbstractHttpMessageConverter<Plan> {

  private final PlanValidators validators;

  PlanHttpMessageConverter(PlanValidators validators) {
    super(MediaType.APPLICATION_JSON);
    this.validators = validators;
  }

  @Override
  protected boolean supports(Class<?> type) {
    return Plan.class.isAssignableFrom(type);
  }

  @Override
  protected Plan readInternal(Class<? extends Plan> type, HttpInputMessage input)
      throws IOException {
    try {
      return validators.currentJson().read(input.getBody(), type);
    } catch (PlanFormatException e) {
      throw new HttpMessageNotReadableException(e.code(), e, input);
    }
  }

  @Override
  protected void writeInternal(Plan plan, HttpOutputMessage output) throws IOException {
    validators.currentJson().write(plan, output.getBody());
  }
}
