package io.github.jiceng.governance.store.jdbc;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.fund.DisbursementPolicy;
import io.github.jiceng.governance.model.fund.DisbursementRequest;
import io.github.jiceng.governance.model.fund.Donation;
import io.github.jiceng.governance.model.fund.DonationChannel;
import io.github.jiceng.governance.model.fund.EntryId;
import io.github.jiceng.governance.model.fund.Fund;
import io.github.jiceng.governance.model.fund.FundId;
import io.github.jiceng.governance.model.fund.FundPolicies;
import io.github.jiceng.governance.model.fund.OutflowCategory;
import io.github.jiceng.governance.model.fund.RequestId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.rules.fund.FundCommand;
import io.github.jiceng.governance.rules.fund.FundEvent;
import io.github.jiceng.governance.rules.fund.FundRefusal;
import io.github.jiceng.governance.rules.fund.FundRules;
import io.github.jiceng.governance.rules.fund.FundBook;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A co-building fund under the street's default policy, and the commands of its maker-checker flow. */
final class FundFixture {

  static final PersonId CLERK = PersonId.of("p-clerk");
  static final PersonId SECRETARY = PersonId.of("p-secretary");
  static final PersonId TREASURER = PersonId.of("p-treasurer");
  static final PersonId DEPUTY = PersonId.of("p-deputy");
  static final DisbursementPolicy POLICY = FundPolicies.streetDefault("street@2021", List.of(SECRETARY, TREASURER, DEPUTY));

  final Fund fund;
  final FundRules rules;
  final StoredRule<FundCommand, FundBook, FundEvent> rule;
  /** Every step happens on the same day, so that any order of commit is a valid booking order. */
  final Instant at;

  FundFixture(String id) {
    fund = Fund.builder().id(FundId.of(id)).name("共建实践金 " + id).grid(GridId.of("lantian"))
        .launchedOn(LocalDate.of(2021, 6, 9)).build();
    rules = FundRules.of(fund, POLICY);
    rule = StoredRule.of("fund", rules, StoreCodecs.fundEvents()).withRefusalCodes(FundRefusal.class);
    at = fund.launchedAt().plusSeconds(86_400);
  }

  String stream() {
    return fund.id().value();
  }

  FundCommand donate(String id, String yuan) {
    return new FundCommand.Donate(Donation.builder().id(EntryId.of(id)).fund(fund.id()).at(at)
        .channel(DonationChannel.DIRECTED).donorKind(DonationChannel.DIRECTED.donorKind()).amount(Money.ofYuan(yuan)).build());
  }

  FundCommand request(String id, String yuan) {
    return new FundCommand.Request(DisbursementRequest.builder().id(RequestId.of(id)).fund(fund.id())
        .category(OutflowCategory.PUBLIC_WELFARE).recipient(OrganizationId.of("org-" + id)).amount(Money.ofYuan(yuan))
        .requestedBy(CLERK).requestedAt(at).purpose("公益活动 " + id).build());
  }

  FundCommand approve(String request, PersonId approver) {
    return new FundCommand.Approve(RequestId.of(request), approver, at);
  }

  FundCommand pay(String request, String entry) {
    return new FundCommand.Pay(RequestId.of(request), EntryId.of(entry), TREASURER, at);
  }
}
