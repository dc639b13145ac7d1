package io.github.jiceng.governance.testkit;

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
import io.github.jiceng.governance.model.fund.LedgerEntry;
import io.github.jiceng.governance.model.fund.OutflowCategory;
import io.github.jiceng.governance.model.fund.RequestId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.rules.clue.ClueCommand;
import io.github.jiceng.governance.rules.clue.ClueEvent;
import io.github.jiceng.governance.rules.clue.ClueRegister;
import io.github.jiceng.governance.rules.clue.ClueRules;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.fund.FundBook;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import io.github.jiceng.governance.model.fund.Pledge;
import io.github.jiceng.governance.model.fund.PledgeId;
import io.github.jiceng.governance.rules.fund.PledgeStanding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The article's co-building fund of 蓝天街道 (共建实践金) and the issue clues of its communities,
 * built step by step through the public rules; obtain it from {@link ArticleFixtures#lantianFund()}.
 * The SDK's own tests derive the article's figures from it and the seed scenario's fund and clues
 * are it: a fund launched on
 * 2021-06-09; directed donations of co-building units of 3,111,600 yuan and 36,000 yuan from
 * merchants, civility pioneers, party members and residents; 66 clues on daily life, travel,
 * fitness and waste, screened, surveyed and decided; 16 directed projects, 12 completed and 4
 * started, whose evaluations expect 22,100 residents to benefit; and 三救三扶三奖 payments each
 * year.
 *
 * <p>Readings of the article, where it leaves room:
 *
 * <ul>
 *   <li>"驻地商铺、党员、居民共筹集资金3.6万元" counts every donation not from a co-building unit;
 *       civility pioneers (文明先锋) are residents, so their public-welfare donations count there.
 *   <li>"预计受益群众达22000余人" sums the expected beneficiaries of the directed projects completed
 *       or started ("已完成12个定向投项目，其他项目也相继开工"), one evaluation per project.
 *   <li>"通过共建单位、驻地商铺、文明先锋、党员干部、居民群众认领的方式，筹集资金" and the photo of the
 *       pledge event (“共建实践金”认领现场): the co-building units pledge (认领) at the launch on
 *       2021-06-09 and pay their pledges in the directed donations that follow, each naming its
 *       pledge; {@code unit-01} pays its pledge in two donations (the square's earmark and the
 *       rest), and {@code unit-15} has paid 81,600 of the 100,000 yuan it pledged, so 18,400 yuan
 *       stay outstanding: promised, not money, and counted in no figure. The smaller gifts of the
 *       others are given without a pledge.
 *   <li>Every amount, date, id and split below is invented; only the totals the article states
 *       are its own.
 * </ul>
 *
 * <p>Steps are applied in time order; a step the rules refuse fails the build of the fixture, so
 * the fixture is also a check that the rules accept the article's story. The same cast gives an
 * equal fixture every time.
 */
public final class LantianFund {

  /** The fund's id. */
  public static final FundId FUND_ID = FundId.of("lantian-fund");
  /** The fund, launched on 2021-06-09 in 蓝天街道. */
  public static final Fund FUND = Fund.builder().id(FUND_ID).name("蓝天街道共建实践金").grid(GridId.of("lantian"))
      .launchedOn(LocalDate.of(2021, 6, 9)).build();

  /** The clerk who raises every request. */
  public static final PersonId CLERK = PersonId.of("p-lantian-clerk");
  /** The treasurer who pays. */
  public static final PersonId TREASURER = PersonId.of("p-lantian-treasurer");
  /** The approvers, in the order they approve: the street's secretary and director, 白云社区's secretary. */
  public static final List<PersonId> APPROVERS = List.of(
      PersonId.of("p-lantian-secretary"), PersonId.of("p-lantian-director"), PersonId.of("p-baiyun-secretary"));
  /** The street's default disbursement policy with the three approvers. */
  public static final DisbursementPolicy POLICY = FundPolicies.streetDefault("lantian-fund@2021", APPROVERS);

  /** 蓝天街道, the street. */
  public static final GridId LANTIAN = GridId.of("lantian");
  /** 白云社区, a community of the street. */
  public static final GridId BAIYUN = GridId.of("baiyun");
  /** 雪梅里, a compound of 白云社区. */
  public static final GridId XUEMEILI = GridId.of("xuemeili");

  /** Where the story stands: the first instant of 2024 in China. */
  public static final Instant AS_OF = local("2024-01-01T00:00");

  /** The co-building units that give: {@code R} resident or {@code P} paired, credit-code prefix, name. */
  public static final List<String> UNIT_NAMES = List.of("R91:某煤业公司", "R91:某电力公司", "R91:某热力公司", "R91:某燃气公司蓝天营业部",
      "R91:某通信公司", "R91:某银行蓝天支行", "R91:某保险公司", "R12:某医院", "R12:某中学蓝天校区", "R12:某小学",
      "P11:某税务局", "P11:某市场监督管理局", "R91:某物业公司", "P91:某能源集团蓝天分公司", "P91:某交通运输公司");

  /** What the merchants sell. */
  public static final List<String> MERCHANT_NAMES = List.of("某便利店", "某超市", "某餐馆", "某药店", "某理发店", "某水果店");

  /** Merchants who give, {@code m-001} to {@code m-012}. */
  public static final int MERCHANTS = 12;
  /** Civility pioneers (文明先锋) who give, {@code cp-001} to {@code cp-008}. */
  public static final int CIVILITY_PIONEERS = 8;
  /** Party members who give, {@code pm-001} to {@code pm-060}. */
  public static final int PARTY_MEMBER_DONORS = 60;
  /** Residents who give, {@code res-001} to {@code res-160}. */
  public static final int RESIDENT_DONORS = 160;
  /** Contractors a cast names for the directed projects. */
  public static final int CONTRACTORS = 4;

  /**
   * The organizations of a roster whom the fund's payments name beside its fixed donors: the
   * contractors of the directed projects (in turn, project by project) and the volunteer team
   * its public-welfare projects pay.
   *
   * @param contractors the contractors, at least one
   * @param team the volunteer team
   */
  public record Cast(List<OrganizationId> contractors, OrganizationId team) {

    /**
     * Checks the parts and copies the list.
     *
     * @param contractors the contractors, at least one
     * @param team the volunteer team
     */
    public Cast {
      contractors = List.copyOf(contractors);
      Objects.requireNonNull(team, "team");
      if (contractors.isEmpty()) {
        throw new IllegalArgumentException("a cast names at least one contractor");
      }
    }

    /**
     * The cast of the seed scenario: {@code contractor-01} to {@code contractor-04} and
     * {@code baiyun-team}.
     *
     * @return the cast
     */
    public static Cast seed() {
      List<OrganizationId> contractors = new ArrayList<>();
      for (int k = 1; k <= CONTRACTORS; k++) {
        contractors.add(OrganizationId.of(String.format(Locale.ROOT, "contractor-%02d", k)));
      }
      return new Cast(contractors, OrganizationId.of("baiyun-team"));
    }
  }

  /**
   * A directed project: the clue it came from, what it costs, whom it serves, whether it is done.
   *
   * @param id the project's id, also the topic of its clues
   * @param title its title
   * @param category its clues' category
   * @param grid where it is
   * @param costYuan what it costs, in yuan
   * @param beneficiaries the residents its evaluation expects to benefit
   * @param completed whether it was completed by {@link #AS_OF}, else started
   */
  public record DirectedProject(String id, String title, ClueCategory category, GridId grid, String costYuan,
      int beneficiaries, boolean completed) {

    /**
     * Returns the project's id as a {@link ProjectId}.
     *
     * @return the id
     */
    public ProjectId projectId() {
      return ProjectId.of(id);
    }
  }

  /** The 16 directed projects, 12 completed and 4 started. */
  public static final List<DirectedProject> DIRECTED_PROJECTS = List.of(
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
  public static final List<String> UNIT_DONATIONS = List.of("80000", "400000", "300000", "300000", "250000", "200000", "200000",
      "180000", "150000", "150000", "120000", "100000", "100000", "80000", "81600");
  /** What the first unit earmarks for 雪梅里's square. */
  public static final Money SQUARE_EARMARK = Money.ofYuan("420000");
  /** What the last unit pledged; it has paid {@code UNIT_DONATIONS}' last amount of it. */
  public static final Money LAST_UNIT_PLEDGE = Money.ofYuan("100000");


  private static final Map<ClueCategory, String> LABELS = Map.of(ClueCategory.DAILY_LIFE, "生活", ClueCategory.TRAVEL, "出行",
      ClueCategory.FITNESS, "健身", ClueCategory.WASTE, "垃圾处理");

  private static String label(ClueCategory category) {
    return LABELS.get(category);
  }

  /**
   * The birth date of a recipient whose help depends on age, or empty: students and new recruits
   * are young adults in the year of their award, orphans children, the elderly over 70.
   *
   * @param recipient a suffix of {@link #recipients()}
   * @param k its position there, to spread the days
   * @return the birth date, or empty
   */
  public static Optional<LocalDate> bornOf(String recipient, int k) {
    String kind = recipient.substring(0, recipient.indexOf('-'));
    int awarded = recipient.length() > 6 ? Integer.parseInt(recipient.substring(2, 6)) : 2023;
    return switch (kind) {
      case "s", "r" -> Optional.of(LocalDate.of(awarded - 19, 1, 1).plusDays(17L * k % 365));
      case "c" -> Optional.of(LocalDate.of(2011, 3, 1).plusDays(97L * k % 365));
      case "o" -> Optional.of(LocalDate.of(1938, 1, 1).plusDays(211L * k % 3650));
      default -> Optional.empty();
    };
  }

  /**
   * The recipients of relief, support and awards, as {@code res-} suffixes, in the order they are
   * first paid.
   *
   * @return the suffixes
   */
  public static List<String> recipients() {
    List<String> out = new ArrayList<>();
    for (int year = 2021; year <= 2023; year++) {
      for (String[] kind : new String[][] {{"s", "6"}, {"r", "3"}, {"m", "2"}, {"e", "4"}, {"h", "2"}, {"v", "3"}}) {
        for (int i = 0; i < Integer.parseInt(kind[1]); i++) {
          out.add(kind[0] + "-" + year + "-" + i);
        }
      }
    }
    for (int i = 0; i < 10; i++) {
      out.add("o-" + i);
    }
    for (int i = 0; i < 2; i++) {
      out.add("c-" + i);
    }
    return List.copyOf(out);
  }

  private final List<Step> steps = new ArrayList<>();
  private FundBook book = FundBook.open(FUND, POLICY);
  private final Cast cast;
  private ClueRegister clues = ClueRegister.empty();
  private int entries;
  private int requests;

  private LantianFund(Cast cast) {
    this.cast = cast;
  }

  /**
   * Builds the fund's story with a cast; every step must be accepted by the rules.
   *
   * @param cast the contractors and team the payments name
   * @return the fixture
   * @throws IllegalStateException if the rules refuse a step of the story
   */
  static LantianFund build(Cast cast) {
    LantianFund f = new LantianFund(cast);
    f.donations();
    f.collectClues();
    f.directedProjects();
    f.reliefSupportAndAwards();
    f.run();
    return f;
  }

  /**
   * Returns the fund's book at the end of the story.
   *
   * @return the book
   */
  public FundBook book() {
    return book;
  }

  /**
   * Returns the fund's ledger as a scenario's fund entries take it, in booking order: the money
   * only, each donation without the pledge it pays (the scenario file has no pledges to name;
   * {@link #book()} has them and {@link #pledges()} lists them). The amounts, instants and ids are
   * the ledger's own.
   *
   * @return the entries
   */
  public List<LedgerEntry> entries() {
    List<LedgerEntry> out = new ArrayList<>();
    for (LedgerEntry e : book.ledger().entries()) {
      out.add(e instanceof Donation d && d.pledge().isPresent()
          ? Donation.builder().id(d.id()).fund(d.fund()).at(d.at()).channel(d.channel()).donorKind(d.donorKind())
              .donor(d.donor()).amount(d.amount()).earmark(d.earmark()).receipt(d.receipt()).build() : e);
    }
    return List.copyOf(out);
  }

  /**
   * Returns the co-building units' pledges at the end of the story, with what each has paid.
   *
   * @return the pledges, by pledge id
   */
  public List<PledgeStanding> pledges() {
    return book.pledges();
  }

  /**
   * Returns the register of the communities' issue clues at the end of the story.
   *
   * @return the register
   */
  public ClueRegister clues() {
    return clues;
  }

  // ---------------------------------------------------------------- donations

  private void donations() {
    Instant launch = local("2021-06-09T10:00");
    Instant pledging = local("2021-06-09T09:30");
    for (int i = 0; i < UNIT_DONATIONS.size(); i++) {
      Money amount = Money.ofYuan(UNIT_DONATIONS.get(i));
      if (i == 0) {
        amount = amount.plus(SQUARE_EARMARK);
      } else if (i == UNIT_DONATIONS.size() - 1) {
        amount = LAST_UNIT_PLEDGE;
      }
      Pledge p = Pledge.builder().id(pledgeOf(i)).fund(FUND_ID).at(pledging.plusSeconds(60L * i))
          .channel(DonationChannel.DIRECTED).donorKind(DonationChannel.DIRECTED.donorKind()).donor(unitOf(i))
          .amount(amount).dueOn(LocalDate.of(2021, 12, 31)).build();
      fund(p.at(), b -> b.pledge(p));
    }
    Donation square = donation(launch, DonationChannel.DIRECTED, unitOf(0), SQUARE_EARMARK,
        Optional.of(Earmark.forProject(ProjectId.of("xuemeili-square"))), Optional.of(pledgeOf(0)));
    fund(launch, b -> b.donate(square));
    for (int i = 0; i < UNIT_DONATIONS.size(); i++) {
      Instant at = launch.plusSeconds(60L * (i + 1)).plusSeconds(i < 8 ? 0 : 86_400L * 7 * (i - 7));
      Optional<Earmark> earmark = i % 4 == 3 ? Optional.of(Earmark.forCategory(OutflowCategory.DIRECTED_PROJECT)) : Optional.empty();
      Money amount = Money.ofYuan(UNIT_DONATIONS.get(i));
      Donation d = donation(at, DonationChannel.DIRECTED, unitOf(i), amount, earmark, Optional.of(pledgeOf(i)));
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
          ? Optional.of(OrganizationId.of(String.format(Locale.ROOT, "%s-%03d", prefix, i + 1)))
          : Optional.of(PersonId.of(String.format(Locale.ROOT, "%s-%03d", prefix, i + 1)));
      Donation d = Donation.builder().id(EntryId.of("don-" + String.format(Locale.ROOT, "%04d", entries++))).fund(FUND_ID)
          .at(at).channel(channel).donorKind(channel.donorKind()).donor(donor).amount(Money.ofYuan(yuan)).earmark(earmark)
          .build();
      fund(at, b -> b.donate(d));
    }
  }

  private Donation donation(Instant at, DonationChannel channel, OrganizationId donor, Money amount, Optional<Earmark> earmark,
      Optional<PledgeId> pledge) {
    return Donation.builder().id(EntryId.of("don-" + String.format(Locale.ROOT, "%04d", entries++))).fund(FUND_ID).at(at).channel(channel)
        .donorKind(channel.donorKind()).donor(donor).amount(amount).earmark(earmark).pledge(pledge).build();
  }

  private static OrganizationId unitOf(int i) {
    return OrganizationId.of(String.format(Locale.ROOT, "unit-%02d", i + 1));
  }

  private static PledgeId pledgeOf(int i) {
    return PledgeId.of(String.format(Locale.ROOT, "pledge-unit-%02d", i + 1));
  }

  // ---------------------------------------------------------------- clues

  private static final ClueCategory[] CATEGORIES = {ClueCategory.DAILY_LIFE, ClueCategory.TRAVEL, ClueCategory.FITNESS,
      ClueCategory.WASTE};
  private static final GridId[] GRIDS = {XUEMEILI, BAIYUN, LANTIAN};

  private int clueCount;

  private ClueId collect(ClueCategory category, GridId grid, Instant at, @Nullable String topic, String summary) {
    ClueId id = ClueId.of(String.format(Locale.ROOT, "clue-%03d", ++clueCount));
    IssueClue c = IssueClue.builder().id(id).category(category).grid(grid).reportedAt(at)
        .source(clueCount % 5 == 0 ? ClueSource.DEPUTY : ClueSource.CAMPAIGN).summary(summary).topic(Optional.ofNullable(topic)).build();
    clue(at, r -> new ClueCommand.Collect(c));
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
      clue(screening.plusSeconds(60), r -> new ClueCommand.Screen(primary, screening.plusSeconds(60)));
      for (int d = 0; p < duplicatesOf.length && d < duplicatesOf[p]; d++) {
        ClueId dup = collect(dp.category(), dp.grid(), collecting.plusSeconds(3_600L * n++), dp.id(), "又有居民反映：" + dp.title());
        clue(screening.plusSeconds(120), r -> new ClueCommand.Merge(dup, primary, screening.plusSeconds(120)));
      }
      Evaluation e = new Evaluation(survey.plusSeconds(p), Money.ofYuan(dp.costYuan()), dp.beneficiaries(),
          p < 4 ? Priority.HIGH : Priority.NORMAL);
      clue(e.at(), r -> new ClueCommand.Evaluate(primary, e));
      Instant decided = deciding.plusSeconds(p);
      clue(decided, r -> new ClueCommand.Decide(primary, Implementation.fundDirected(dp.projectId(), decided)));
    }
    // 14 claimed by co-building units, 18 passed to the service chain
    for (int k = 0; k < 32; k++) {
      ClueCategory category = CATEGORIES[k % 4];
      ClueId id = collect(category, GRIDS[k % 3], collecting.plusSeconds(3_600L * n++), null, "居民反映的" + label(category) + "问题");
      Instant screened = screening.plusSeconds(200 + k);
      clue(screened, r -> new ClueCommand.Screen(id, screened));
      Evaluation e = new Evaluation(survey.plusSeconds(100 + k), Money.ofYuan(String.valueOf(5000 + 1000 * k)), 50 + 10 * k,
          Priority.NORMAL);
      clue(e.at(), r -> new ClueCommand.Evaluate(id, e));
      Instant decided = deciding.plusSeconds(100 + k);
      ProjectId project = ProjectId.of(String.format(Locale.ROOT, "lantian-%s-%02d", k < 14 ? "claim" : "chain", k));
      Implementation how = k < 14
          ? Implementation.claimedBy(OrganizationId.of(String.format(Locale.ROOT, "unit-%02d", 1 + k % 15)), project, decided)
          : Implementation.serviceChain(project, decided);
      clue(decided, r -> new ClueCommand.Decide(id, how));
    }
    // 6 rejected at screening, 2 after the survey
    for (int k = 0; k < 8; k++) {
      ClueCategory category = CATEGORIES[(k + 1) % 4];
      ClueId id = collect(category, GRIDS[k % 3], collecting.plusSeconds(3_600L * n++), null, "居民反映的" + label(category) + "问题");
      Instant at = screening.plusSeconds(400 + k);
      if (k < 6) {
        ClueRejection why = k < 4
            ? new ClueRejection(RejectionReason.OUT_OF_REMIT, "不属于街道事权，已转交主管部门", at)
            : new ClueRejection(RejectionReason.ALREADY_RESOLVED, "已由物业解决", at);
        clue(at, r -> new ClueCommand.Reject(id, why));
      } else {
        clue(at, r -> new ClueCommand.Screen(id, at));
        Evaluation e = new Evaluation(survey.plusSeconds(400 + k), Money.ofYuan("1500000"), 60, Priority.LOW);
        clue(e.at(), r -> new ClueCommand.Evaluate(id, e));
        Instant rejected = survey.plusSeconds(500 + k);
        clue(rejected, r -> new ClueCommand.Reject(id, new ClueRejection(RejectionReason.UNFEASIBLE, "造价过高、受益面小，暂缓实施", rejected)));
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
      clueStep(start, dp, (r, id) -> new ClueCommand.Start(id, start));
      pay(start, dp, parts.get(0), "");
      if (dp.completed()) {
        Instant done = start.plusSeconds(86_400L * 25);
        if (twoParts) {
          pay(done, dp, parts.get(1), "（尾款）");
        }
        clueStep(done, dp, (r, id) -> new ClueCommand.Complete(id, new Completion(done, dp.beneficiaries())));
      }
    }
  }

  private void pay(Instant at, DirectedProject dp, Money amount, String part) {
    DisbursementRequest.Builder r = DisbursementRequest.builder().fund(FUND_ID).category(OutflowCategory.DIRECTED_PROJECT)
        .project(dp.projectId()).recipient(cast.contractors().get(DIRECTED_PROJECTS.indexOf(dp) % cast.contractors().size())).beneficiaries(dp.beneficiaries())
        .amount(amount).requestedBy(CLERK).requestedAt(at).purpose(dp.title() + part);
    request(at, r);
  }

  private void request(Instant at, DisbursementRequest.Builder r) {
    RequestId id = RequestId.of(String.format(Locale.ROOT, "req-%04d", ++requests));
    DisbursementRequest request = r.id(id).build();
    fund(at, b -> b.request(request));
    int needed = POLICY.approvalsRequired(request.amount());
    for (int i = 0; i < needed; i++) {
      Instant approved = at.plusSeconds(3_600L * (i + 1));
      PersonId approver = APPROVERS.get(i);
      fund(approved, b -> b.approve(id, approver, approved));
    }
    Instant paid = at.plusSeconds(86_400L);
    EntryId entry = EntryId.of(String.format(Locale.ROOT, "pay-%04d", requests));
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
          .recipient(cast.team()).beneficiaries(300).amount(Money.ofYuan("20000"))
          .requestedBy(CLERK).requestedAt(welfare).purpose(y + "年志愿服务公益项目"));
    }
  }

  private void award(Instant at, OutflowCategory category, String recipient, String yuan, String purpose) {
    request(at, DisbursementRequest.builder().fund(FUND_ID).category(category).recipient(PersonId.of("res-" + recipient))
        .amount(Money.ofYuan(yuan)).requestedBy(CLERK).requestedAt(at).purpose(purpose));
  }

  // ---------------------------------------------------------------- running the steps in time order

  private interface ClueStep {
    ClueCommand apply(ClueRegister r, ClueId id);
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

  private void clue(Instant at, Function<ClueRegister, ClueCommand> action) {
    steps.add(new Step(at, steps.size(), () -> {
      Decision<ClueEvent> d = ClueRules.decider().decide(action.apply(clues), clues);
      if (!(d instanceof Decision.Applied)) {
        throw new IllegalStateException("the article's clues refused a step at " + at + ": " + d);
      }
      clues = ClueRules.decider().fold(clues, d.events());
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

  /**
   * The instant of a local date and time in China.
   *
   * @param dateTime such as {@code 2021-06-09T10:00}
   * @return the instant
   */
  public static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(Fund.CHINA).toInstant();
  }
}
