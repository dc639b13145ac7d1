package io.github.jiceng.governance.spring.boot;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.json.GovernanceFormatException;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.ValidationMessages;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.rules.decider.Refusal;
import io.github.jiceng.governance.rules.decider.RefusalMessages;
import io.github.jiceng.governance.rules.decider.RefusedException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The SDK's errors as RFC 9457 problem details ({@code application/problem+json}), in the
 * configured language (问题详情).
 *
 * <table>
 *   <caption>Answers</caption>
 *   <tr><th>error</th><th>status</th><th>{@code type}</th><th>extra members</th></tr>
 *   <tr><td>{@link RefusedException} (a rule refused a command; see {@code
 *       Decision.orElseThrow()})</td><td>422</td><td>{@value #REFUSAL_TYPE}{@code <code>}</td>
 *       <td>{@code code}, {@code arguments}</td></tr>
 *   <tr><td>{@link DomainValidationException} (a value the model refuses)</td><td>400</td>
 *       <td>{@value #VALIDATION_TYPE}{@code <rule>}</td><td>{@code violations}: subject, field,
 *       rule of each</td></tr>
 *   <tr><td>a request body that breaks the SDK's JSON formats</td><td>400</td><td>{@value
 *       #FORMAT_TYPE}{@code <rule>}</td><td>{@code pointer}, {@code rule}</td></tr>
 * </table>
 *
 * <p>Nothing unmasked reaches a response: the texts are the SDK's own, whose refusal arguments and
 * violations mask personal data and quote at most a bounded excerpt of any value. An unreadable body that is not the SDK's is left
 * to Spring's own handling.
 */
@RestControllerAdvice
public class GovernanceProblemDetails {

  /** The prefix of a refusal's problem type; the refusal code follows. */
  public static final String REFUSAL_TYPE = "urn:jiceng-governance:refusal:";

  /** The prefix of a validation error's problem type; the first violation's rule follows. */
  public static final String VALIDATION_TYPE = "urn:jiceng-governance:validation:";

  /** The prefix of a format error's problem type; the format rule follows. */
  public static final String FORMAT_TYPE = "urn:jiceng-governance:format:";

  private static final HttpStatusCode UNPROCESSABLE = HttpStatusCode.valueOf(422);
  private static final HttpStatusCode BAD_REQUEST = HttpStatusCode.valueOf(400);

  private final RefusalMessages refusals;
  private final ValidationMessages validation;

  /**
   * Creates the handlers.
   *
   * @param refusals the refusal texts
   * @param validation the validation texts
   */
  public GovernanceProblemDetails(RefusalMessages refusals, ValidationMessages validation) {
    this.refusals = requireNonNull(refusals, "refusals");
    this.validation = requireNonNull(validation, "validation");
  }

  private String title(String key) {
    return StarterTexts.text(validation.language(), key);
  }

  /**
   * Answers a refused command: 422 with the refusal's code and arguments.
   *
   * @param exception the refusal
   * @return the problem detail
   */
  @ExceptionHandler(RefusedException.class)
  public ResponseEntity<ProblemDetail> refused(RefusedException exception) {
    Refusal refusal = exception.refusal();
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(UNPROCESSABLE, refusals.render(refusal));
    problem.setType(URI.create(REFUSAL_TYPE + refusal.code().key()));
    problem.setTitle(title("title.refusal"));
    problem.setProperty("code", refusal.code().key());
    problem.setProperty("arguments", new LinkedHashMap<>(refusal.arguments()));
    return answer(problem);
  }

  /**
   * Answers a value the model refuses: 400 with each violation's subject, field and rule.
   *
   * @param exception the error
   * @return the problem detail
   */
  @ExceptionHandler(DomainValidationException.class)
  public ResponseEntity<ProblemDetail> invalid(DomainValidationException exception) {
    return answer(validationProblem(exception.violations(), validation.render(exception)));
  }

  /**
   * Answers a request body that breaks the SDK's formats: 400 with the JSON Pointer and the rule.
   * Any other unreadable body is passed on to Spring's own handling.
   *
   * @param exception the error
   * @return the problem detail
   * @throws HttpMessageNotReadableException when the cause is not the SDK's
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException exception) {
    for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof GovernanceFormatException format) {
        if (!format.violations().isEmpty()) {
          ProblemDetail problem = validationProblem(format.violations(), format.message(validation.language()));
          problem.setProperty("pointer", format.pointer());
          return answer(problem);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(BAD_REQUEST, format.message(validation.language()));
        problem.setType(URI.create(FORMAT_TYPE + format.rule()));
        problem.setTitle(title("title.format"));
        problem.setProperty("pointer", format.pointer());
        problem.setProperty("rule", format.rule());
        return answer(problem);
      }
      if (cause instanceof DomainValidationException invalid) {
        return invalid(invalid);
      }
    }
    throw exception;
  }

  private ProblemDetail validationProblem(List<Violation> violations, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(BAD_REQUEST, detail);
    String rule = violations.isEmpty() ? "invalid" : violations.get(0).rule();
    problem.setType(URI.create(VALIDATION_TYPE + rule));
    problem.setTitle(title("title.validation"));
    List<Map<String, String>> listed = new ArrayList<>();
    for (Violation violation : violations) {
      Map<String, String> one = new LinkedHashMap<>();
      one.put("subject", violation.subject());
      one.put("field", violation.field());
      one.put("rule", violation.rule());
      listed.add(one);
    }
    problem.setProperty("violations", listed);
    return problem;
  }

  private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  @Override
  public String toString() {
    return "GovernanceProblemDetails";
  }
}
