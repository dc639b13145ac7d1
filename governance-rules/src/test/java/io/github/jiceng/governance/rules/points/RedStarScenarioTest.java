package io.github.jiceng.governance.rules.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.points.Award;
import io.github.jiceng.governance.model.points.Contribution;
import io.github.jiceng.governance.model.points.ContributionKind;
import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.model.points.RedStarPolicies;
import io.github.jiceng.governance.model.points.RuleId;
import io.github.jiceng.governance.model.points.ServiceCatalogue;
import io.github.jiceng.governance.model.points.OfferId;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.rules.decider.Decision;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The article's practice: 闪闪红星 rewards people and units who contribute with services. */
@DisplayName("闪闪红星回馈机制")
final class RedStarScenarioTest {

  private static final PersonId LI_SHIRONG = PersonId.of("zhanbei-volunteer-0001");
  private static final OrganizationId CO_BUILDING_UNIT = OrganizationId.of("org-zhanbei-power-supply");
  private static final OrganizationId THERAPY_PROVIDER = OrganizationId.of("org-zhanbei-kangyang");
  private static final ServiceCatalogue CENTRE = RedStarPolicies.articleServices(THERAPY_PROVIDER);

  private static Instant beijing(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(RedStarPolicies.CHINA).toInstant();
  }

  private static Contribution volunteering(String id, String start, int minutes) {
    return Contribution.builder().id(EntryId.of(id)).actor(LI_SHIRONG).kind(ContributionKind.VOLUNTEER_SERVICE)
        .occurredAt(beijing(start)).duration(Duration.ofMinutes(minutes)).reference("vr-" + id).build();
  }

  @Test
  @DisplayName("老党员李世荣参加疫苗接种宣传、政策宣讲、环境卫生整治，积分兑换理疗")
  void aVeteranVolunteerEarnsByTheHourAndRedeemsPhysiotherapy() {
    PointsLedger ledger = PointsLedger.open(RedStarPolicies.article(), CENTRE);
    ledger.award(volunteering("vaccination-publicity", "2024-03-02T09:00:00", 150), beijing("2024-03-03T10:00:00"));
    ledger.award(volunteering("policy-talk", "2024-03-09T14:00:00", 95), beijing("2024-03-10T10:00:00"));
    Decision<LedgerEntry> cleanup = ledger.award(volunteering("sanitation-drive", "2024-03-16T08:00:00", 600),
        beijing("2024-03-17T10:00:00"));

    // 25 + 15 + 80 (8 hours at most per activity): 120 points
    assertThat(ledger.balance(LI_SHIRONG).value()).isEqualTo(120);
    assertThat(Decided.award(cleanup).arithmetic())
        .isEqualTo("10 pt/h × 8 h (480 min of 600 min given; at most 480 min per activity; steps of 30 min) = 80");

    Decision<LedgerEntry> physio = ledger.redeem(EntryId.of("redeem-physio-1"), LI_SHIRONG, OfferId.of("physiotherapy"), 2,
        beijing("2024-03-20T15:00:00"));
    assertThat(physio).isInstanceOf(Decision.Applied.class);
    assertThat(ledger.balance(LI_SHIRONG).value()).isEqualTo(20);

    Decision<LedgerEntry> tooDear = ledger.redeem(EntryId.of("redeem-massage-1"), LI_SHIRONG, OfferId.of("oil-massage"), 1,
        beijing("2024-03-21T15:00:00"));
    assertThat(Decided.code(tooDear)).isEqualTo(PointsRefusal.INSUFFICIENT_BALANCE);
    assertThat(Decided.refusal(tooDear).detail()).isEqualTo("balance 20 pt, price 80 pt");
    assertThat(Decided.refusal(tooDear).arguments()).containsExactly(entry("balance", "20"), entry("needed", "80"));
    assertThat(ledger.balance(LI_SHIRONG).value()).isEqualTo(20);
    assertThat(ledger.totals(LI_SHIRONG).conserves()).isTrue();
  }

  @Test
  @DisplayName("共建单位认领“乐享生活”儿童游乐设施需求并捐赠，单位同样获得积分")
  void aCoBuildingUnitEarnsForAFulfilledDemandAndADonation() {
    PointsLedger ledger = PointsLedger.open(RedStarPolicies.article(), CENTRE);
    Decision<LedgerEntry> demand = ledger.award(Contribution.builder().id(EntryId.of("demand-playground"))
        .actor(CO_BUILDING_UNIT).kind(ContributionKind.DEMAND_FULFILLED).occurredAt(beijing("2024-06-01T10:00:00"))
        .urgency("URGENT").rating(5).reference("demand-zhanbei-0042").build(), beijing("2024-06-02T09:00:00"));
    Decision<LedgerEntry> donation = ledger.award(Contribution.builder().id(EntryId.of("donation-2024-06"))
        .actor(CO_BUILDING_UNIT).kind(ContributionKind.DONATION).occurredAt(beijing("2024-06-09T10:00:00"))
        .amount(Money.ofYuan("30000")).build(), beijing("2024-06-09T11:00:00"));

    assertThat(Decided.award(demand).points().value()).isEqualTo(68); // 30 × 1.5 × 1.5 = 67.5 → 68
    assertThat(Decided.award(donation).points().value()).isEqualTo(300);
    assertThat(ledger.balance(CO_BUILDING_UNIT).value()).isEqualTo(368);
    assertThat(ledger.grade(CO_BUILDING_UNIT, 2024)).hasValueSatisfying(g -> assertThat(g.name()).isEqualTo("二星"));
  }

  @Test
  @DisplayName("每人每月积分封顶500分，超出部分如实记录")
  void theMonthlyMemberCapCutsAwardsAndTheAwardSaysSo() {
    PointsLedger ledger = PointsLedger.open(RedStarPolicies.article(), CENTRE);
    for (int day = 1; day <= 8; day++) {
      ledger.award(volunteering("day-" + day, "2024-04-0" + day + "T08:00:00", 480),
          beijing("2024-04-0" + day + "T20:00:00"));
    }
    assertThat(ledger.balance(LI_SHIRONG).value()).isEqualTo(500);
    Award seventh = (Award) ledger.entry(EntryId.of("day-7")).orElseThrow();
    assertThat(seventh.points().value()).isEqualTo(20);
    assertThat(seventh.arithmetic()).endsWith("; member month cap 500, 480 used: 80 → 20");
    Award eighth = (Award) ledger.entry(EntryId.of("day-8")).orElseThrow();
    assertThat(eighth.requested().value()).isEqualTo(80);
    assertThat(eighth.points().value()).isZero();
  }

  @Test
  @DisplayName("艾灸每人每年限兑4次，库存兑完即止，同一流水号重复提交不重复扣分")
  void limitsStockAndRepeatedSubmissions() {
    PointsLedger ledger = PointsLedger.open(RedStarPolicies.article(), CENTRE);
    ledger.award(Contribution.builder().id(EntryId.of("big-donation")).actor(CO_BUILDING_UNIT)
        .kind(ContributionKind.DONATION).occurredAt(beijing("2024-01-05T10:00:00")).amount(Money.ofYuan("200000"))
        .build(), beijing("2024-01-05T10:00:00"));
    assertThat(ledger.balance(CO_BUILDING_UNIT).value()).isEqualTo(500); // 2000 by the rule, 500 by the month cap
    for (int i = 1; i <= 4; i++) {
      assertThat(ledger.redeem(EntryId.of("moxa-" + i), CO_BUILDING_UNIT, OfferId.of("moxibustion"), 1,
          beijing("2024-02-0" + i + "T10:00:00"))).isInstanceOf(Decision.Applied.class);
    }
    Decision<LedgerEntry> again = ledger.redeem(EntryId.of("moxa-4"), CO_BUILDING_UNIT, OfferId.of("moxibustion"), 1,
        beijing("2024-02-05T10:00:00"));
    assertThat(again).isInstanceOf(Decision.Unchanged.class);
    assertThat(again.events()).containsExactly(ledger.entry(EntryId.of("moxa-4")).orElseThrow());
    Decision<LedgerEntry> fifth = ledger.redeem(EntryId.of("moxa-5"), CO_BUILDING_UNIT, OfferId.of("moxibustion"), 1,
        beijing("2024-02-05T10:00:00"));
    assertThat(Decided.code(fifth)).isEqualTo(PointsRefusal.MEMBER_LIMIT_REACHED);
    assertThat(Decided.refusal(fifth).detail()).isEqualTo("moxibustion: limit 4 per YEAR, 4 redeemed, 1 asked");
    assertThat(Decided.refusal(fifth).arguments()).containsExactly(entry("service", "moxibustion"),
        entry("limit", "4"), entry("redeemed", "4"), entry("asked", "1"));
    assertThat(ledger.balance(CO_BUILDING_UNIT).value()).isEqualTo(500 - 4 * 60);
    assertThat(ledger.redeemedUnits(OfferId.of("moxibustion"))).isEqualTo(4);
  }

  @Test
  @DisplayName("虚报服务记录扣50分，扣完为止；严重违规积分清零")
  void deductionsStopAtZeroAndASeriousViolationForfeitsAll() {
    PointsLedger ledger = PointsLedger.open(RedStarPolicies.article(), CENTRE);
    ledger.award(volunteering("v1", "2024-05-01T09:00:00", 360), beijing("2024-05-01T18:00:00"));
    ledger.deduct(EntryId.of("d1"), LI_SHIRONG, RuleId.of("false-record"), beijing("2024-05-02T09:00:00"), "核查不实");
    assertThat(ledger.balance(LI_SHIRONG).value()).isEqualTo(10);
    Decision<LedgerEntry> floor = ledger.deduct(EntryId.of("d2"), LI_SHIRONG, RuleId.of("false-record"),
        beijing("2024-05-03T09:00:00"), "再次核查不实");
    assertThat(Decided.entry(floor).points().value()).isEqualTo(10);
    assertThat(ledger.balance(LI_SHIRONG).value()).isZero();
    ledger.award(volunteering("v2", "2024-05-04T09:00:00", 120), beijing("2024-05-04T18:00:00"));
    ledger.deduct(EntryId.of("d3"), LI_SHIRONG, RuleId.of("serious-violation"), beijing("2024-05-05T09:00:00"), "严重违规");
    assertThat(ledger.balance(LI_SHIRONG).value()).isZero();
    assertThat(ledger.totals(LI_SHIRONG).deducted().value()).isEqualTo(50 + 10 + 20);
    assertThat(ledger.entry(EntryId.of("d3")).orElseThrow().toString()).doesNotContain("严重违规")
        .contains("note=(4 characters)");
  }

  @Test
  @DisplayName("积分到次年年底过期，过期记为流水")
  void pointsExpireAtTheEndOfTheFollowingYear() {
    PointsLedger ledger = PointsLedger.open(RedStarPolicies.article(), CENTRE);
    ledger.award(volunteering("v-2023", "2023-12-30T09:00:00", 60), beijing("2023-12-31T23:00:00"));
    assertThat(ledger.balanceAt(LI_SHIRONG, beijing("2024-12-31T23:59:59.999999999")).value()).isEqualTo(10);
    assertThat(ledger.advanceTo(beijing("2025-01-01T00:00:00"))).singleElement().satisfies(e -> {
      assertThat(e.points().value()).isEqualTo(10);
      assertThat(e.reason()).isEqualTo("points awarded before 2025-01-01 expire: end of the following year");
    });
    assertThat(ledger.totals(LI_SHIRONG).expired().value()).isEqualTo(10);
  }
}
