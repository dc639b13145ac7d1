package io.github.jiceng.governance.model.fund;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.time.TimeLimits;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A request to pay money out of the fund (拨付申请): how much, for which category (and project),
 * to whom, for how many beneficiaries, asked by whom and when.
 *
 * <p>The purpose is public: it is what the notice board prints for a project. It must not name a
 * resident; the recipient is an opaque id.
 *
 * <pre>{@code
 * DisbursementRequest r = DisbursementRequest.builder()
 *     .id(RequestId.of("req-2022-0007")).fund(FundId.of("lantian-fund"))
 *     .category(OutflowCategory.OUTSTANDING_STUDENTS)
 *     .recipient(PersonId.of("p-0193")).amount(Money.ofYuan("2000"))
 *     .requestedBy(PersonId.of("p-clerk")).requestedAt(Instant.parse("2022-08-20T01:00:00Z"))
 *     .purpose("2022年优秀学子奖励")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class DisbursementRequest {

  /** The longest purpose accepted, in characters. */
  public static final int MAX_PURPOSE_LENGTH = 200;

  DisbursementRequest() {}

  /** Returns a builder; all attributes but {@code project} and {@code beneficiaries} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the request's id. */
  public abstract RequestId id();

  /** Returns the fund asked to pay. */
  public abstract FundId fund();

  /** Returns what the money is for. */
  public abstract OutflowCategory category();

  /** Returns the directed project paid for; present exactly for {@link OutflowCategory#DIRECTED_PROJECT}. */
  public abstract Optional<ProjectId> project();

  /** Returns who receives the money: a person (relief, support, awards) or an organization (a contractor, a cause). */
  public abstract ActorId recipient();

  /** Returns how many people benefit; 1 unless set. */
  @Value.Default
  public int beneficiaries() {
    return 1;
  }

  /** Returns the amount asked for; positive. */
  public abstract Money amount();

  /** Returns who asked (the maker); never an approver or the payer of this request. */
  public abstract PersonId requestedBy();

  /** Returns when the request was made; caps count in the calendar period holding this instant. */
  public abstract Instant requestedAt();

  /** Returns the public purpose, such as {@code "雪梅里广场改造"}; no personal data. */
  public abstract String purpose();

  @Value.Check
  final void check() {
    String subject = "DisbursementRequest[" + id() + "]";
    Checks.positive(subject, "amount", amount());
    TimeLimits.check(subject, "requestedAt", requestedAt());
    Checks.text(subject, "purpose", purpose(), MAX_PURPOSE_LENGTH);
    if (beneficiaries() < 1) {
      throw new DomainValidationException(subject, "beneficiaries", "beneficiaries-positive",
          "a disbursement benefits at least one person, was " + beneficiaries());
    }
    if (category().needsProject() != project().isPresent()) {
      throw new DomainValidationException(subject, "project", "project-iff-directed",
          category().needsProject()
              ? "a request of " + category() + " names its project"
              : "a request of " + category() + " names no project, was " + project().orElseThrow());
    }
  }

  /** The builder of {@link DisbursementRequest}; each attribute may be set once. */
  public static final class Builder extends ImmutableDisbursementRequest.Builder {
    Builder() {}
  }
}
