package de.integrationsplan.examples.spring;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.validation.Validator;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Plugs the library into Spring MVC: its codec for plan bodies, its rules for {@code @Valid}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

  private final PlanValidators validators;

  WebConfig(PlanValidators validators) {
    this.validators = validators;
  }

  /** The plan converter goes before the default ones, so Spring's Jackson never reads a plan. */
  @Override
  public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
    builder.addCustomConverter(new PlanHttpMessageConverter(validators));
  }

  /** {@code @Valid} on a plan runs the library's rules. */
  @Override
  public Validator getValidator() {
    return new PlanRules(validators);
  }
}
