package io.github.jiceng.governance.rules.article;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.clue.ClueCategory;
import io.github.jiceng.governance.model.clue.ClueId;
import io.github.jiceng.governance.model.clue.ClueRejection;
import io.github.jiceng.governance.model.clue.ClueSource;
import io.github.jiceng.governance.model.clue.Completion;
import io.github.jiceng.governance.model.clue.Evaluation;
import io.github.jiceng.governance.model.clue.Implementation;
import io.github.jiceng.governance.model.clue.IssueClue;
import io.github.jiceng.governance.model.clue.Priority;
import io.github.jiceng.governance.model.clue.RejectionReason;
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
import io.github.jiceng.governance.rules.clue.ClueOutcome;
import io.github.jiceng.governance.rules.clue.ClueRegister;
import io.github.jiceng.governance.rules.fund.FundBook;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The co-building fund of 蓝天街道 and the issue clues of its communities, as the article reports
 * them, built step by step through the public API: a fund launched on 2021-06-09; directed
 * donations of co-building units of a little over 3,000,000 yuan and 36,000 yuan from merchants,
 * civility pioneers, party members and residents; 66 clues on daily life, travel, fitness and
 * waste, screened, surveyed and decided; 16 directed projects, 12 completed and 4 started, whose
 * evaluations expect 22,100 residents to benefit; and 三救三扶三奖 payments each year.
 *
 * <p>Readings of the article this fixture makes, where it leaves room:
 *
 * <ul>
 *   <li>"驻地商铺、党员、居民共筹集资金3.6万元" counts every donation not from a co-building unit;
 *       civility pioneers (文明先锋) are residents, so their public-welfare donations count there.
 *   <li>"预计受益群众达22000余人" sums the expected beneficiaries of the directed projects completed
 *       or started ("已完成12个定向投项目，其他项目也相继开工"), one evaluation per project.
 *   <li>Every amount, date, id and split below is invented; only the totals the article states
 *       are its own.
 * </ul>
 *
 * <p>Steps are applied in time order; a step the rules refuse fails the fixture, so the fixture
 * is also a check that the rules accept the article's story.
 */
final class ArticleFundFixture {

  static final FundId FUND_ID = FundId.of("lantian-fund");
  static final Fund FUND = Fund.builder().id(FUND_ID).name("蓝天街道共建实践金").grid(GridId.of("lantian"))
      .launchedOn(LocalDate.of(2021, 6, 9)).build();

  static final PersonId CLERK = PersonId.of("p-lantian-clerk");
  static final PersonId TREASURER = PersonId.of("p-lantian-treasurer");
  static final List<PersonId> APPROVERS = List.of(
      PersonId.of("p-lantian-secretary"), PersonId.of("p-lantian-director"), PersonId.of("p-baiyun-secretary"));
  static final DisbursementPolicy POLICY = FundPolicies.streetDefault("lantian-fund@2021", APPROVERS);

  static final GridId LANTIAN = GridId.of("lantian");
  static final GridId BAIYUN = GridId.of("baiyun");
  static final GridId XUEMEILI = GridId.of("xuemeili");

  /** Where the story stands: the first instant of 2024 in China. */
  static final Instant AS_OF = local("2024-01-01T00:00");

  /** A directed project: the clue it came from, what it costs, whom it serves, whether it is done. */
  record DirectedProject(String id, String title, ClueCategory category, GridId grid, String costYuan, int beneficiaries,
      boolean completed) {

    ProjectId projectId() {
      return ProjectId.of(id);
    }
  }

  static final List<DirectedProject> DIRECTED_PROJECTS = List.of(
      new DirectedProject("xuemeili-square", "雪梅里废弃广场改造", ClueCategory.FITNESS, XUEMEILI, "420000", 3200, true),
      new DirectedProject("baiyun-playground", "党群服务中心儿童活动设施", ClueCategory.DAILY_LIFE, BAIYUN, "150000", 1800, true),
      new DirectedProject("xuemeili-lights", "小区道路照明", ClueCategory.TRAVEL, XUEMEILI, "90000", 1500, true),
      new DirectedProject("baiyun-bins", "垃圾分类亭", ClueCategory.WASTE, BAIYUN, "60000", 2100, true),
      new DirectedProject("lantian-fitness-path", "健身步道", ClueCategory.FITNESS, LANTIAN, "260000", 2400, true),
      new DirectedProject("baiyun-parking", "停车位划线扩容", ClueCategory.TRAVEL, BAIYUN, "120000", 1200, true),
      new DirectedProject("xuemeili-pavilion", "休闲凉亭", ClueCategory.DAILY_LIFE, XUEMEILI, "80000", 900, true),
      new DirectedProject("baiyun-ramp", "无障碍坡道", ClueCategory.TRAVEL, BAIYUN, "45000", 600, true),
      new DirectedProject("xuemeili-compost", "厨余垃圾处理点", ClueCategory.WASTE, XUEMEILI, "70000", 1100, true),
      new DirectedProject("baiyun-canteen", "老年助餐点", ClueCategory.DAILY_LIFE, BAIYUN, "200000", 800, true),
      new DirectedProject("lantian-court", "篮球场翻新", ClueCategory.FITNESS, LANTIAN, "180000", 1300, true),
      new DirectedProject("xuemeili-drainage", "雨水管网疏通", ClueCategory.DAILY_LIFE, XUEMEILI, "110000", 1400, true),
      new DirectedProject("baiyun-bus-shelter", "公交候车亭", ClueCategory.TRAVEL, BAIYUN, "95000", 1600, false),
      new DirectedProject("lantian-recycling", "可回收物驿站", ClueCategory.WASTE, LANTIAN, "85000", 1000, false),
      new DirectedProject("xuemeili-gym", "室外健身器材", ClueCategory.FITNESS, XUEMEILI, "65000", 700, false),
      new DirectedProject("baiyun-drying", "便民晾晒区", ClueCategory.DAILY_LIFE, BAIYUN, "40000", 500, false));

  /** The co-building units' directed donations, in yuan; the first unit earmarks 420,000 for the square. */
  static final List<String> UNIT_DONATIONS = List.of("80000", "400000", "300000", "300000", "250000", "200000", "200000",
      "180000", "150000", "150000", "120000", "100000", "100000", "80000", "81600");
  static final Money SQUARE_EARMARK = Money.ofYuan("420000");

  private final List<Step> steps = new ArrayList<>();
  private FundBook book = FundBook.open(FUND, POLICY);
  private ClueRegister clues = ClueRegister.empty();
  private int entries;
  private int requests;

  private ArticleFundFixture() {}

  /** Builds the fixture; every step must be accepted by the rules. */
  static ArticleFundFixture build() {
    ArticleFundFixture f = new ArticleFundFixture();
    f.donations();
    f.collectClues();
    f.directedProjects();
    f.reliefSupportAndAwards();
    f.run();
    return f;
  }

  FundBook book() {
    return book;
  }

  ClueRegister clues() {
    return clues;
  }

  // ---------------------------------------------------------------- donations

  private void donations() {
    Instant launch = local("2021-06-09T10:00");
    Donation square = donation(launch, DonationChannel.DIRECTED, OrganizationId.of("unit-01"), SQUARE_EARMARK,
        Optional.of(Earmark.forProject(ProjectId.of("xuemeili-square"))));
    fund(launch, b -> b.donate(square));
    for (int i = 0; i < UNIT_DONATIONS.size(); i++) {
      Instant at = launch.plusSeconds(60L * (i + 1)).plusSeconds(i < 8 ? 0 : 86_400L * 7 * (i - 7));
      OrganizationId unit = OrganizationId.of(String.format("unit-%02d", i + 1));
      Optional<Earmark> earmark = i % 4 == 3 ? Optional.of(Earmark.forCategory(OutflowCategory.DIRECTED_PROJECT)) : Optional.empty();
      Money amount = Money.ofYuan(UNIT_DONATIONS.get(i));
      Donation d = donation(at, DonationChannel.DIRECTED, unit, amount, earmark);
      fund(at, b -> b.donate(d));
    }
    // 36,000 yuan from the others: 12,000 + 4,000 + 12,000 + 8,000
    others(DonationChannel.CHARITY, "m", 12, "1000", local("2021-06-09T11:00"));
    others(DonationChannel.PUBLIC_WELFARE, "cp", 8, "500", local("2021-06-20T09:00"));
    others(DonationChannel.LEAD, "pm", 60, "200", local("2021-07-01T09:00"));
    others(DonationChannel.MUTUAL_AID, "res", 160, "50", local("2021-07-15T09:00"));
  }

  private void others(DonationChannel channel, String prefix, int count, String yuan, Instant from) {
    for (int i = 0; i < count; i++) {
      Instant at = from.plusSeconds(3_600L * i);
      // merchants 1-3 give for outstanding students; the rest is unrestricted
      Optional<Earmark> earmark = channel == DonationChannel.CHARITY && i < 3
          ? Optional.of(Earmark.forCategory(OutflowCategory.OUTSTANDING_STUDENTS)) : Optional.empty();
      Optional<ActorId> donor = channel == DonationChannel.CHARITY
          ? Optional.of(OrganizationId.of(String.format("%s-%03d", prefix, i + 1)))
          : Optional.of(PersonId.of(String.format("%s-%03d", prefix, i + 1)));
      Donation d = Donation.builder().id(EntryId.of("don-" + String.format("%04d", entries++))).fund(FUND_ID)
          .at(at).channel(channel).donorKind(channel.donorKind()).donor(donor).amount(Money.ofYuan(yuan)).earmark(earmark)
          .build();
      fund(at, b -> b.donate(d));
    }
  }

  private Donation donation(Instant at, DonationChannel channel, OrganizationId donor, Money amount, Optional<Earmark> earmark) {
    return Donation.builder().id(EntryId.of("don-" + String.format("%04d", entries++))).fund(FUND_ID).at(at).channel(channel)
        .donorKind(channel.donorKind()).donor(donor).amount(amount).earmark(earmark).build();
  }

  // ---------------------------------------------------------------- clues

  private static final ClueCategory[] CATEGORIES = {ClueCategory.DAILY_LIFE, ClueCategory.TRAVEL, ClueCategory.FITNESS,
      ClueCategory.WASTE};
  private static final GridId[] GRIDS = {XUEMEILI, BAIYUN, LANTIAN};

  private int clueCount;

  private ClueId collect(ClueCategory category, GridId grid, Instant at, @Nullable String topic, String summary) {
    ClueId id = ClueId.of(String.format("clue-%03d", ++clueCount));
    IssueClue c = IssueClue.builder().id(id).category(category).grid(grid).reportedAt(at)
        .source(clueCount % 5 == 0 ? ClueSource.DEPUTY : ClueSource.CAMPAIGN).summary(summary).topic(Optional.ofNullable(topic)).build();
    clue(at, r -> r.collect(c));
    return id;
  }

  private void collectClues() {
    Instant collecting = local("2021-06-10T09:00");
    Instant screening = local("2021-09-01T09:00");
    Instant survey = local("2021-10-08T09:00");
    Instant deciding = local("2021-11-15T09:00");
    int n = 0;
    // 16 clues that become directed projects, with 10 duplicates reported about four of them
    int[] duplicatesOf = {4, 2, 2, 2};
    for (int p = 0; p < DIRECTED_PROJECTS.size(); p++) {
      DirectedProject dp = DIRECTED_PROJECTS.get(p);
      ClueId primary = collect(dp.category(), dp.grid(), collecting.plusSeconds(3_600L * n++), dp.id(), "居民反映：" + dp.title());
      clue(screening.plusSeconds(60), r -> r.screen(primary, screening.plusSeconds(60)));
      for (int d = 0; p < duplicatesOf.length && d < duplicatesOf[p]; d++) {
        ClueId dup = collect(dp.category(), dp.grid(), collecting.plusSeconds(3_600L * n++), dp.id(), "又有居民反映：" + dp.title());
        clue(screening.plusSeconds(120), r -> r.merge(dup, primary, screening.plusSeconds(120)));
      }
      Evaluation e = new Evaluation(survey.plusSeconds(p), Money.ofYuan(dp.costYuan()), dp.beneficiaries(),
          p < 4 ? Priority.HIGH : Priority.NORMAL);
      clue(e.at(), r -> r.evaluate(primary, e));
      Instant decided = deciding.plusSeconds(p);
      clue(decided, r -> r.decide(primary, Implementation.fundDirected(dp.projectId(), decided)));
    }
    // 14 claimed by co-building units, 18 passed to the service chain
    for (int k = 0; k < 32; k++) {
      ClueCategory category = CATEGORIES[k % 4];
      ClueId id = collect(category, GRIDS[k % 3], collecting.plusSeconds(3_600L * n++), null, "居民反映的" + category + "问题");
      Instant screened = screening.plusSeconds(200 + k);
      clue(screened, r -> r.screen(id, screened));
      Evaluation e = new Evaluation(survey.plusSeconds(100 + k), Money.ofYuan(String.valueOf(5000 + 1000 * k)), 50 + 10 * k,
          Priority.NORMAL);
      clue(e.at(), r -> r.evaluate(id, e));
      Instant decided = deciding.plusSeconds(100 + k);
      ProjectId project = ProjectId.of(String.format("lantian-%s-%02d", k < 14 ? "claim" : "chain", k));
      Implementation how = k < 14
          ? Implementation.claimedBy(OrganizationId.of(String.format("unit-%02d", 1 + k % 15)), project, decided)
          : Implementation.serviceChain(project, decided);
      clue(decided, r -> r.decide(id, how));
    }
    // 6 rejected at screening, 2 after the survey
    for (int k = 0; k < 8; k++) {
      ClueCategory category = CATEGORIES[(k + 1) % 4];
      ClueId id = collect(category, GRIDS[k % 3], collecting.plusSeconds(3_600L * n++), null, "居民反映的" + category + "问题");
      Instant at = screening.plusSeconds(400 + k);
      if (k < 6) {
        ClueRejection why = k < 4
            ? new ClueRejection(RejectionReason.OUT_OF_REMIT, "不属于街道事权，已转交主管部门", at)
            : new ClueRejection(RejectionReason.ALREADY_RESOLVED, "已由物业解决", at);
        clue(at, r -> r.reject(id, why));
      } else {
        clue(at, r -> r.screen(id, at));
        Evaluation e = new Evaluation(survey.plusSeconds(400 + k), Money.ofYuan("1500000"), 60, Priority.LOW);
        clue(e.at(), r -> r.evaluate(id, e));
        Instant rejected = survey.plusSeconds(500 + k);
        clue(rejected, r -> r.reject(id, new ClueRejection(RejectionReason.UNFEASIBLE, "造价过高、受益面小，暂缓实施", rejected)));
      }
    }
  }

  // ---------------------------------------------------------------- directed projects

  private void directedProjects() {
    Instant firstStart = local("2022-03-15T09:00");
    for (int p = 0; p < DIRECTED_PROJECTS.size(); p++) {
      DirectedProject dp = DIRECTED_PROJECTS.get(p);
      Instant start = dp.completed() ? firstStart.plusSeconds(86_400L * 30 * p) : local("2023-09-01T09:00").plusSeconds(86_400L * p);
      Money cost = Money.ofYuan(dp.costYuan());
      boolean twoParts = cost.compareTo(Money.ofYuan("150000")) >= 0 || !dp.completed();
      List<Money> parts = twoParts ? cost.allocate(60, 40) : List.of(cost);
      clueStep(start, dp, (r, id) -> r.start(id, start));
      pay(start, dp, parts.get(0), "");
      if (dp.completed()) {
        Instant done = start.plusSeconds(86_400L * 25);
        if (twoParts) {
          pay(done, dp, parts.get(1), "（尾款）");
        }
        clueStep(done, dp, (r, id) -> r.complete(id, new Completion(done, dp.beneficiaries())));
      }
    }
  }

  private void pay(Instant at, DirectedProject dp, Money amount, String part) {
    DisbursementRequest.Builder r = DisbursementRequest.builder().fund(FUND_ID).category(OutflowCategory.DIRECTED_PROJECT)
        .project(dp.projectId()).recipient(OrganizationId.of("contractor-" + dp.id())).beneficiaries(dp.beneficiaries())
        .amount(amount).requestedBy(CLERK).requestedAt(at).purpose(dp.title() + part);
    request(at, r);
  }

  private void request(Instant at, DisbursementRequest.Builder r) {
    RequestId id = RequestId.of(String.format("req-%04d", ++requests));
    DisbursementRequest request = r.id(id).build();
    fund(at, b -> b.request(request));
    int needed = POLICY.approvalsRequired(request.amount());
    for (int i = 0; i < needed; i++) {
      Instant approved = at.plusSeconds(3_600L * (i + 1));
      PersonId approver = APPROVERS.get(i);
      fund(approved, b -> b.approve(id, approver, approved));
    }
    Instant paid = at.plusSeconds(86_400L);
    EntryId entry = EntryId.of(String.format("pay-%04d", requests));
    fund(paid, b -> b.pay(id, entry, TREASURER, paid));
  }

  // ---------------------------------------------------------------- 三救三扶三奖

  private void reliefSupportAndAwards() {
    for (int year = 2021; year <= 2023; year++) {
      int y = year;
      // awards: outstanding students in August, new recruits in September, role models at year end
      for (int i = 0; i < 6; i++) {
        award(local(y + "-08-20T10:00").plusSeconds(600L * i), OutflowCategory.OUTSTANDING_STUDENTS, "s-" + y + "-" + i, "2000",
            y + "年优秀学子奖励");
      }
      for (int i = 0; i < 3; i++) {
        award(local(y + "-09-10T10:00").plusSeconds(600L * i), OutflowCategory.NEW_RECRUITS, "r-" + y + "-" + i, "2000",
            y + "年入伍新兵奖励");
      }
      for (int i = 0; i < 2; i++) {
        award(local(y + "-12-20T10:00").plusSeconds(600L * i), OutflowCategory.ROLE_MODELS, "m-" + y + "-" + i, "1000",
            y + "年最美典型奖励");
      }
      // relief through the year, support for the elderly at the Double Ninth festival
      for (int i = 0; i < 4; i++) {
        award(local(y + "-10-20T10:00").plusSeconds(86_400L * i), OutflowCategory.EMERGENCY, "e-" + y + "-" + i, "3000",
            "救急");
      }
      for (int i = 0; i < 2; i++) {
        award(local(y + "-11-05T10:00").plusSeconds(86_400L * i), OutflowCategory.HARDSHIP, "h-" + y + "-" + i, "8000", "救难");
      }
      for (int i = 0; i < 3; i++) {
        award(local(y + "-11-15T10:00").plusSeconds(86_400L * i), OutflowCategory.POVERTY, "v-" + y + "-" + i, "2000", "救困");
      }
      for (int i = 0; i < 10; i++) {
        award(local(y + "-10-14T10:00").plusSeconds(600L * i), OutflowCategory.ELDERLY, "o-" + i, "500", "重阳节扶老慰问");
      }
      for (int i = 0; i < 2; i++) {
        award(local(y + "-12-01T10:00").plusSeconds(600L * i), OutflowCategory.ORPHANS, "c-" + i, "3000", "扶孤助学");
      }
      Instant welfare = local(y + "-12-10T10:00");
      request(welfare, DisbursementRequest.builder().fund(FUND_ID).category(OutflowCategory.PUBLIC_WELFARE)
          .recipient(OrganizationId.of("org-volunteer-team")).beneficiaries(300).amount(Money.ofYuan("20000"))
          .requestedBy(CLERK).requestedAt(welfare).purpose(y + "年志愿服务公益项目"));
    }
  }

  private void award(Instant at, OutflowCategory category, String recipient, String yuan, String purpose) {
    request(at, DisbursementRequest.builder().fund(FUND_ID).category(category).recipient(PersonId.of("res-" + recipient))
        .amount(Money.ofYuan(yuan)).requestedBy(CLERK).requestedAt(at).purpose(purpose));
  }

  // ---------------------------------------------------------------- running the steps in time order

  private interface ClueStep {
    ClueOutcome apply(ClueRegister r, ClueId id);
  }

  private record Step(Instant at, int order, Runnable action) {}

  private void fund(Instant at, Function<FundBook, FundBook.Step> action) {
    steps.add(new Step(at, steps.size(), () -> {
      FundBook.Step o = action.apply(book);
      if (o.decision().isRefused()) {
        throw new IllegalStateException("the article's fund refused a step at " + at + ": " + o);
      }
      book = o.book();
    }));
  }

  private void clue(Instant at, Function<ClueRegister, ClueOutcome> action) {
    steps.add(new Step(at, steps.size(), () -> {
      ClueOutcome o = action.apply(clues);
      if (!(o instanceof ClueOutcome.Changed)) {
        throw new IllegalStateException("the article's clues refused a step at " + at + ": " + o);
      }
      clues = o.register();
    }));
  }

  private void clueStep(Instant at, DirectedProject dp, ClueStep step) {
    clue(at, r -> step.apply(r, r.byProject(dp.projectId()).orElseThrow().id()));
  }

  private void run() {
    steps.sort(Comparator.comparing(Step::at).thenComparingInt(Step::order));
    for (Step s : steps) {
      s.action().run();
    }
  }

  static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(Fund.CHINA).toInstant();
  }
}
