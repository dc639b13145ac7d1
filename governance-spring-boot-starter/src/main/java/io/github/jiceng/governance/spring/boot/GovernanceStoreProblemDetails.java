package io.github.jiceng.governance.spring.boot;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.Language;
import io.github.jiceng.governance.store.jdbc.StoreErrorCode;
import io.github.jiceng.governance.store.jdbc.StoreException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The JDBC store's errors as RFC 9457 problem details, when the store is on the class path.
 *
 * <table>
 *   <caption>Answers</caption>
 *   <tr><th>code</th><th>status</th><th>detail</th></tr>
 *   <tr><td>{@code store.concurrency-conflict}</td><td>409</td><td>the store's text: the command
 *       lost every race for its stream; sending it again with the same key is safe</td></tr>
 *   <tr><td>{@code store.idempotency-key-reused}</td><td>409</td><td>a fixed text: the key
 *       belongs to another command, whose rule and stream are not shown to the caller</td></tr>
 *   <tr><td>{@code store.unavailable}</td><td>503</td><td>the store's text</td></tr>
 *   <tr><td>any other</td><td>500</td><td>a fixed text; the store's text is logged</td></tr>
 * </table>
 *
 * <p>The type is {@value #STORE_TYPE}{@code <code>} and the member {@code code} carries the code.
 */
@RestControllerAdvice
public class GovernanceStoreProblemDetails {

  /** The prefix of a store error's problem type; the error's code follows. */
  public static final String STORE_TYPE = "urn:jiceng-governance:store:";

  private static final Logger LOG = LoggerFactory.getLogger(GovernanceStoreProblemDetails.class);

  private final Language language;

  /**
   * Creates the handler.
   *
   * @param language the language of the texts
   */
  public GovernanceStoreProblemDetails(Language language) {
    this.language = requireNonNull(language, "language");
  }

  /**
   * Answers a store error.
   *
   * @param exception the error
   * @return the problem detail
   */
  @ExceptionHandler(StoreException.class)
  public ResponseEntity<ProblemDetail> failed(StoreException exception) {
    StoreErrorCode code = exception.code();
    int status;
    String detail;
    switch (code) {
      case CONCURRENCY_CONFLICT:
        status = 409;
        detail = exception.message(language);
        break;
      case IDEMPOTENCY_KEY_REUSED:
        status = 409;
        detail = StarterTexts.text(language, "store.idempotency-key-reused");
        break;
      case UNAVAILABLE:
        status = 503;
        detail = exception.message(language);
        break;
      default:
        status = 500;
        detail = StarterTexts.text(language, "store.internal");
        LOG.error("{}", exception.message(Language.EN), exception);
        break;
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
    problem.setType(URI.create(STORE_TYPE + code.key()));
    problem.setTitle(StarterTexts.text(language, "title.store"));
    problem.setProperty("code", code.key());
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  @Override
  public String toString() {
    return "GovernanceStoreProblemDetails";
  }
}
