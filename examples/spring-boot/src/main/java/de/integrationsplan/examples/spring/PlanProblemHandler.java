package de.integrationsplan.examples.spring;

import de.integrationsplan.core.json.PlanFormatException;
import de.integrationsplan.core.model.Plan;
import de.integrationsplan.core.validation.ValidationIssue;
import de.integrationsplan.core.validation.ValidationReport;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every fault as an RFC 9457 problem detail ({@code application/problem+json}).
 *
 * <ul>
 *   <li>A body that is no readable plan (malformed JSON, an unknown property, a wrong type, a code
 *       outside its list): 400, type {@link PlanProblem#UNREADABLE}, every fault the library's reader
 *       found ({@code schema.*} for the structure, {@code json.*} for what is not JSON).</li>
 *   <li>A plan that breaks a rule: 422, type {@link PlanProblem#INVALID}, the library's report.</li>
 *   <li>An unknown id: 404; an id stored already: 409; a schema version the library does not carry:
 *       404.</li>
 * </ul>
 *
 * <p>Each problem detail has the member {@code issues}, the library's issues with severity, code,
 * JSON Pointer, source and message. Titles and details are German, English for
 * {@code Accept-Language: en} ({@code messages.properties}, {@code messages_en.properties}). Nothing
 * here repeats a submitted value: not Jackson's message, not the body, and not the request path,
 * which Spring would put into {@code instance} and which holds the plan's id; {@code instance} is
 * always {@link PlanProblem#INSTANCE}.
 */
@RestControllerAdvice
class PlanProblemHandler extends ResponseEntityExceptionHandler {

  private final PlanValidators validators;

  PlanProblemHandler(PlanValidators validators) {
    this.validators = validators;
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<ValidationIssue> issues = unreadable(ex);
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, PlanProblem.UNREADABLE, "problem.unreadable.title",
        issues.get(0).message());
    problem.setProperty("issues", issues.stream().map(ProblemIssue::of).toList());
    return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ValidationReport report = report(ex);
    ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, PlanProblem.INVALID,
        "problem.invalid.title", message("problem.invalid.detail", report.errors().size()));
    problem.setProperty("issues", report.issues().stream().map(ProblemIssue::of).toList());
    return handleExceptionInternal(ex, problem, headers, HttpStatus.UNPROCESSABLE_CONTENT, request);
  }

  /**
   * Every problem detail of Spring's own (405, 415, an unknown path) gets the same
   * {@code instance} as ours.
   */
  @Override
  protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
      @Nullable HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
    ResponseEntity<Object> answer = super.handleExceptionInternal(ex, body, headers, statusCode, request);
    if (answer != null && answer.getBody() instanceof ProblemDetail problem) {
      problem.setInstance(PlanProblem.INSTANCE);
    }
    return answer;
  }

  @ExceptionHandler(PlanProblem.NotFound.class)
  ResponseEntity<ProblemDetail> notFound() {
    return answer(problem(HttpStatus.NOT_FOUND, PlanProblem.NOT_FOUND, "problem.notFound.title",
        message("problem.notFound.detail")));
  }

  @ExceptionHandler(PlanProblem.Exists.class)
  ResponseEntity<ProblemDetail> exists() {
    return answer(problem(HttpStatus.CONFLICT, PlanProblem.EXISTS, "problem.exists.title",
        message("problem.exists.detail")));
  }

  @ExceptionHandler(PlanProblem.SchemaNotFound.class)
  ResponseEntity<ProblemDetail> schemaNotFound() {
    return answer(problem(HttpStatus.NOT_FOUND, PlanProblem.SCHEMA_NOT_FOUND, "problem.schemaNotFound.title",
        message("problem.schemaNotFound.detail")));
  }

  /**
   * The reader's faults, which travel as the cause; else Spring found the body missing before any
   * converter ran, which the library calls {@code json.empty}.
   */
  private List<ValidationIssue> unreadable(HttpMessageNotReadableException ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof PlanFormatException fault) {
        return fault.issues();
      }
    }
    return validators.current().validate(new byte[0]).issues();
  }

  /**
   * The report that {@link PlanRules} attached to the errors; for errors from another validator, the
   * bound plan checked again by the library.
   */
  private ValidationReport report(MethodArgumentNotValidException ex) {
    List<ValidationIssue> issues = new ArrayList<>();
    for (ObjectError error : ex.getBindingResult().getAllErrors()) {
      if (error.contains(ValidationIssue.class)) {
        issues.add(error.unwrap(ValidationIssue.class));
      }
    }
    if (issues.isEmpty() && ex.getTarget() instanceof Plan plan) {
      return validators.current().validate(plan);
    }
    return new ValidationReport(issues);
  }

  private ProblemDetail problem(HttpStatus status, URI type, String titleKey, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(type);
    problem.setTitle(message(titleKey));
    problem.setInstance(PlanProblem.INSTANCE);
    return problem;
  }

  private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }

  private String message(String key, Object... args) {
    Locale locale = LocaleContextHolder.getLocale();
    MessageSource messages = getMessageSource();
    return messages == null ? key : messages.getMessage(key, args, key, locale);
  }
}
