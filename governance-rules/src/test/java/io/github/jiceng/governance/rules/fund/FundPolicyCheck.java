package io.github.jiceng.governance.rules.fund;

import static io.github.jiceng.governance.rules.fund.Funds.CLERK;
import static io.github.jiceng.governance.rules.fund.Funds.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.fund.RequestId;

/** The maker-checker assertions shared by the example tests and the property test. */
final class FundPolicyCheck {

  private FundPolicyCheck() {}

  /** Asserts the requester of the pending request can neither approve nor decline it, and nothing changes. */
  static void requesterIsRefused(FundBook book, RequestId id) {
    FundBook.Step approve = book.approve(id, CLERK, day(400));
    assertThat(Funds.rejectedFor(approve)).isEqualTo(FundRefusal.REQUESTER_CANNOT_APPROVE);
    assertThat(approve.book()).isSameAs(book);
    FundBook.Step decline = book.decline(id, CLERK, day(400), "自己驳回");
    assertThat(Funds.rejectedFor(decline)).isEqualTo(FundRefusal.REQUESTER_CANNOT_APPROVE);
    assertThat(decline.book()).isSameAs(book);
  }
}
