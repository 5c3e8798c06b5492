package de.integrationsplan.examples.spring;

import de.integrationsplan.core.json.PlanFormatException;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import java.io.IOException;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Reads and writes {@link IntegrationPlan} bodies with the library's strict codec instead of
 * Spring's {@code JsonMapper}.
 *
 * <p>So a request body is read exactly as the wire format is defined (no unknown properties, no
 * duplicate keys, no {@code null}, no type coercion, the document limits), and a fault is a
 * {@link PlanFormatException} with a stable code and JSON Pointer; it travels as the cause of
 * Spring's {@link HttpMessageNotReadableException}, whose own message holds only the code.
 * Every other type (the problem details, {@link PlanCreated}) stays with Spring's Jackson.
 */
final class PlanHttpMessageConverter extends AbstractHttpMessageConverter<IntegrationPlan> {

  private final PlanValidators validators;

  PlanHttpMessageConverter(PlanValidators validators) {
    super(MediaType.APPLICATION_JSON);
    this.validators = validators;
  }

  @Override
  protected boolean supports(Class<?> type) {
    return IntegrationPlan.class == type;
  }

  @Override
  protected IntegrationPlan readInternal(Class<? extends IntegrationPlan> type, HttpInputMessage input)
      throws IOException {
    try {
      return validators.currentJson().read(input.getBody(), IntegrationPlan.class);
    } catch (PlanFormatException e) {
      throw new HttpMessageNotReadableException(e.code(), e, input);
    }
  }

  @Override
  protected void writeInternal(IntegrationPlan plan, HttpOutputMessage output) throws IOException {
    validators.currentJson().write(plan, output.getBody());
  }
}
