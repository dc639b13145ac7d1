package com.example.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.fund.Approval;
import io.github.jiceng.governance.model.fund.DisbursementRequest;
import io.github.jiceng.governance.model.fund.Donation;
import io.github.jiceng.governance.model.fund.DonationChannel;
import io.github.jiceng.governance.model.fund.EntryId;
import io.github.jiceng.governance.model.fund.FundId;
import io.github.jiceng.governance.model.fund.OutflowCategory;
import io.github.jiceng.governance.model.fund.Payment;
import io.github.jiceng.governance.model.fund.RequestId;
import io.github.jiceng.governance.model.money.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The fund of {@code application.yml} through the store, maker-checker as its policy says: a
 * request is approved by one of the policy's approvers and paid by another; its requester's own
 * approval is refused as a 422 problem detail with the rule's code. The fund is one stream whose
 * ledger runs in time order, so its whole flow is one test.
 */
class FundDisbursementTest extends MockMvcPlatform {

  private static final FundId FUND = FundId.of("yingze-fund");
  private static final PersonId REQUESTER = PersonId.of("p-nanyuan-secretary");
  private static final PersonId APPROVER = PersonId.of("p-yingze-secretary");
  private static final PersonId PAYER = PersonId.of("p-yingze-director");

  private static Instant day(int n) {
    return Instant.parse("2024-04-01T02:00:00Z").plusSeconds(86_400L * n);
  }

  @Test
  void aRequestIsApprovedAndPaidWhileItsRequestersOwnApprovalIsRefused() throws Exception {
    Donation donation = Donation.builder().id(EntryId.of("don-1")).fund(FUND).at(day(0)).channel(DonationChannel.DIRECTED)
        .donorKind(DonationChannel.DIRECTED.donorKind()).donor(OrganizationId.of("org-power-supply"))
        .amount(Money.ofYuan("1000")).build();
    JsonNode balance = post("/fund/donations", "don-1", donation).expect(200);
    assertThat(Json.read(Json.write(Money.ofYuan("1000")))).isEqualTo(balance);

    DisbursementRequest request = DisbursementRequest.builder().id(RequestId.of("req-1")).fund(FUND)
        .category(OutflowCategory.PUBLIC_WELFARE).recipient(OrganizationId.of("org-elderly-canteen"))
        .amount(Money.ofYuan("300")).requestedBy(REQUESTER).requestedAt(day(1)).purpose("老年食堂助餐").build();
    JsonNode requested = post("/fund/requests", "req-1", request).expect(200);
    assertThat(requested.path("status").asText()).isEqualTo("PENDING");

    Answer own = post("/fund/requests/req-1/approvals", "app-0", new Approval(REQUESTER, day(2)));
    JsonNode problem = own.expect(422);
    assertThat(own.contentType()).startsWith("application/problem+json");
    assertThat(problem.path("code").asText()).isEqualTo("fund.requester-cannot-approve");
    assertThat(problem.path("title").asText()).isEqualTo("命令被规则驳回");
    assertThat(get("/fund/requests/req-1").expect(200).path("status").asText()).isEqualTo("PENDING");

    JsonNode approved = post("/fund/requests/req-1/approvals", "app-1", new Approval(APPROVER, day(2))).expect(200);
    assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
    assertThat(approved.path("approvals").get(0).path("approver").asText()).isEqualTo(APPROVER.value());

    JsonNode paid = post("/fund/requests/req-1/payments", "pay-1", new Payment(EntryId.of("pay-1"), PAYER, day(3)))
        .expect(200);
    assertThat(paid.path("status").asText()).isEqualTo("PAID");
    assertThat(paid.path("payment").path("entry").asText()).isEqualTo("pay-1");
    assertThat(post("/fund/donations", "don-1", donation).expect(200)).isEqualTo(Json.read(Json.write(Money.ofYuan("700"))));
    get("/fund/requests/req-404").expect(404);
  }
}
