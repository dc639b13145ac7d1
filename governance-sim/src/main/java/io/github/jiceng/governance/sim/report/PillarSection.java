package io.github.jiceng.governance.sim.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.jiceng.governance.json.Scenario;
import io.github.jiceng.governance.json.ScenarioSection;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.clue.ClueCase;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.post.Roster;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.rules.clue.ClueRegister;
import io.github.jiceng.governance.rules.pillar.Figure;
import io.github.jiceng.governance.rules.pillar.PillarRecords;
import io.github.jiceng.governance.rules.pillar.PillarScorecard;
import io.github.jiceng.governance.rules.service.FiveListsReport;
import io.github.jiceng.governance.sim.engine.SimulationResult;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pillar scorecard of a run (五共计分卡): for each community of the report (the matching
 * partitions, else the report's root), the {@link PillarScorecard} of the five pillars, derived
 * from the scenario's records and the run's, with the pillars that have no record flagged.
 *
 * <p><b>The period</b> runs from the first day of the activity year — the calendar year in which
 * the scenario's records end, as {@link ArticleCheck#activityYear()} — to the end of the run. The
 * run alone would hold no joint meeting, patrol or deputy's contact: the simulator plays none of
 * them, they are facts the scenario records before the run starts. If that span is longer than
 * {@link PillarScorecard#MAX_PERIOD}, it is cut to the last ten years.
 *
 * <p><b>Where each record comes from.</b> From the scenario: joint meetings, major affairs,
 * patrols, incidents and deputies' contacts. From the run: the five lists at its end (so the
 * services of the scenario's service chain and those the run delivered), the clue cases of its
 * registers at the end, and every entry of its points ledger. <b>Not fed:</b> decisions on major
 * affairs — neither the scenario file nor the run holds any — so 议决大事, 通过事项 and 议决转化项目
 * are zero, and the scenario's affair projects (each needs an adopted decision) are not counted.
 *
 * @param period the span the scorecards count
 * @param scorecards one per community, in the hierarchy's order
 */
public record PillarSection(Interval period, List<PillarScorecard> scorecards) {

  /** The JSON Pointer of the section in the JSON report. */
  static final String POINTER = "/pillarScorecard";

  /** Checks that nothing is null and copies the scorecards. */
  public PillarSection {
    requireNonNull(period, "period");
    scorecards = List.copyOf(scorecards);
  }

  /**
   * Computes the section of a report.
   *
   * @param report the report of the run
   * @return the section; no scorecard when the scenario has no roster
   * @throws DomainValidationException if the scenario's records do not fit together (see {@link
   *     PillarRecords} and {@link PillarScorecard#of})
   */
  public static PillarSection of(SimulationReport report) {
    requireNonNull(report, "report");
    SimulationResult r = report.result();
    ZoneId zone = r.parameters().zone();
    Instant end = r.period().end();
    Instant start = LocalDate.of(report.article().activityYear(), 1, 1).atStartOfDay(zone).toInstant();
    if (start.isAfter(r.period().start())) {
      start = r.period().start();
    }
    if (start.plus(PillarScorecard.MAX_PERIOD).isBefore(end)) {
      start = end.minus(PillarScorecard.MAX_PERIOD);
    }
    Interval period = Interval.of(start, end);
    List<PillarScorecard> cards = new ArrayList<>();
    Scenario s = r.scenario();
    if (s.section(ScenarioSection.ROSTER).isPresent()) {
      Roster roster = s.section(ScenarioSection.ROSTER).get();
      PillarRecords records = records(r);
      GridHierarchy h = s.hierarchy();
      List<GridId> communities = new ArrayList<>();
      for (FiveListsReport p : report.partitions()) {
        communities.add(p.root());
      }
      if (communities.isEmpty()) {
        communities.add(r.root());
      }
      for (GridId c : communities) {
        cards.add(PillarScorecard.of(h, c, period, zone, roster, records));
      }
    }
    return new PillarSection(period, cards);
  }

  /**
   * Returns the records the scorecards of a run are derived from: the scenario's meetings, affairs,
   * patrols, incidents and contacts, and the run's five lists, clue cases and points entries at its
   * end; no decision on an affair and so no affair project (see the type's documentation).
   *
   * @param r the run
   * @return the records
   */
  public static PillarRecords records(SimulationResult r) {
    requireNonNull(r, "r");
    Scenario s = r.scenario();
    List<ClueCase> clues = new ArrayList<>();
    for (ClueRegister register : r.clues()) {
      clues.addAll(register.cases());
    }
    return PillarRecords.builder()
        .meetings(s.section(ScenarioSection.JOINT_MEETINGS).orElse(List.of()))
        .affairs(s.section(ScenarioSection.MAJOR_AFFAIRS).orElse(List.of()))
        .patrols(s.sectionOrDefault(ScenarioSection.PATROLS).orElseThrow())
        .incidents(s.sectionOrDefault(ScenarioSection.INCIDENTS).orElseThrow())
        .contacts(s.sectionOrDefault(ScenarioSection.DEPUTY_CONTACTS).orElseThrow())
        .clues(clues)
        .lists(r.fiveLists())
        .points(r.pointsEntries())
        .build();
  }

  /** Returns how many pillars of all the scorecards have no record. */
  public int unrecorded() {
    return scorecards.stream().mapToInt(c -> c.unrecorded().size()).sum();
  }

  // ------------------------------------------------------------------ rendering

  private static String pillarName(SimulationResult r, Pillar pillar, ReportTexts lang) {
    String name = r.taxonomy().definition(pillar).map(d -> d.name()).orElse(pillar.key());
    return Pillar.ARTICLE_FIVE.contains(pillar) ? lang.text("pillar.name." + pillar.key(), name) : name;
  }

  private static String figureName(Figure f, ReportTexts lang) {
    return lang.text("pillar.figure." + f.name());
  }

  private static String communityName(GridHierarchy h, GridId c) {
    return h.node(c).name() + " (" + c.value() + ")";
  }

  private static List<String> notes(ReportTexts lang) {
    return List.of(lang.text("pillar.note.period"), lang.text("pillar.note.sources"),
        lang.text("pillar.note.decisions"), lang.text("pillar.note.flag"));
  }

  private static String heading(PillarSection p, ZoneId zone, ReportTexts lang) {
    LocalDate first = LocalDate.ofInstant(p.period().start(), zone);
    LocalDate last = LocalDate.ofInstant(p.period().end().minusNanos(1), zone);
    return lang.text("pillar.summary", lang.period(first, last), p.scorecards().size(), p.unrecorded());
  }

  /** Appends the section as text: a heading, per community a line per pillar, and the notes. */
  static void text(StringBuilder out, SimulationReport report, ReportTexts lang) {
    PillarSection p = of(report);
    SimulationResult r = report.result();
    ZoneId zone = r.parameters().zone();
    GridHierarchy h = r.scenario().hierarchy();
    out.append('\n').append(lang.text("pillar.title")).append(": ").append(heading(p, zone, lang)).append('\n');
    int width = 0;
    for (PillarScorecard c : p.scorecards()) {
      for (PillarScorecard.Row row : c.rows()) {
        width = Math.max(width, Format.displayWidth(SafeText.line(pillarName(r, row.pillar(), lang))) + 2);
      }
    }
    for (PillarScorecard c : p.scorecards()) {
      out.append("  ").append(SafeText.line(communityName(h, c.community()))).append('\n');
      for (PillarScorecard.Row row : c.rows()) {
        StringBuilder figures = new StringBuilder();
        for (Map.Entry<Figure, Long> e : row.figures().entrySet()) {
          figures.append(figures.length() == 0 ? "" : lang.text("list.separator")).append(figureName(e.getKey(), lang))
              .append(' ').append(Format.count(e.getValue()));
        }
        out.append("    ").append(Format.pad(SafeText.line(pillarName(r, row.pillar(), lang)), width))
            .append(row.unrecorded() ? lang.text("pillar.flag") + " " : "").append(figures).append('\n');
      }
    }
    for (String note : notes(lang)) {
      out.append("  ").append(SafeText.line(note)).append('\n');
    }
  }

  /** Writes the section as the JSON report's {@code pillarScorecard} object. */
  static void json(SimulationReport report, JsonGenerator g) throws IOException {
    PillarSection p = of(report);
    GridHierarchy h = report.result().scenario().hierarchy();
    g.writeObjectFieldStart("pillarScorecard");
    g.writeStringField("start", p.period().start().toString());
    g.writeStringField("end", p.period().end().toString());
    g.writeNumberField("unrecorded", p.unrecorded());
    g.writeArrayFieldStart("communities");
    for (PillarScorecard c : p.scorecards()) {
      g.writeStartObject();
      g.writeStringField("grid", c.community().value());
      g.writeStringField("name", h.node(c.community()).name());
      g.writeArrayFieldStart("pillars");
      for (PillarScorecard.Row row : c.rows()) {
        g.writeStartObject();
        g.writeStringField("pillar", row.pillar().key());
        g.writeBooleanField("unrecorded", row.unrecorded());
        g.writeObjectFieldStart("figures");
        for (Map.Entry<Figure, Long> e : row.figures().entrySet()) {
          g.writeNumberField(e.getKey().name(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Appends the section as HTML: a heading, a table per community whose figures carry their pointers, the notes. */
  static void html(StringBuilder b, SimulationReport report, ReportTexts lang) {
    PillarSection p = of(report);
    SimulationResult r = report.result();
    ZoneId zone = r.parameters().zone();
    GridHierarchy h = r.scenario().hierarchy();
    b.append("<h2>").append(Html.escape(lang.text("pillar.title"))).append("</h2>\n<p>")
        .append(Html.escape(heading(p, zone, lang))).append("</p>\n");
    for (int i = 0; i < p.scorecards().size(); i++) {
      PillarScorecard c = p.scorecards().get(i);
      b.append("<table class=\"pillars\">\n<tr><th>").append(Html.escape(communityName(h, c.community())))
          .append("</th><th>").append(Html.escape(lang.text("pillar.header.figures"))).append("</th></tr>\n");
      for (int j = 0; j < c.rows().size(); j++) {
        PillarScorecard.Row row = c.rows().get(j);
        String at = POINTER + "/communities/" + i + "/pillars/" + j + "/figures/";
        StringBuilder figures = new StringBuilder();
        for (Map.Entry<Figure, Long> e : row.figures().entrySet()) {
          figures.append(figures.length() == 0 ? "" : Html.escape(lang.text("list.separator")))
              .append(Html.escape(figureName(e.getKey(), lang))).append(' ')
              .append(HtmlReport.figure(at + e.getKey().name(), e.getValue()));
        }
        b.append("<tr class=\"").append(row.unrecorded() ? "unrecorded" : "recorded").append("\"><td>")
            .append(Html.escape(pillarName(r, row.pillar(), lang)))
            .append(row.unrecorded() ? " " + Html.escape(lang.text("pillar.flag")) : "").append("</td><td>")
            .append(figures).append("</td></tr>\n");
      }
      b.append("</table>\n");
    }
    for (String note : notes(lang)) {
      b.append("<p class=\"muted\">").append(Html.escape(note)).append("</p>\n");
    }
  }
}
