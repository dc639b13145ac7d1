package io.github.jiceng.governance.rules.fund;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.fund.DisbursementPolicy;
import io.github.jiceng.governance.model.fund.DisbursementRequest;
import io.github.jiceng.governance.model.fund.Donation;
import io.github.jiceng.governance.model.fund.DonationChannel;
import io.github.jiceng.governance.model.fund.Earmark;
import io.github.jiceng.governance.model.fund.EntryId;
import io.github.jiceng.governance.model.fund.Fund;
import io.github.jiceng.governance.model.fund.FundId;
import io.github.jiceng.governance.model.fund.FundPolicies;
import io.github.jiceng.governance.model.fund.OutflowCategory;
import io.github.jiceng.governance.model.fund.RequestId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.rules.decider.Decision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Small builders shared by the fund's tests. */
final class Funds {

  static final FundId ID = FundId.of("lantian-fund");
  static final Fund LANTIAN = Fund.builder().id(ID).name("蓝天街道共建实践金").grid(GridId.of("lantian"))
      .launchedOn(LocalDate.of(2021, 6, 9)).build();
  /** Local midnight of the launch day, 2021-06-09T00:00+08:00. */
  static final Instant LAUNCH = LANTIAN.launchedAt();

  static final PersonId CLERK = PersonId.of("p-clerk");
  static final PersonId SECRETARY = PersonId.of("p-secretary");
  static final PersonId TREASURER = PersonId.of("p-treasurer");
  static final PersonId DEPUTY = PersonId.of("p-deputy");
  static final PersonId OUTSIDER = PersonId.of("p-outsider");
  static final DisbursementPolicy POLICY =
      FundPolicies.streetDefault("lantian-fund@2021", List.of(SECRETARY, TREASURER, DEPUTY));

  private Funds() {}

  static Instant day(int days) {
    return LAUNCH.plusSeconds(86_400L * days);
  }

  static Donation donation(String id, Instant at, DonationChannel channel, String yuan, Optional<Earmark> earmark) {
    return Donation.builder().id(EntryId.of(id)).fund(ID).at(at).channel(channel).donorKind(channel.donorKind())
        .amount(Money.ofYuan(yuan)).earmark(earmark).build();
  }

  static Donation donation(String id, Instant at, String yuan) {
    return donation(id, at, DonationChannel.DIRECTED, yuan, Optional.empty());
  }

  static DisbursementRequest request(String id, OutflowCategory category, ActorId recipient, String yuan, Instant at) {
    return DisbursementRequest.builder().id(RequestId.of(id)).fund(ID).category(category).recipient(recipient)
        .amount(Money.ofYuan(yuan)).requestedBy(CLERK).requestedAt(at).purpose("test " + category).build();
  }

  static DisbursementRequest projectRequest(String id, String project, String yuan, Instant at, int beneficiaries) {
    return DisbursementRequest.builder().id(RequestId.of(id)).fund(ID).category(OutflowCategory.DIRECTED_PROJECT)
        .project(ProjectId.of(project)).recipient(OrganizationId.of("contractor")).beneficiaries(beneficiaries)
        .amount(Money.ofYuan(yuan)).requestedBy(CLERK).requestedAt(at).purpose("项目 " + project).build();
  }

  /** Asserts the step was not refused and returns the book after it. */
  static FundBook ok(FundBook.Step s) {
    assertThat(s.decision()).as("%s", s.decision()).isNotInstanceOf(Decision.Refused.class);
    return s.book();
  }

  /** Asserts the step was refused, leaving the book as it was, and returns the code. */
  static FundRefusal rejectedFor(FundBook.Step s) {
    assertThat(s.decision()).as("%s", s.decision()).isInstanceOf(Decision.Refused.class);
    return (FundRefusal) s.decision().refusalIfAny().orElseThrow().code();
  }

  /** Asserts the step was applied, its last event of the type, and returns that event. */
  static <T extends FundEvent> T applied(FundBook.Step s, Class<T> type) {
    assertThat(s.decision()).as("%s", s.decision()).isInstanceOf(Decision.Applied.class);
    return type.cast(((Decision.Applied<FundEvent>) s.decision()).last());
  }

  /** Asserts the step changed nothing because it was taken already, and returns the book. */
  static FundBook unchanged(FundBook.Step s) {
    assertThat(s.decision()).as("%s", s.decision()).isInstanceOf(Decision.Unchanged.class);
    return s.book();
  }

  /** Asserts the ledger refused the append, leaving itself as it was, and returns the code. */
  static FundRefusal rejectedFor(Ledger.Step s) {
    assertThat(s.decision()).as("%s", s.decision()).isInstanceOf(Decision.Refused.class);
    return (FundRefusal) s.decision().refusalIfAny().orElseThrow().code();
  }
}
