package io.github.jiceng.governance.sim.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.jiceng.governance.model.clue.ClueStatus;
import io.github.jiceng.governance.model.clue.ImplementationMode;
import io.github.jiceng.governance.model.fund.TransparencyReport;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.proposal.ProposalState;
import io.github.jiceng.governance.model.proposal.Satisfaction;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.rules.assessment.Ranking;
import io.github.jiceng.governance.rules.cobuilding.Fulfilment;
import io.github.jiceng.governance.rules.cobuilding.IntegrationCoverage;
import io.github.jiceng.governance.rules.service.FiveListsReport;
import io.github.jiceng.governance.rules.service.Tally;
import io.github.jiceng.governance.sim.engine.DayFigures;
import io.github.jiceng.governance.sim.engine.SimulationResult;
import io.github.jiceng.governance.sim.model.EventKind;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON rendering of a {@link SimulationReport} ({@code jiceng-governance/simulation-report}
 * version 1): properties in a fixed order, two-space indentation, {@code \n} line ends, amounts
 * as whole fen, instants in ISO-8601; the same report always gives the same bytes. Rankings are
 * cut to their first {@value #TOP} rows.
 *
 * <p>After the run's identity (format, scenario, seed, days, start, zone, matching, invariants)
 * comes {@code articleFigures}, the source article's figures checked against the scenario as the
 * run started ({@link ArticleCheck}), present for every scenario: {@code asOf} (ISO instant),
 * {@code activityYear}, {@code allMatch}, the counts {@code total}, {@code matching},
 * {@code differing} and {@code notInScenario}, and {@code figures}, one object per figure in the
 * article's order with {@code key}, {@code chinese}, {@code english}, {@code comparison}
 * ({@code EXACTLY}, {@code AT_LEAST}, {@code OVER}, {@code NEARLY}), {@code unit} (an
 * {@link ArticleFigure.Unit} name), {@code stated}, {@code derived} (left out when the scenario
 * does not hold the figure) and {@code status} ({@code MATCHES}, {@code DIFFERS},
 * {@code NOT_IN_SCENARIO}). Values are numbers (a unit {@code FEN} is in fen), except a unit
 * {@code DAY}, whose values are ISO dates.
 *
 * <p>After {@code clues} and {@code commitments} comes {@code pillarScorecard} ({@link PillarSection}): {@code start} and
 * {@code end} (ISO instants), {@code unrecorded} (pillars without records, all communities), and
 * {@code communities}, each with {@code grid}, {@code name} and {@code pillars}, one object per pillar
 * in the article's order with {@code pillar} (its key), {@code unrecorded} and {@code figures} (by
 * {@code Figure} name).
 *
 * <p>Strings are written with JSON's escapes for every character {@link SafeText} escapes: the
 * controls (DEL and the C1 controls too), the bidirectional formatting characters, the line and
 * paragraph separators and unpaired surrogates appear as {@code \}{@code uXXXX}, so a file shown
 * in a terminal is not reordered or rewritten by its content, and reading it back gives every
 * string exactly as it was.
 */
public final class JsonReport {

  /** The format name in the file's envelope. */
  public static final String FORMAT = "jiceng-governance/simulation-report";

  /** The most rows a ranking lists. */
  public static final int TOP = 100;

  private static final JsonFactory FACTORY = new JsonFactory();

  /** JSON's standard escapes, and {@code \}{@code uXXXX} for what {@link SafeText} escapes beyond them. */
  private static final CharacterEscapes ESCAPES = new CharacterEscapes() {
    private static final long serialVersionUID = 1L;

    private final int[] ascii = escapes();

    private static int[] escapes() {
      int[] codes = standardAsciiEscapesForJSON();
      codes[0x7F] = ESCAPE_STANDARD;
      return codes;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch > 0xFFFF || !SafeText.isUnsafe((char) ch)) {
        return null;
      }
      StringBuilder b = new StringBuilder(6);
      SafeText.appendEscape((char) ch, b);
      return new SerializedString(b.toString());
    }
  };

  private JsonReport() {}

  /**
   * Writes the report.
   *
   * @param report the report
   * @param out where to write, in UTF-8; left open
   * @throws IOException if writing fails
   */
  public static void write(SimulationReport report, OutputStream out) throws IOException {
    requireNonNull(report, "report");
    requireNonNull(out, "out");
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setCharacterEscapes(ESCAPES);
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
      write(report, g);
      g.writeRaw('\n');
    }
  }

  private static void write(SimulationReport report, JsonGenerator g) throws IOException {
    SimulationResult r = report.result();
    g.writeStartObject();
    g.writeStringField("format", FORMAT);
    g.writeNumberField("formatVersion", 1);
    g.writeStringField("scenario", r.scenarioName());
    g.writeNumberField("seed", r.seed());
    g.writeNumberField("days", r.days());
    g.writeStringField("start", r.parameters().start().toString());
    g.writeStringField("zone", r.parameters().zone().getId());
    g.writeStringField("matching", r.options().matching().name());
    g.writeBooleanField("invariantsChecked", r.options().checkInvariants());
    article(report.article(), g);
    g.writeNumberField("rosterAuditViolations", r.audit().violations().size());
    g.writeObjectFieldStart("events");
    g.writeNumberField("total", r.eventCount());
    g.writeObjectFieldStart("byKind");
    for (EventKind k : EventKind.values()) {
      g.writeNumberField(k.name(), r.eventsByKind().getOrDefault(k, 0L));
    }
    g.writeEndObject();
    g.writeEndObject();
    metrics(report.metrics(), g);
    g.writeFieldName("fiveLists");
    five(report.fiveLists(), g);
    g.writeArrayFieldStart("partitions");
    for (FiveListsReport p : report.partitions()) {
      g.writeStartObject();
      g.writeStringField("root", p.root().value());
      g.writeStringField("name", r.scenario().hierarchy().node(p.root()).name());
      g.writeFieldName("total");
      tally(p.total(), g);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("pointsRanking");
    for (SimulationReport.PointsRow p : report.pointsRanking().subList(0, Math.min(TOP, report.pointsRanking().size()))) {
      g.writeStartObject();
      g.writeNumberField("rank", p.rank());
      g.writeStringField("actor", p.actor().value());
      g.writeBooleanField("organization", p.actor().isOrganization());
      g.writeNumberField("earned", p.earned().value());
      g.writeNumberField("balance", p.balance().value());
      if (p.grade().isPresent()) {
        g.writeStringField("grade", p.grade().get().key());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("assessment");
    g.writeStringField("root", r.root().value());
    ranking("members", r.memberRanking(), g);
    ranking("units", r.unitRanking(), g);
    g.writeEndObject();
    if (report.fund().isPresent()) {
      fund(report.fund().get(), report.notice().orElse(""), g);
    }
    proposals(report, g);
    clues(report, g);
    commitments(report.commitments(), g);
    PillarSection.json(report, g);
    g.writeArrayFieldStart("daily");
    for (DayFigures d : r.daily()) {
      g.writeStartObject();
      g.writeNumberField("day", d.day());
      g.writeStringField("date", d.date().toString());
      g.writeNumberField("raised", d.raised());
      g.writeNumberField("claimed", d.claimed());
      g.writeNumberField("closed", d.closed());
      g.writeNumberField("open", d.open());
      g.writeNumberField("overdue", d.overdue());
      g.writeNumberField("pointsAwarded", d.pointsAwarded());
      g.writeNumberField("pointsOutstanding", d.pointsOutstanding());
      g.writeNumberField("fundInFen", d.fundIn().fen());
      g.writeNumberField("fundOutFen", d.fundOut().fen());
      g.writeNumberField("fundBalanceFen", d.fundBalance().fen());
      g.writeNumberField("events", d.events());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** The article's figures: always present, each row with its status, a day as an ISO date. */
  private static void article(ArticleCheck c, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("articleFigures");
    g.writeStringField("asOf", c.asOf().toString());
    g.writeNumberField("activityYear", c.activityYear());
    g.writeBooleanField("allMatch", c.allMatch());
    g.writeNumberField("total", c.figures().size());
    g.writeNumberField("matching", c.count(ArticleFigure.Status.MATCHES));
    g.writeNumberField("differing", c.count(ArticleFigure.Status.DIFFERS));
    g.writeNumberField("notInScenario", c.count(ArticleFigure.Status.NOT_IN_SCENARIO));
    g.writeArrayFieldStart("figures");
    for (ArticleFigure f : c.figures()) {
      g.writeStartObject();
      g.writeStringField("key", f.key());
      g.writeStringField("chinese", f.chinese());
      g.writeStringField("english", f.english());
      g.writeStringField("comparison", f.comparison().name());
      g.writeStringField("unit", f.unit().name());
      articleValue("stated", f, f.stated(), g);
      if (f.derived().isPresent()) {
        articleValue("derived", f, f.derived().getAsLong(), g);
      }
      g.writeStringField("status", f.status().name());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void articleValue(String name, ArticleFigure f, long v, JsonGenerator g) throws IOException {
    if (f.unit() == ArticleFigure.Unit.DAY) {
      g.writeStringField(name, LocalDate.ofEpochDay(v).toString());
    } else {
      g.writeNumberField(name, v);
    }
  }

  private static void metrics(RunMetrics m, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("metrics");
    g.writeNumberField("demandsRaised", m.demandsRaised());
    g.writeNumberField("demandsClosed", m.demandsClosed());
    g.writeNumberField("demandsRejected", m.demandsRejected());
    g.writeNumberField("demandsWithdrawn", m.demandsWithdrawn());
    g.writeNumberField("demandsOpen", m.demandsOpen());
    g.writeNumberField("serviceRatePerMille", m.serviceRatePerMille());
    g.writeNumberField("demandsClaimed", m.demandsClaimed());
    g.writeNumberField("meanWaitingMinutes", m.meanWaitingMinutes());
    g.writeNumberField("pointsIssued", m.pointsIssued());
    g.writeNumberField("pointsRedeemed", m.pointsRedeemed());
    g.writeNumberField("pointsExpired", m.pointsExpired());
    g.writeNumberField("pointsOutstanding", m.pointsOutstanding());
    g.writeNumberField("pointsEarners", m.pointsEarners());
    g.writeNumberField("pointsPerEarner", m.pointsPerEarner());
    money("fundOpening", m.fundOpening(), g);
    money("fundDonated", m.fundDonated(), g);
    money("fundPaid", m.fundPaid(), g);
    money("fundBalance", m.fundBalance(), g);
    money("fundPaidPer30Days", m.fundPaidPer30Days(), g);
    g.writeNumberField("fundBurnPerMille", m.fundBurnPerMille());
    g.writeEndObject();
  }

  private static void money(String name, Money m, JsonGenerator g) throws IOException {
    g.writeNumberField(name + "Fen", m.fen());
  }

  private static void five(FiveListsReport f, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("root", f.root().value());
    g.writeStringField("periodStart", f.period().start().toString());
    g.writeStringField("periodEnd", f.period().end().toString());
    g.writeNumberField("resources", f.resources());
    g.writeNumberField("projects", f.projects());
    money("projectBudget", f.projectBudget(), g);
    g.writeFieldName("total");
    tally(f.total(), g);
    g.writeObjectFieldStart("byChannel");
    for (Channel c : Channel.values()) {
      g.writeFieldName(c.name());
      tally(f.byChannel().get(c), g);
    }
    g.writeEndObject();
    g.writeObjectFieldStart("byPillar");
    for (var e : f.byPillar().entrySet()) {
      g.writeFieldName(e.getKey().key());
      tally(e.getValue(), g);
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void tally(Tally t, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("demands", t.demands());
    g.writeNumberField("demandBeneficiaries", t.demandBeneficiaries());
    g.writeNumberField("services", t.services());
    g.writeNumberField("serviceBeneficiaries", t.serviceBeneficiaries());
    g.writeNumberField("effortMinutes", t.effort().toMinutes());
    money("cost", t.cost(), g);
    g.writeNumberField("outcomes", t.outcomes());
    g.writeNumberField("averageRatingHundredths", t.averageRatingHundredths());
    g.writeNumberField("beneficiariesReached", t.beneficiariesReached());
    g.writeEndObject();
  }

  private static void ranking(String name, List<Ranking.Ranked> ranks, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart(name);
    for (Ranking.Ranked x : ranks.subList(0, Math.min(TOP, ranks.size()))) {
      g.writeStartObject();
      g.writeNumberField("rank", x.rank());
      g.writeStringField("subject", x.card().subject().value());
      g.writeStringField("grid", x.card().grid().value());
      g.writeStringField("scheme", x.card().scheme());
      g.writeNumberField("totalCenti", x.card().totalCenti());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void fund(TransparencyReport t, String notice, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("fund");
    g.writeStringField("fund", t.fund().value());
    g.writeStringField("fundName", t.fundName());
    g.writeStringField("periodStart", t.period().start().toString());
    g.writeStringField("periodEnd", t.period().end().toString());
    money("opening", t.openingBalance(), g);
    money("totalIn", t.totalIn(), g);
    money("totalOut", t.totalOut(), g);
    money("closing", t.closingBalance(), g);
    g.writeArrayFieldStart("inflows");
    for (TransparencyReport.ChannelLine l : t.inflows()) {
      g.writeStartObject();
      g.writeStringField("channel", l.channel().name());
      g.writeNumberField("donations", l.donations());
      money("amount", l.amount(), g);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("outflows");
    for (TransparencyReport.CategoryLine l : t.outflows()) {
      g.writeStartObject();
      g.writeStringField("category", l.category().name());
      g.writeNumberField("disbursements", l.disbursements());
      money("amount", l.amount(), g);
      g.writeNumberField("beneficiaries", l.beneficiaries());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("projects");
    for (TransparencyReport.ProjectLine l : t.projects()) {
      g.writeStartObject();
      g.writeStringField("project", l.project().value());
      money("paidInPeriod", l.paidInPeriod(), g);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeNumberField("openRequests", t.openRequests());
    money("openAmount", t.openAmount(), g);
    g.writeStringField("notice", notice);
    g.writeEndObject();
  }

  private static void proposals(SimulationReport report, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("proposals");
    g.writeNumberField("total", report.proposals().total());
    g.writeObjectFieldStart("byState");
    for (ProposalState s : ProposalState.values()) {
      g.writeNumberField(s.name(), report.proposals().byState().getOrDefault(s, 0));
    }
    g.writeEndObject();
    g.writeNumberField("overdue", report.proposals().overdue());
    g.writeNumberField("escalated", report.proposals().escalated());
    g.writeObjectFieldStart("bySatisfaction");
    for (Satisfaction s : Satisfaction.values()) {
      g.writeNumberField(s.name(), report.proposals().bySatisfaction().getOrDefault(s, 0));
    }
    g.writeEndObject();
    g.writeArrayFieldStart("escalations");
    for (SimulationReport.Escalation e : report.escalations()) {
      g.writeStartObject();
      g.writeStringField("proposal", e.proposal().value());
      g.writeStringField("grid", e.grid().value());
      g.writeStringField("state", e.state().name());
      g.writeArrayFieldStart("steps");
      for (SimulationReport.Step s : e.steps()) {
        g.writeStartObject();
        g.writeStringField("at", s.at().toString());
        g.writeStringField("to", s.to().value());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void clues(SimulationReport report, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("clues");
    g.writeNumberField("collected", report.clues().collected());
    g.writeObjectFieldStart("byStatus");
    for (ClueStatus s : ClueStatus.values()) {
      g.writeNumberField(s.name(), report.clues().byStatus().getOrDefault(s, 0));
    }
    g.writeEndObject();
    g.writeObjectFieldStart("decided");
    for (ImplementationMode m : ImplementationMode.values()) {
      g.writeNumberField(m.name(), report.clues().decided().getOrDefault(m, 0));
    }
    g.writeEndObject();
    g.writeObjectFieldStart("completed");
    for (ImplementationMode m : ImplementationMode.values()) {
      g.writeNumberField(m.name(), report.clues().completed().getOrDefault(m, 0));
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /** Pledges, space ledgers (minutes), agreements and coverage; always present, empty lists when none. */
  private static void commitments(Commitments c, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("commitments");
    g.writeObjectFieldStart("pledges");
    money("pledged", c.pledged(), g);
    money("paid", c.pledgePaid(), g);
    money("outstanding", c.outstanding(), g);
    g.writeArrayFieldStart("open");
    for (Commitments.PledgeLine p : c.pledges()) {
      g.writeStartObject();
      g.writeStringField("pledge", p.pledge().value());
      g.writeStringField("donor", p.donor().value());
      money("amount", p.amount(), g);
      money("outstanding", p.outstanding(), g);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeArrayFieldStart("spaceGrants");
    for (Commitments.SpaceLine l : c.spaceGrants()) {
      g.writeStartObject();
      g.writeStringField("grant", l.grant().value());
      g.writeStringField("organization", l.organization().value());
      g.writeNumberField("owedMinutes", l.standing().owed().toMinutes());
      g.writeNumberField("deliveredMinutes", l.standing().delivered().toMinutes());
      g.writeNumberField("outstandingMinutes", l.standing().shortfall().toMinutes());
      g.writeNumberField("graceMinutes", l.standing().grace().toMinutes());
      g.writeBooleanField("behind", l.standing().behind());
      g.writeBooleanField("flagged", l.flagged());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("agreements");
    for (Commitments.AgreementLine a : c.agreements()) {
      g.writeStartObject();
      g.writeStringField("agreement", a.agreement().value());
      g.writeStringField("community", a.community().value());
      g.writeStringField("reporter", a.reporter().value());
      g.writeStringField("kind", a.kind().name());
      g.writeNumberField("reviews", a.reviews());
      if (a.latest().isPresent()) {
        Fulfilment f = a.latest().get();
        g.writeObjectFieldStart("latest");
        g.writeStringField("at", f.at().toString());
        g.writeStringField("level", f.level().name());
        g.writeNumberField("owedMinutes", f.owed().toMinutes());
        g.writeNumberField("deliveredMinutes", f.delivered().toMinutes());
        g.writeNumberField("services", f.services());
        g.writeNumberField("resourcesUsed", f.resourcesUsed());
        g.writeNumberField("resourcesCommitted", f.resourcesCommitted());
        g.writeNumberField("postsHeld", f.postsHeld());
        g.writeNumberField("postsClaimed", f.postsClaimed());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("coverage");
    for (IntegrationCoverage cov : c.coverage()) {
      g.writeStartObject();
      g.writeStringField("community", cov.community().value());
      g.writeArrayFieldStart("integrations");
      for (IntegrationCoverage.Row row : cov.rows()) {
        g.writeStartObject();
        g.writeStringField("integration", row.integration().integration().key());
        g.writeNumberField("agreements", row.agreements());
        g.writeNumberField("units", row.units());
        g.writeNumberField("members", row.members());
        g.writeNumberField("services", row.services());
        g.writeNumberField("peopleReached", row.peopleReached());
        g.writeBooleanField("uncovered", row.uncovered());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
