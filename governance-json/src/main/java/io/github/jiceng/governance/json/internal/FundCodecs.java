package io.github.jiceng.governance.json.internal;

import io.github.jiceng.governance.json.FundSetup;
import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.fund.Account;
import io.github.jiceng.governance.model.fund.Approval;
import io.github.jiceng.governance.model.fund.ApprovalTier;
import io.github.jiceng.governance.model.fund.AuditAction;
import io.github.jiceng.governance.model.fund.AuditRecord;
import io.github.jiceng.governance.model.fund.CalendarPeriod;
import io.github.jiceng.governance.model.fund.CaseStatus;
import io.github.jiceng.governance.model.fund.CategoryRule;
import io.github.jiceng.governance.model.fund.Decline;
import io.github.jiceng.governance.model.fund.Disbursement;
import io.github.jiceng.governance.model.fund.DisbursementCase;
import io.github.jiceng.governance.model.fund.DisbursementPolicy;
import io.github.jiceng.governance.model.fund.DisbursementRequest;
import io.github.jiceng.governance.model.fund.Donation;
import io.github.jiceng.governance.model.fund.DonationChannel;
import io.github.jiceng.governance.model.fund.DonorKind;
import io.github.jiceng.governance.model.fund.Draw;
import io.github.jiceng.governance.model.fund.Earmark;
import io.github.jiceng.governance.model.fund.EntryId;
import io.github.jiceng.governance.model.fund.Fund;
import io.github.jiceng.governance.model.fund.FundId;
import io.github.jiceng.governance.model.fund.LedgerEntry;
import io.github.jiceng.governance.model.fund.LimitScope;
import io.github.jiceng.governance.model.fund.OutflowCategory;
import io.github.jiceng.governance.model.fund.OutflowGroup;
import io.github.jiceng.governance.model.fund.Payment;
import io.github.jiceng.governance.model.fund.PeriodCap;
import io.github.jiceng.governance.model.fund.Pledge;
import io.github.jiceng.governance.model.fund.PledgeId;
import io.github.jiceng.governance.model.fund.Posting;
import io.github.jiceng.governance.model.fund.RecipientKind;
import io.github.jiceng.governance.model.fund.RecipientLimit;
import io.github.jiceng.governance.model.fund.RequestId;
import io.github.jiceng.governance.model.fund.TransparencyReport;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.model.time.Interval;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The bindings of the co-building fund (共建实践金): ids, the fund, earmarks and accounts, the two
 * kinds of ledger entry with their requests, approvals and draws, pledges (a donation names the
 * pledge it pays), cases and audit records, the disbursement policy, and the transparency report
 * with its pledge lines.
 */
public final class FundCodecs {

  private FundCodecs() {}

  private static final String CATEGORIES = Arrays.stream(OutflowCategory.values()).map(Enum::name)
      .collect(Collectors.joining("|"));

  private static final String CHANNELS = Arrays.stream(DonationChannel.values()).map(Enum::name)
      .collect(Collectors.joining("|"));

  /** {@link FundId} as its text, such as {@code "lantian-fund"}. */
  public static final TextCodec<FundId> FUND_ID = Codecs.text(FundId.class,
      "The id of a co-building fund (基金标识).", FundId::of, FundId::value).pattern(ValueCodecs.ID_FORM);

  /** The fund {@link EntryId} as its text, such as {@code "don-2021-0001"}. */
  public static final TextCodec<EntryId> ENTRY_ID = Codecs.text(EntryId.class,
      "The id of a fund ledger entry (分录标识); the key of idempotency.", EntryId::of, EntryId::value)
      .pattern(ValueCodecs.ID_FORM).named("FundEntryId");

  /** {@link PledgeId} as its text, such as {@code "pledge-2021-0001"}. */
  public static final TextCodec<PledgeId> PLEDGE_ID = Codecs.text(PledgeId.class,
      "The id of a pledge to a fund (认领标识); donations paying the pledge name it.", PledgeId::of, PledgeId::value)
      .pattern(ValueCodecs.ID_FORM);

  /** {@link RequestId} as its text, such as {@code "req-2022-0007"}. */
  public static final TextCodec<RequestId> REQUEST_ID = Codecs.text(RequestId.class,
      "The id of a disbursement request (申请标识).", RequestId::of, RequestId::value).pattern(ValueCodecs.ID_FORM);

  /** {@link DonationChannel} by name. */
  public static final EnumCodec<DonationChannel> DONATION_CHANNEL = Codecs.enumeration(DonationChannel.class,
      "The channel a donation came in through (捐赠渠道): 定向捐, 爱心捐, 公益捐, 带头捐, 互助捐.");

  /** {@link DonorKind} by name. */
  public static final EnumCodec<DonorKind> DONOR_KIND = Codecs.enumeration(DonorKind.class,
      "Who gave a donation (捐赠人类别).");

  /** {@link OutflowCategory} by name. */
  public static final EnumCodec<OutflowCategory> OUTFLOW_CATEGORY = Codecs.enumeration(OutflowCategory.class,
      "What a disbursement pays for (支出类别): 三救三扶三奖 and directed projects (定向投).");

  /** {@link OutflowGroup} by name. */
  public static final EnumCodec<OutflowGroup> OUTFLOW_GROUP = Codecs.enumeration(OutflowGroup.class,
      "The four uses of the fund: 三救, 三扶, 三奖 and 定向投.");

  /** {@link CaseStatus} by name. */
  public static final EnumCodec<CaseStatus> CASE_STATUS = Codecs.enumeration(CaseStatus.class,
      "Where a disbursement request stands (办理状态).");

  /** {@link AuditAction} by name. */
  public static final EnumCodec<AuditAction> AUDIT_ACTION = Codecs.enumeration(AuditAction.class,
      "What a person did to a disbursement request (操作).");

  /** {@link CalendarPeriod} by name. */
  public static final EnumCodec<CalendarPeriod> CALENDAR_PERIOD = Codecs.enumeration(CalendarPeriod.class,
      "A calendar period in the fund's zone (自然月/季度/年).");

  /** {@link LimitScope} by name. */
  public static final EnumCodec<LimitScope> LIMIT_SCOPE = Codecs.enumeration(LimitScope.class,
      "What a recipient limit counts: cases of the CATEGORY, or of its whole GROUP.");

  /** {@link RecipientKind} by name. */
  public static final EnumCodec<RecipientKind> RECIPIENT_KIND = Codecs.enumeration(RecipientKind.class,
      "Who may receive money of a category (受助对象类别).");

  /** {@link Posting.Side} by name. */
  public static final EnumCodec<Posting.Side> POSTING_SIDE = Codecs.enumeration(Posting.Side.class,
      "The side of a posting: DEBIT (借) or CREDIT (贷).").named("PostingSide");

  private static final String EARMARK_FORM = "category:(" + CATEGORIES + ")|project:" + ValueCodecs.ID_FORM;

  /** {@link Earmark} as {@code "category:<CATEGORY>"} or {@code "project:<project id>"}. */
  public static final TextCodec<Earmark> EARMARK = Codecs.text(Earmark.class,
      "A donor's restriction (定向限定): category:<outflow category> or project:<project id>.",
      FundCodecs::parseEarmark, Earmark::toString).pattern(EARMARK_FORM);

  /**
   * {@link Account} as {@code "held:unrestricted"}, {@code "held:<earmark>"},
   * {@code "income:<CHANNEL>"}, {@code "expense:<CATEGORY>"} or
   * {@code "expense:DIRECTED_PROJECT:<project id>"}: the accounts' own text forms.
   */
  public static final TextCodec<Account> ACCOUNT = Codecs.text(Account.class,
      "An account of a fund's ledger (账户): held:unrestricted, held:<earmark>, income:<channel>, "
          + "expense:<category> or expense:DIRECTED_PROJECT:<project id>.",
      FundCodecs::parseAccount, Account::toString)
      .pattern("held:(unrestricted|" + EARMARK_FORM + ")|income:(" + CHANNELS + ")|expense:(" + CATEGORIES + ")(:"
          + ValueCodecs.ID_FORM + ")?");

  /** {@link Posting} as {@code {"account", "side", "amount"}}. */
  public static final ObjectCodec<Posting> POSTING = posting();

  /** {@link Fund}: id, name, grid node, launch day and zone. */
  public static final ObjectCodec<Fund> FUND = fund();

  /** {@link Approval} as {@code {"approver", "at"}}. */
  public static final ObjectCodec<Approval> APPROVAL = approval();

  /** {@link Decline} as {@code {"by", "at", "reason"}}. */
  public static final ObjectCodec<Decline> DECLINE = decline();

  /** {@link Payment} as {@code {"entry", "by", "at"}}. */
  public static final ObjectCodec<Payment> PAYMENT = payment();

  /** {@link Draw} as {@code {"earmark"?, "amount"}}. */
  public static final ObjectCodec<Draw> DRAW = draw();

  /** {@link DisbursementRequest}: how much, for what, to whom, asked by whom and when. */
  public static final ObjectCodec<DisbursementRequest> DISBURSEMENT_REQUEST = disbursementRequest();

  /** {@link Donation}, without its discriminator. */
  public static final ObjectCodec<Donation> DONATION = donation();

  /** {@link Pledge}: who promised how much, through which channel, when, and by when. */
  public static final ObjectCodec<Pledge> PLEDGE = pledge();

  /** {@link Disbursement}, without its discriminator. */
  public static final ObjectCodec<Disbursement> DISBURSEMENT = disbursement();

  /** {@link LedgerEntry} as one object with {@code "type"}: {@code donation} or {@code disbursement}. */
  public static final UnionCodec<LedgerEntry> LEDGER_ENTRY = UnionCodec.builder(LedgerEntry.class, "type")
      .named("FundLedgerEntry")
      .describe("One entry of a fund ledger (分录): a donation or a disbursement; its postings follow from it.")
      .variant("donation", Donation.class, DONATION)
      .variant("disbursement", Disbursement.class, DISBURSEMENT)
      .build();

  /** {@link DisbursementCase}: a request and what has happened to it. */
  public static final ObjectCodec<DisbursementCase> DISBURSEMENT_CASE = disbursementCase();

  /** {@link AuditRecord}: one line of the audit trail. */
  public static final ObjectCodec<AuditRecord> AUDIT_RECORD = auditRecord();

  /** {@link ApprovalTier} as {@code {"from", "approvals"}}. */
  public static final ObjectCodec<ApprovalTier> APPROVAL_TIER = approvalTier();

  /** {@link PeriodCap} as {@code {"amount", "period"}}. */
  public static final ObjectCodec<PeriodCap> PERIOD_CAP = periodCap();

  /** {@link RecipientLimit} as {@code {"cases", "period", "scope"}}. */
  public static final ObjectCodec<RecipientLimit> RECIPIENT_LIMIT = recipientLimit();

  /** {@link CategoryRule}: what the fund allows for one outflow category. */
  public static final ObjectCodec<CategoryRule> CATEGORY_RULE = categoryRule();

  /** {@link DisbursementPolicy}: approvers, approval tiers and category rules. */
  public static final ObjectCodec<DisbursementPolicy> DISBURSEMENT_POLICY = disbursementPolicy();

  /** {@link TransparencyReport.ChannelLine}. */
  public static final ObjectCodec<TransparencyReport.ChannelLine> CHANNEL_LINE = channelLine();

  /** {@link TransparencyReport.DonorKindLine}. */
  public static final ObjectCodec<TransparencyReport.DonorKindLine> DONOR_KIND_LINE = donorKindLine();

  /** {@link TransparencyReport.CategoryLine}. */
  public static final ObjectCodec<TransparencyReport.CategoryLine> CATEGORY_LINE = categoryLine();

  /** {@link TransparencyReport.HoldingLine}. */
  public static final ObjectCodec<TransparencyReport.HoldingLine> HOLDING_LINE = holdingLine();

  /** {@link TransparencyReport.ProjectLine}. */
  public static final ObjectCodec<TransparencyReport.ProjectLine> PROJECT_LINE = projectLine();

  /** {@link TransparencyReport.PledgeLine}. */
  public static final ObjectCodec<TransparencyReport.PledgeLine> PLEDGE_LINE = pledgeLine();

  /** {@link TransparencyReport}: what a fund took in, paid out and holds for one period (资金公示). */
  public static final ObjectCodec<TransparencyReport> TRANSPARENCY_REPORT = transparencyReport();

  /** {@link FundSetup}: the fund's properties inline, then its {@code "policy"}. */
  public static final ObjectCodec<FundSetup> FUND_SETUP = fundSetup();

  private static final LedgerTable LEDGER = new LedgerTable();

  /** The fund ledger file: the fund, then the entries. */
  static final ObjectCodec<LedgerFile<Fund, LedgerEntry>> LEDGER_FILE = LEDGER.codec;

  /** The ledger file's slot of its fund, for the streaming header. */
  static final Slot<Fund> LEDGER_FUND = LEDGER.fund;

  /** The ledger file's slot of its entries, for streaming. */
  static final Slot<List<LedgerEntry>> LEDGER_ENTRIES = LEDGER.entries;

  private static ObjectCodec<Posting> posting() {
    ObjectCodec.Builder<Posting> b = ObjectCodec.builder(Posting.class)
        .describe("One line of a ledger entry (记账分录行): a positive amount debited or credited to one account.");
    Slot<Account> account = b.required("account", Posting::account, ACCOUNT);
    Slot<Posting.Side> side = b.required("side", Posting::side, POSTING_SIDE);
    Slot<Money> amount = b.required("amount", Posting::amount, SharedCodecs.AMOUNT);
    return b.build(v -> new Posting(v.get(account), v.get(side), v.get(amount)));
  }

  private static ObjectCodec<Fund> fund() {
    ObjectCodec.Builder<Fund> b = ObjectCodec.builder(Fund.class)
        .describe("A co-building fund (共建实践金): its id, name, the grid node that runs it, the day it was "
            + "launched and the zone whose calendar counts.");
    FundFields<Fund> f = new FundFields<>(b, Function.identity());
    return b.build(f::fund);
  }

  /** The properties of a fund, shared by the fund's own table and the scenario's fund section. */
  private static final class FundFields<T> {
    final Slot<FundId> id;
    final Slot<String> name;
    final Slot<GridId> grid;
    final Slot<LocalDate> launchedOn;
    final Slot<ZoneId> zone;

    FundFields(ObjectCodec.Builder<T> b, Function<T, Fund> fund) {
      id = b.required("id", t -> fund.apply(t).id(), FUND_ID);
      name = b.required("name", t -> fund.apply(t).name(), Codecs.string().length(1, Fund.MAX_NAME_LENGTH));
      grid = b.required("grid", t -> fund.apply(t).grid(), GridCodecs.GRID_ID);
      launchedOn = b.required("launchedOn", t -> fund.apply(t).launchedOn(), Codecs.LOCAL_DATE);
      zone = b.defaulted("zone", t -> fund.apply(t).zone(), SharedCodecs.ZONE_ID, Fund.CHINA);
    }

    Fund fund(Values v) {
      return Fund.builder().id(v.get(id)).name(v.get(name)).grid(v.get(grid)).launchedOn(v.get(launchedOn))
          .zone(v.get(zone)).build();
    }
  }

  private static ObjectCodec<FundSetup> fundSetup() {
    ObjectCodec.Builder<FundSetup> b = ObjectCodec.builder(FundSetup.class)
        .describe("A co-building fund as a scenario sets it up: the fund's properties, then its disbursement "
            + "policy.");
    FundFields<FundSetup> f = new FundFields<>(b, FundSetup::fund);
    Slot<DisbursementPolicy> policy = b.required("policy", FundSetup::policy, DISBURSEMENT_POLICY);
    return b.build(v -> new FundSetup(f.fund(v), v.get(policy)));
  }

  private static ObjectCodec<Approval> approval() {
    ObjectCodec.Builder<Approval> b = ObjectCodec.builder(Approval.class)
        .describe("One approver's approval of a disbursement request (审批).");
    Slot<PersonId> approver = b.required("approver", Approval::approver, ValueCodecs.PERSON_ID);
    Slot<Instant> at = b.required("at", Approval::at, Codecs.INSTANT);
    return b.build(v -> new Approval(v.get(approver), v.get(at)));
  }

  private static ObjectCodec<Decline> decline() {
    ObjectCodec.Builder<Decline> b = ObjectCodec.builder(Decline.class)
        .describe("An approver's refusal of a disbursement request (不予批准), with the reason.");
    Slot<PersonId> by = b.required("by", Decline::by, ValueCodecs.PERSON_ID);
    Slot<Instant> at = b.required("at", Decline::at, Codecs.INSTANT);
    Slot<String> reason = b.required("reason", Decline::reason, Codecs.string().length(1, 200));
    return b.build(v -> new Decline(v.get(by), v.get(at), v.get(reason)));
  }

  private static ObjectCodec<Payment> payment() {
    ObjectCodec.Builder<Payment> b = ObjectCodec.builder(Payment.class)
        .describe("The payment of an approved request (支付): the disbursement entry, who paid and when.");
    Slot<EntryId> entry = b.required("entry", Payment::entry, ENTRY_ID);
    Slot<PersonId> by = b.required("by", Payment::by, ValueCodecs.PERSON_ID);
    Slot<Instant> at = b.required("at", Payment::at, Codecs.INSTANT);
    return b.build(v -> new Payment(v.get(entry), v.get(by), v.get(at)));
  }

  private static ObjectCodec<Draw> draw() {
    ObjectCodec.Builder<Draw> b = ObjectCodec.builder(Draw.class)
        .describe("The part of a disbursement taken from one holding (动用): earmarked or unrestricted money.");
    Slot<Optional<Earmark>> earmark = b.optional("earmark", Draw::earmark, EARMARK);
    Slot<Money> amount = b.required("amount", Draw::amount, SharedCodecs.AMOUNT);
    return b.build(v -> new Draw(v.get(earmark), v.get(amount)));
  }

  private static ObjectCodec<DisbursementRequest> disbursementRequest() {
    ObjectCodec.Builder<DisbursementRequest> b = ObjectCodec.builder(DisbursementRequest.class)
        .describe("A request to pay money out of the fund (拨付申请); the purpose is public and names no resident.");
    Slot<RequestId> id = b.required("id", DisbursementRequest::id, REQUEST_ID);
    Slot<FundId> fund = b.required("fund", DisbursementRequest::fund, FUND_ID);
    Slot<OutflowCategory> category = b.required("category", DisbursementRequest::category, OUTFLOW_CATEGORY);
    Slot<Optional<ProjectId>> project = b.optional("project", DisbursementRequest::project, SharedCodecs.PROJECT_ID);
    Slot<ActorId> recipient = b.required("recipient", DisbursementRequest::recipient, SharedCodecs.ACTOR_ID);
    Slot<Integer> beneficiaries = b.defaulted("beneficiaries", DisbursementRequest::beneficiaries,
        Codecs.integer(1, Integer.MAX_VALUE), 1);
    Slot<Money> amount = b.required("amount", DisbursementRequest::amount, SharedCodecs.AMOUNT);
    Slot<PersonId> requestedBy = b.required("requestedBy", DisbursementRequest::requestedBy, ValueCodecs.PERSON_ID);
    Slot<Instant> requestedAt = b.required("requestedAt", DisbursementRequest::requestedAt, Codecs.INSTANT);
    Slot<String> purpose = b.required("purpose", DisbursementRequest::purpose,
        Codecs.string().length(1, DisbursementRequest.MAX_PURPOSE_LENGTH));
    return b.build(v -> DisbursementRequest.builder().id(v.get(id)).fund(v.get(fund)).category(v.get(category))
        .project(v.get(project)).recipient(v.get(recipient)).beneficiaries(v.get(beneficiaries))
        .amount(v.get(amount)).requestedBy(v.get(requestedBy)).requestedAt(v.get(requestedAt))
        .purpose(v.get(purpose)).build());
  }

  private static ObjectCodec<Donation> donation() {
    ObjectCodec.Builder<Donation> b = ObjectCodec.builder(Donation.class)
        .describe("Money given to the fund (捐赠) through one channel, by one kind of donor, optionally earmarked; "
            + "it debits the holding of its earmark and credits the income of its channel.");
    Slot<EntryId> id = b.required("id", Donation::id, ENTRY_ID);
    Slot<FundId> fund = b.required("fund", Donation::fund, FUND_ID);
    Slot<Instant> at = b.required("at", Donation::at, Codecs.INSTANT);
    Slot<DonationChannel> channel = b.required("channel", Donation::channel, DONATION_CHANNEL);
    Slot<DonorKind> donorKind = b.required("donorKind", Donation::donorKind, DONOR_KIND);
    Slot<Optional<ActorId>> donor = b.optional("donor", Donation::donor, SharedCodecs.ACTOR_ID);
    Slot<Money> amount = b.required("amount", Donation::amount, SharedCodecs.AMOUNT);
    Slot<Optional<Earmark>> earmark = b.optional("earmark", Donation::earmark, EARMARK);
    Slot<Optional<String>> receipt = b.optional("receipt", Donation::receipt,
        Codecs.string().length(1, Donation.MAX_RECEIPT_LENGTH));
    Slot<Optional<PledgeId>> pledge = b.optional("pledge", Donation::pledge, PLEDGE_ID);
    return b.build(v -> Donation.builder().id(v.get(id)).fund(v.get(fund)).at(v.get(at)).channel(v.get(channel))
        .donorKind(v.get(donorKind)).donor(v.get(donor)).amount(v.get(amount)).earmark(v.get(earmark))
        .receipt(v.get(receipt)).pledge(v.get(pledge)).build());
  }

  private static ObjectCodec<Pledge> pledge() {
    ObjectCodec.Builder<Pledge> b = ObjectCodec.builder(Pledge.class)
        .describe("A pledge to the fund (认领): a donor promises an amount through one channel, paid later by "
            + "donations that name the pledge; a promise, not money, so no balance counts it.");
    Slot<PledgeId> id = b.required("id", Pledge::id, PLEDGE_ID);
    Slot<FundId> fund = b.required("fund", Pledge::fund, FUND_ID);
    Slot<Instant> at = b.required("at", Pledge::at, Codecs.INSTANT);
    Slot<DonationChannel> channel = b.required("channel", Pledge::channel, DONATION_CHANNEL);
    Slot<DonorKind> donorKind = b.required("donorKind", Pledge::donorKind, DONOR_KIND);
    Slot<ActorId> donor = b.required("donor", Pledge::donor, SharedCodecs.ACTOR_ID);
    Slot<Money> amount = b.required("amount", Pledge::amount, SharedCodecs.AMOUNT);
    Slot<Optional<LocalDate>> dueOn = b.optional("dueOn", Pledge::dueOn, Codecs.LOCAL_DATE);
    return b.build(v -> Pledge.builder().id(v.get(id)).fund(v.get(fund)).at(v.get(at)).channel(v.get(channel))
        .donorKind(v.get(donorKind)).donor(v.get(donor)).amount(v.get(amount)).dueOn(v.get(dueOn)).build());
  }

  private static ObjectCodec<Disbursement> disbursement() {
    ObjectCodec.Builder<Disbursement> b = ObjectCodec.builder(Disbursement.class)
        .describe("Money paid out of the fund (拨付): the request, its approvals, who paid and the holdings drawn "
            + "from; it debits the expense of the request's category and credits each holding drawn from.");
    Slot<EntryId> id = b.required("id", Disbursement::id, ENTRY_ID);
    Slot<Instant> at = b.required("at", Disbursement::at, Codecs.INSTANT);
    Slot<DisbursementRequest> request = b.required("request", Disbursement::request, DISBURSEMENT_REQUEST);
    Slot<List<Approval>> approvals = b.required("approvals", Disbursement::approvals, Codecs.list(APPROVAL));
    Slot<PersonId> paidBy = b.required("paidBy", Disbursement::paidBy, ValueCodecs.PERSON_ID);
    Slot<List<Draw>> draws = b.required("draws", Disbursement::draws, Codecs.list(DRAW));
    return b.build(v -> Disbursement.builder().id(v.get(id)).at(v.get(at)).request(v.get(request))
        .addAllApprovals(v.get(approvals)).paidBy(v.get(paidBy)).addAllDraws(v.get(draws)).build());
  }

  private static ObjectCodec<DisbursementCase> disbursementCase() {
    ObjectCodec.Builder<DisbursementCase> b = ObjectCodec.builder(DisbursementCase.class)
        .describe("A disbursement request and what has happened to it (拨付事项).");
    Slot<DisbursementRequest> request = b.required("request", DisbursementCase::request, DISBURSEMENT_REQUEST);
    Slot<CaseStatus> status = b.required("status", DisbursementCase::status, CASE_STATUS);
    Slot<List<Approval>> approvals = b.defaulted("approvals", DisbursementCase::approvals, Codecs.list(APPROVAL),
        List.of());
    Slot<Optional<Decline>> decline = b.optional("decline", DisbursementCase::decline, DECLINE);
    Slot<Optional<Payment>> payment = b.optional("payment", DisbursementCase::payment, PAYMENT);
    return b.build(v -> DisbursementCase.builder().request(v.get(request)).status(v.get(status))
        .addAllApprovals(v.get(approvals)).decline(v.get(decline)).payment(v.get(payment)).build());
  }

  private static ObjectCodec<AuditRecord> auditRecord() {
    ObjectCodec.Builder<AuditRecord> b = ObjectCodec.builder(AuditRecord.class)
        .describe("One line of a fund's audit trail (审计记录): who did what to which request, when, for how much.");
    Slot<Instant> at = b.required("at", AuditRecord::at, Codecs.INSTANT);
    Slot<PersonId> actor = b.required("actor", AuditRecord::actor, ValueCodecs.PERSON_ID);
    Slot<AuditAction> action = b.required("action", AuditRecord::action, AUDIT_ACTION);
    Slot<RequestId> request = b.required("request", AuditRecord::request, REQUEST_ID);
    Slot<Money> amount = b.required("amount", AuditRecord::amount, SharedCodecs.AMOUNT);
    Slot<Optional<EntryId>> entry = b.optional("entry", AuditRecord::entry, ENTRY_ID);
    Slot<Optional<String>> note = b.optional("note", AuditRecord::note, Codecs.string());
    return b.build(v -> new AuditRecord(v.get(at), v.get(actor), v.get(action), v.get(request), v.get(amount),
        v.get(entry), v.get(note)));
  }

  private static ObjectCodec<ApprovalTier> approvalTier() {
    ObjectCodec.Builder<ApprovalTier> b = ObjectCodec.builder(ApprovalTier.class)
        .describe("How many distinct approvers a request needs from an amount on (分级审批).");
    Slot<Money> from = b.required("from", ApprovalTier::from, SharedCodecs.AMOUNT);
    Slot<Integer> approvals = b.required("approvals", ApprovalTier::approvals, Codecs.integer(1, Integer.MAX_VALUE));
    return b.build(v -> new ApprovalTier(v.get(from), v.get(approvals)));
  }

  private static ObjectCodec<PeriodCap> periodCap() {
    ObjectCodec.Builder<PeriodCap> b = ObjectCodec.builder(PeriodCap.class)
        .describe("The most a category may pay out in one calendar period (期间限额).");
    Slot<Money> amount = b.required("amount", PeriodCap::amount, SharedCodecs.AMOUNT);
    Slot<CalendarPeriod> period = b.required("period", PeriodCap::period, CALENDAR_PERIOD);
    return b.build(v -> new PeriodCap(v.get(amount), v.get(period)));
  }

  private static ObjectCodec<RecipientLimit> recipientLimit() {
    ObjectCodec.Builder<RecipientLimit> b = ObjectCodec.builder(RecipientLimit.class)
        .describe("How often one recipient may receive money (受助次数限制): cases per calendar period.");
    Slot<Integer> cases = b.required("cases", RecipientLimit::cases, Codecs.integer(1, Integer.MAX_VALUE));
    Slot<CalendarPeriod> period = b.required("period", RecipientLimit::period, CALENDAR_PERIOD);
    Slot<LimitScope> scope = b.required("scope", RecipientLimit::scope, LIMIT_SCOPE);
    return b.build(v -> new RecipientLimit(v.get(cases), v.get(period), v.get(scope)));
  }

  private static ObjectCodec<CategoryRule> categoryRule() {
    ObjectCodec.Builder<CategoryRule> b = ObjectCodec.builder(CategoryRule.class)
        .describe("What a fund allows for one outflow category (类别规则): recipients, the cap per case and per "
            + "period, and how often one recipient may receive it.");
    Slot<OutflowCategory> category = b.required("category", CategoryRule::category, OUTFLOW_CATEGORY);
    Slot<RecipientKind> recipients = b.defaulted("recipients", CategoryRule::recipients, RECIPIENT_KIND,
        RecipientKind.ANY);
    Slot<Optional<Money>> caseCap = b.optional("caseCap", CategoryRule::caseCap, SharedCodecs.AMOUNT);
    Slot<Optional<PeriodCap>> periodCap = b.optional("periodCap", CategoryRule::periodCap, PERIOD_CAP);
    Slot<Optional<RecipientLimit>> limit = b.optional("recipientLimit", CategoryRule::recipientLimit,
        RECIPIENT_LIMIT);
    return b.build(v -> CategoryRule.builder().category(v.get(category)).recipients(v.get(recipients))
        .caseCap(v.get(caseCap)).periodCap(v.get(periodCap)).recipientLimit(v.get(limit)).build());
  }

  private static ObjectCodec<DisbursementPolicy> disbursementPolicy() {
    ObjectCodec.Builder<DisbursementPolicy> b = ObjectCodec.builder(DisbursementPolicy.class)
        .describe("How a fund may pay out (拨付规则): who may approve, how many approvals an amount needs, and one "
            + "rule per category that may be paid.");
    Slot<String> label = b.required("label", DisbursementPolicy::label,
        Codecs.string().length(1, DisbursementPolicy.MAX_LABEL_LENGTH));
    Slot<Set<PersonId>> approvers = b.required("approvers", DisbursementPolicy::approvers,
        Codecs.set(ValueCodecs.PERSON_ID));
    Slot<List<ApprovalTier>> tiers = b.required("approvalTiers", DisbursementPolicy::approvalTiers,
        Codecs.list(APPROVAL_TIER));
    Slot<List<CategoryRule>> rules = b.defaulted("categoryRules", DisbursementPolicy::categoryRules,
        Codecs.list(CATEGORY_RULE), List.of());
    return b.build(v -> DisbursementPolicy.builder().label(v.get(label)).addAllApprovers(v.get(approvers))
        .addAllApprovalTiers(v.get(tiers)).addAllCategoryRules(v.get(rules)).build());
  }

  private static ObjectCodec<TransparencyReport.ChannelLine> channelLine() {
    ObjectCodec.Builder<TransparencyReport.ChannelLine> b = ObjectCodec.builder(TransparencyReport.ChannelLine.class)
        .describe("The donations of one channel in the period.");
    Slot<DonationChannel> channel = b.required("channel", TransparencyReport.ChannelLine::channel, DONATION_CHANNEL);
    Slot<Integer> donations = b.required("donations", TransparencyReport.ChannelLine::donations,
        Codecs.integer(0, Integer.MAX_VALUE));
    Slot<Money> amount = b.required("amount", TransparencyReport.ChannelLine::amount, SharedCodecs.AMOUNT);
    return b.build(v -> new TransparencyReport.ChannelLine(v.get(channel), v.get(donations), v.get(amount)));
  }

  private static ObjectCodec<TransparencyReport.DonorKindLine> donorKindLine() {
    ObjectCodec.Builder<TransparencyReport.DonorKindLine> b =
        ObjectCodec.builder(TransparencyReport.DonorKindLine.class)
            .describe("The donations of one kind of donor in the period.");
    Slot<DonorKind> kind = b.required("kind", TransparencyReport.DonorKindLine::kind, DONOR_KIND);
    Slot<Integer> donations = b.required("donations", TransparencyReport.DonorKindLine::donations,
        Codecs.integer(0, Integer.MAX_VALUE));
    Slot<Money> amount = b.required("amount", TransparencyReport.DonorKindLine::amount, SharedCodecs.AMOUNT);
    return b.build(v -> new TransparencyReport.DonorKindLine(v.get(kind), v.get(donations), v.get(amount)));
  }

  private static ObjectCodec<TransparencyReport.CategoryLine> categoryLine() {
    ObjectCodec.Builder<TransparencyReport.CategoryLine> b =
        ObjectCodec.builder(TransparencyReport.CategoryLine.class)
            .describe("The disbursements of one category in the period.");
    Slot<OutflowCategory> category = b.required("category", TransparencyReport.CategoryLine::category,
        OUTFLOW_CATEGORY);
    Slot<Integer> disbursements = b.required("disbursements", TransparencyReport.CategoryLine::disbursements,
        Codecs.integer(0, Integer.MAX_VALUE));
    Slot<Money> amount = b.required("amount", TransparencyReport.CategoryLine::amount, SharedCodecs.AMOUNT);
    Slot<Long> beneficiaries = b.required("beneficiaries", TransparencyReport.CategoryLine::beneficiaries,
        Codecs.longInteger(0, Long.MAX_VALUE));
    return b.build(v -> new TransparencyReport.CategoryLine(v.get(category), v.get(disbursements), v.get(amount),
        v.get(beneficiaries)));
  }

  private static ObjectCodec<TransparencyReport.HoldingLine> holdingLine() {
    ObjectCodec.Builder<TransparencyReport.HoldingLine> b = ObjectCodec.builder(TransparencyReport.HoldingLine.class)
        .describe("The balance of one holding at the end of the period; no earmark for unrestricted money.");
    Slot<Optional<Earmark>> earmark = b.optional("earmark", TransparencyReport.HoldingLine::earmark, EARMARK);
    Slot<Money> balance = b.required("balance", TransparencyReport.HoldingLine::balance, SharedCodecs.AMOUNT);
    return b.build(v -> new TransparencyReport.HoldingLine(v.get(earmark), v.get(balance)));
  }

  private static ObjectCodec<TransparencyReport.ProjectLine> projectLine() {
    ObjectCodec.Builder<TransparencyReport.ProjectLine> b = ObjectCodec.builder(TransparencyReport.ProjectLine.class)
        .describe("One directed project paid in the period.");
    Slot<ProjectId> project = b.required("project", TransparencyReport.ProjectLine::project, SharedCodecs.PROJECT_ID);
    Slot<String> title = b.required("title", TransparencyReport.ProjectLine::title, Codecs.string());
    Slot<Money> inPeriod = b.required("paidInPeriod", TransparencyReport.ProjectLine::paidInPeriod,
        SharedCodecs.AMOUNT);
    Slot<Money> toDate = b.required("paidToDate", TransparencyReport.ProjectLine::paidToDate, SharedCodecs.AMOUNT);
    Slot<Long> beneficiaries = b.required("beneficiaries", TransparencyReport.ProjectLine::beneficiaries,
        Codecs.longInteger(0, Long.MAX_VALUE));
    return b.build(v -> new TransparencyReport.ProjectLine(v.get(project), v.get(title), v.get(inPeriod),
        v.get(toDate), v.get(beneficiaries)));
  }

  private static ObjectCodec<TransparencyReport.PledgeLine> pledgeLine() {
    ObjectCodec.Builder<TransparencyReport.PledgeLine> b = ObjectCodec.builder(TransparencyReport.PledgeLine.class)
        .describe("The pledges of one donor made before the end of the period (认领): pledged, paid and, as their "
            + "difference, outstanding at the end of the period.");
    Slot<ActorId> donor = b.required("donor", TransparencyReport.PledgeLine::donor, SharedCodecs.ACTOR_ID);
    Slot<DonorKind> kind = b.required("kind", TransparencyReport.PledgeLine::kind, DONOR_KIND);
    Slot<Integer> pledges = b.required("pledges", TransparencyReport.PledgeLine::pledges,
        Codecs.integer(0, Integer.MAX_VALUE));
    Slot<Money> pledged = b.required("pledged", TransparencyReport.PledgeLine::pledged, SharedCodecs.AMOUNT);
    Slot<Money> paid = b.required("paid", TransparencyReport.PledgeLine::paid, SharedCodecs.AMOUNT);
    return b.build(v -> new TransparencyReport.PledgeLine(v.get(donor), v.get(kind), v.get(pledges), v.get(pledged),
        v.get(paid)));
  }

  private static ObjectCodec<TransparencyReport> transparencyReport() {
    ObjectCodec.Builder<TransparencyReport> b = ObjectCodec.builder(TransparencyReport.class)
        .describe("What a fund took in, paid out and holds for one period (资金公示): every channel and category "
            + "has a line, zeros included; opening + in - out = closing, to the fen.");
    Slot<FundId> fund = b.required("fund", TransparencyReport::fund, FUND_ID);
    Slot<String> fundName = b.required("fundName", TransparencyReport::fundName, Codecs.string());
    Slot<Interval> period = b.required("period", TransparencyReport::period, ValueCodecs.INTERVAL);
    Slot<Money> opening = b.required("openingBalance", TransparencyReport::openingBalance, SharedCodecs.AMOUNT);
    Slot<List<TransparencyReport.ChannelLine>> inflows = b.required("inflows", TransparencyReport::inflows,
        Codecs.list(CHANNEL_LINE));
    Slot<List<TransparencyReport.DonorKindLine>> donors = b.required("donors", TransparencyReport::donors,
        Codecs.list(DONOR_KIND_LINE));
    Slot<List<TransparencyReport.CategoryLine>> outflows = b.required("outflows", TransparencyReport::outflows,
        Codecs.list(CATEGORY_LINE));
    Slot<Money> closing = b.required("closingBalance", TransparencyReport::closingBalance, SharedCodecs.AMOUNT);
    Slot<List<TransparencyReport.HoldingLine>> holdings = b.required("holdings", TransparencyReport::holdings,
        Codecs.list(HOLDING_LINE));
    Slot<List<TransparencyReport.ProjectLine>> projects = b.required("projects", TransparencyReport::projects,
        Codecs.list(PROJECT_LINE));
    Slot<Integer> openRequests = b.required("openRequests", TransparencyReport::openRequests,
        Codecs.integer(0, Integer.MAX_VALUE));
    Slot<Money> openAmount = b.required("openAmount", TransparencyReport::openAmount, SharedCodecs.AMOUNT);
    Slot<List<TransparencyReport.PledgeLine>> pledges = b.defaulted("pledges", TransparencyReport::pledges,
        Codecs.list(PLEDGE_LINE), List.of());
    return b.build(v -> TransparencyReport.builder().fund(v.get(fund)).fundName(v.get(fundName))
        .period(v.get(period)).openingBalance(v.get(opening)).addAllInflows(v.get(inflows))
        .addAllDonors(v.get(donors)).addAllOutflows(v.get(outflows)).closingBalance(v.get(closing))
        .addAllHoldings(v.get(holdings)).addAllProjects(v.get(projects)).openRequests(v.get(openRequests))
        .openAmount(v.get(openAmount)).addAllPledges(v.get(pledges)).build());
  }

  /** The ledger file's table and the slots its streaming form needs. */
  private static final class LedgerTable {
    final Slot<Fund> fund;
    final Slot<List<LedgerEntry>> entries;
    final ObjectCodec<LedgerFile<Fund, LedgerEntry>> codec;

    LedgerTable() {
      ObjectCodec.Builder<LedgerFile<Fund, LedgerEntry>> b =
          ObjectCodec.builder(LedgerFile.<Fund, LedgerEntry>type()).named("FundLedger")
              .describe("A fund ledger (资金台账): the fund, then its entries in the order they were booked.");
      fund = b.required("fund", LedgerFile::header, FUND);
      entries = b.required("entries", LedgerFile::entries, Codecs.list(LEDGER_ENTRY));
      codec = b.build(v -> new LedgerFile<>(v.get(fund), v.get(entries)));
    }
  }

  private static Earmark parseEarmark(String text) {
    if (text.startsWith("category:")) {
      return Earmark.forCategory(category(text.substring("category:".length()), text));
    }
    if (text.startsWith("project:")) {
      return Earmark.forProject(ProjectId.of(text.substring("project:".length())));
    }
    throw malformed("Earmark", text, "an earmark is 'category:<CATEGORY>' or 'project:<project id>'");
  }

  private static Account parseAccount(String text) {
    if (text.equals("held:unrestricted")) {
      return Account.Holding.UNRESTRICTED;
    }
    if (text.startsWith("held:")) {
      return Account.Holding.of(parseEarmark(text.substring("held:".length())));
    }
    if (text.startsWith("income:")) {
      String channel = text.substring("income:".length());
      for (DonationChannel c : DonationChannel.values()) {
        if (c.name().equals(channel)) {
          return new Account.Income(c);
        }
      }
      throw malformed("Account", text, "an income account names a channel: " + CHANNELS);
    }
    if (text.startsWith("expense:")) {
      String rest = text.substring("expense:".length());
      int colon = rest.indexOf(':');
      OutflowCategory category = category(colon < 0 ? rest : rest.substring(0, colon), text);
      Optional<ProjectId> project = colon < 0 ? Optional.empty() : Optional.of(ProjectId.of(rest.substring(colon + 1)));
      return new Account.Expense(category, project);
    }
    throw malformed("Account", text, "an account is held:..., income:... or expense:...");
  }

  private static OutflowCategory category(String name, String text) {
    for (OutflowCategory c : OutflowCategory.values()) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    throw malformed("OutflowCategory", text, "a category is one of " + CATEGORIES);
  }

  private static DomainValidationException malformed(String type, String text, String rule) {
    String shown = Excerpts.of(text);
    return new DomainValidationException(type + "[" + shown + "]", "value", "text-form", rule + ", was '" + shown + "'");
  }

  /** Returns a codec of one variant of a type written as text, refusing text of another variant. */
  private static <T, V extends T> TextCodec<V> variantText(Class<V> variant, TextCodec<T> codec,
      java.util.function.Function<String, T> parse, java.util.function.Function<T, String> format) {
    return Codecs.text(variant, text -> {
      T value = parse.apply(text);
      if (!variant.isInstance(value)) {
        throw malformed(variant.getSimpleName(), text, "expected a " + variant.getSimpleName() + " of "
            + codec.type().getSimpleName());
      }
      return variant.cast(value);
    }, format::apply);
  }

  /** Every codec of this class bound to a type, for the Jackson module. */
  static List<Codec<?>> all() {
    return List.of(FUND_ID, ENTRY_ID, PLEDGE_ID, REQUEST_ID, DONATION_CHANNEL, DONOR_KIND, OUTFLOW_CATEGORY, OUTFLOW_GROUP,
        CASE_STATUS, AUDIT_ACTION, CALENDAR_PERIOD, LIMIT_SCOPE, RECIPIENT_KIND, POSTING_SIDE, EARMARK,
        variantText(Earmark.ForCategory.class, EARMARK, FundCodecs::parseEarmark, Earmark::toString),
        variantText(Earmark.ForProject.class, EARMARK, FundCodecs::parseEarmark, Earmark::toString),
        ACCOUNT,
        variantText(Account.Holding.class, ACCOUNT, FundCodecs::parseAccount, Account::toString),
        variantText(Account.Income.class, ACCOUNT, FundCodecs::parseAccount, Account::toString),
        variantText(Account.Expense.class, ACCOUNT, FundCodecs::parseAccount, Account::toString),
        POSTING, FUND, APPROVAL, DECLINE, PAYMENT, DRAW, DISBURSEMENT_REQUEST, LEDGER_ENTRY,
        SubtypeCodec.of(LEDGER_ENTRY, Donation.class), SubtypeCodec.of(LEDGER_ENTRY, Disbursement.class),
        PLEDGE, DISBURSEMENT_CASE, AUDIT_RECORD, APPROVAL_TIER, PERIOD_CAP, RECIPIENT_LIMIT, CATEGORY_RULE,
        DISBURSEMENT_POLICY, CHANNEL_LINE, DONOR_KIND_LINE, CATEGORY_LINE, HOLDING_LINE, PROJECT_LINE, PLEDGE_LINE,
        TRANSPARENCY_REPORT, FUND_SETUP);
  }
}
