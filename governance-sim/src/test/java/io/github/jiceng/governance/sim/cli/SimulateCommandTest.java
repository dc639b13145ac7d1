package io.github.jiceng.governance.sim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.model.matching.MatchingProblem;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.sim.engine.Simulator;
import io.github.jiceng.governance.sim.scenario.ScenarioFiles;
import io.github.jiceng.governance.sim.scenario.SyntheticScenarios;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main job on the command line: {@code simulate} a scenario (a file or a synthetic one) with
 * its reports and event log, the log read back by {@code report} and {@code validate},
 * {@code compare}, {@code match}; the same command twice gives the same bytes; errors are one line
 * with their exit code.
 */
final class SimulateCommandTest {

  @TempDir
  Path dir;

  private ByteArrayOutputStream out;
  private ByteArrayOutputStream err;
  private GovernanceCli cli;

  @BeforeEach
  void freshStreams() {
    out = new ByteArrayOutputStream();
    err = new ByteArrayOutputStream();
    cli = new GovernanceCli(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private int run(String... args) {
    out.reset();
    err.reset();
    return cli.run(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private String f(String name) {
    return dir.resolve(name).toString();
  }

  @Test
  void simulatesAScenarioFileWritingItsReportsAndItsEventLog() throws IOException {
    ScenarioFiles.write(SyntheticScenarios.small(), dir.resolve("small.json"));
    // the report files go to folders that do not exist yet: the command creates them
    assertThat(run("simulate", f("small.json"), "--seed", "7", "--days", "60", "--json", f("out/r.json"), "--html",
        f("out/html/r.html"), "--events", f("e.json"))).as(err()).isEqualTo(GovernanceCli.OK);
    String report = out();
    assertThat(report).startsWith("模拟 small · 种子 7").contains("五项清单", "闪闪红星", "收支公示", "提案");
    assertThat(err()).contains("模拟第 30/60 天", "模拟第 60/60 天");
    JsonNode json = new ObjectMapper().readTree(dir.resolve("out/r.json").toFile());
    assertThat(json.get("seed").asLong()).isEqualTo(7);
    assertThat(Files.readString(dir.resolve("out/html/r.html"))).startsWith("<!DOCTYPE html>").doesNotContain("<script");

    assertThat(run("validate", f("e.json"))).isEqualTo(GovernanceCli.OK);
    assertThat(out()).startsWith("通过 ").contains("模拟事件").containsPattern("模拟事件 [1-9][0-9]* 条");
    assertThat(run("report", "five-lists", f("e.json"))).isEqualTo(GovernanceCli.OK);
    // the log names no taxonomy, so its pillars show by key: the totals and channels are the same
    String fiveLists = out();
    String common = String.join("\n", fiveLists.substring(fiveLists.indexOf("五项清单")).lines().limit(5).toList());
    assertThat(report).contains(common);
    assertThat(run("report", "fund", f("e.json"))).isEqualTo(GovernanceCli.OK);
    assertThat(out()).contains("收支公示", "一、收入");
  }

  @Test
  void aScenarioFilePlaysAsTheScenarioItWasWrittenFrom() throws IOException {
    ScenarioFiles.write(SyntheticScenarios.small(), dir.resolve("small.json"));
    assertThat(run("simulate", f("small.json"), "--seed", "3", "--days", "40")).isEqualTo(GovernanceCli.OK);
    String fromFile = out();
    assertThat(run("simulate", "synthetic:small", "--seed", "3", "--days", "40")).isEqualTo(GovernanceCli.OK);
    assertThat(out()).isEqualTo(fromFile);
  }

  @Test
  void theSameCommandTwiceWritesTheSameBytes() throws IOException {
    for (String n : List.of("1", "2")) {
      assertThat(run("simulate", "synthetic:random:5", "--seed", "5", "--days", "30", "--json", f("r" + n + ".json"),
          "--html", f("r" + n + ".html"), "--events", f("e" + n + ".json"))).isEqualTo(GovernanceCli.OK);
      Files.writeString(dir.resolve("out" + n + ".txt"), out());
    }
    for (String name : List.of("r%s.json", "r%s.html", "e%s.json", "out%s.txt")) {
      assertThat(Files.readAllBytes(dir.resolve(String.format(name, "2"))))
          .as(name).isEqualTo(Files.readAllBytes(dir.resolve(String.format(name, "1"))));
    }
    assertThat(run("simulate", "synthetic:random:5", "--seed", "6", "--days", "30")).isEqualTo(GovernanceCli.OK);
    assertThat(out()).isNotEqualTo(Files.readString(dir.resolve("out1.txt")));
  }

  @Test
  void comparesTwoVariantsOfAPolicy() {
    assertThat(run("compare", "synthetic:small", "--vary", "matching", "--days", "60")).isEqualTo(GovernanceCli.OK);
    assertThat(out()).contains("A = optimal", "B = greedy", "办结率", "平均等待", "发放积分", "基金支出");
    assertThat(err()).contains("方案 A：模拟第 30/60 天", "方案 B：模拟第 60/60 天");
    assertThat(run("compare", "synthetic:small", "--vary", "channels", "--channels", "UNDERTAKE>CLAIM", "--days", "20"))
        .isEqualTo(GovernanceCli.OK);
    assertThat(out()).contains("B = UNDERTAKE>CLAIM");
    assertThat(run("compare", "synthetic:small", "--vary", "points", "--days", "20")).isEqualTo(GovernanceCli.OK);
    assertThat(out()).contains("B = zhungeer-red-star@2");
    assertThat(run("compare", "synthetic:small", "--vary", "weather")).isEqualTo(GovernanceCli.USAGE);
  }

  @Test
  void comparesWithThePointsPolicyOfAnotherScenarioFile() throws IOException {
    var other = SyntheticScenarios.small().with(io.github.jiceng.governance.json.ScenarioSection.POINTS_POLICY,
        io.github.jiceng.governance.sim.compare.PolicyVariants
            .withoutMemberCaps(io.github.jiceng.governance.model.points.RedStarPolicies.article()));
    ScenarioFiles.write(other, dir.resolve("other.json"));
    assertThat(run("compare", "synthetic:small", "--vary", "points", "--points", f("other.json"), "--days", "20"))
        .as(err()).isEqualTo(GovernanceCli.OK);
    assertThat(out()).contains("A = zhungeer-red-star@1", "B = zhungeer-red-star@2", "发放积分");
    Files.writeString(dir.resolve("nopoints.json"), "{\"format\": \"jiceng-governance/scenario\", \"formatVersion\": 1,"
        + " \"hierarchy\": " + "null}");
    assertThat(run("compare", "synthetic:small", "--vary", "points", "--points", f("nopoints.json")))
        .isEqualTo(GovernanceCli.INVALID);
  }

  @Test
  void solvesAMatchingProblemFileIntoAResultWithExplainedScores() throws IOException {
    var s = SyntheticScenarios.small();
    java.time.Instant start = SyntheticScenarios.START.atStartOfDay(Simulator.parameters(s).zone()).toInstant();
    List<Demand> demands = List.of(Demand.builder().id(io.github.jiceng.governance.model.service.DemandId.of("d-1"))
        .source(io.github.jiceng.governance.model.service.DemandSource.RESIDENT)
        .requester(io.github.jiceng.governance.model.actor.PersonId.of("p-0000001"))
        .grid(io.github.jiceng.governance.model.grid.GridId.of("st1-c1-g1-b1")).category("home-repair")
        .addRequiredCapability("repair").urgency(io.github.jiceng.governance.model.service.Urgency.HIGH).beneficiaries(1)
        .window(io.github.jiceng.governance.model.time.Interval.starting(start, java.time.Duration.ofDays(7)))
        .pillar(io.github.jiceng.governance.model.taxonomy.Pillar.CIVILITY_CO_CREATION).submittedAt(start)
        .build());
    MatchingProblem p = MatchingProblem.builder().hierarchy(s.hierarchy()).addAllDemands(demands)
        .addAllResources(s.section(io.github.jiceng.governance.json.ScenarioSection.RESOURCES).orElseThrow()).build();
    try (OutputStream o = Files.newOutputStream(dir.resolve("problem.json"))) {
      GovernanceJson.files().writeMatchingProblem(p, o);
    }
    assertThat(run("match", f("problem.json"))).as(err()).isEqualTo(GovernanceCli.OK);
    var result = GovernanceJson.files().readMatchingResult(new ByteArrayInputStream(out.toByteArray()));
    assertThat(result.assignments()).singleElement().satisfies(a -> assertThat(a.resource().value()).endsWith("unit1"));
    assertThat(out()).contains("d-1 -> st1-c1-r-unit1");
    assertThat(run("match", f("problem.json"), "--greedy")).isEqualTo(GovernanceCli.OK);
    assertThat(out()).contains("\"mode\": \"GREEDY\"");
  }

  @Test
  void errorsAreOneLineWithTheirExitCode() throws IOException {
    assertThat(run("simulate", "synthetic:small", "--days", "0")).isEqualTo(GovernanceCli.USAGE);
    assertThat(run("simulate", "synthetic:small", "--days", "many")).isEqualTo(GovernanceCli.USAGE);
    assertThat(run("simulate", "synthetic:small", "--sparkle")).isEqualTo(GovernanceCli.USAGE);
    assertThat(run("simulate", "synthetic:nowhere")).isEqualTo(GovernanceCli.USAGE);
    assertThat(run("simulate", f("missing.json"))).isEqualTo(GovernanceCli.IO);
    assertThat(err()).contains("文件不存在");
    Files.writeString(dir.resolve("bad.json"), "{\"format\": \"jiceng-governance/scenario\", \"formatVersion\": 1}");
    assertThat(run("simulate", f("bad.json"))).isEqualTo(GovernanceCli.INVALID);
    assertThat(err().strip().lines()).hasSize(1);
    ScenarioFiles.write(SyntheticScenarios.small(), dir.resolve("small.json"));
    String text = Files.readString(dir.resolve("small.json"));
    Files.writeString(dir.resolve("broken.json"), text.replace("\"reviewAcceptPerMille\": 950", "\"reviewAcceptPerMille\": 9500"));
    assertThat(run("simulate", f("broken.json"))).isEqualTo(GovernanceCli.INVALID);
    assertThat(err()).contains("/simulation/reviewAcceptPerMille").doesNotContain("\tat ");
    assertThat(run("validate", f("broken.json"))).isEqualTo(GovernanceCli.INVALID);
    Files.writeString(dir.resolve("odd.json"), "{\"format\": \"jiceng-governance/horoscope\", \"formatVersion\": 1}");
    assertThat(run("validate", f("odd.json"))).isEqualTo(GovernanceCli.INVALID);
    assertThat(err()).contains("无法识别的文件格式“jiceng-governance/horoscope”", GovernanceJson.SCENARIO_FORMAT,
        GovernanceJson.SIMULATION_EVENTS_FORMAT);
    // the JSON report is written for people and dashboards: validate says so instead of a bare "unknown"
    assertThat(run("simulate", "synthetic:small", "--days", "3", "--json", f("report.json"))).isEqualTo(GovernanceCli.OK);
    assertThat(run("validate", f("report.json"))).isEqualTo(GovernanceCli.INVALID);
    assertThat(err()).contains("是 simulate 为人员和看板生成的报告").doesNotContain("无法识别");
    assertThat(run("report", "weather", f("small.json"))).isEqualTo(GovernanceCli.USAGE);
    // an error names the file it is about, wherever that file stands on the line
    assertThat(run("report", "fund", f("small.json"))).isEqualTo(GovernanceCli.INVALID);
    assertThat(err()).startsWith("governance: " + f("small.json") + "：");
    assertThat(run("simulate", "--seed", "7", f("broken.json"))).isEqualTo(GovernanceCli.INVALID);
    assertThat(err()).startsWith("governance: " + f("broken.json") + "：");
    assertThat(run("compare", f("small.json"), "--vary", "points", "--points", f("odd.json"), "--days", "2"))
        .isEqualTo(GovernanceCli.INVALID);
    assertThat(err()).startsWith("governance: " + f("odd.json") + "：");
    Files.createDirectories(dir.resolve("taken"));
    assertThat(run("simulate", "synthetic:small", "--days", "2", "--json", f("taken"))).isEqualTo(GovernanceCli.IO);
    assertThat(err()).startsWith("governance: " + f("taken") + "：");
    // a folder cannot be made where a file is
    assertThat(run("simulate", "synthetic:small", "--events", dir.resolve("small.json/e.json").toString(), "--days", "2"))
        .isEqualTo(GovernanceCli.IO);
    assertThat(err().strip().lines()).hasSize(1);
  }

  @Test
  void aValidScenarioFileValidatesAsReadyToSimulate() throws IOException {
    ScenarioFiles.write(SyntheticScenarios.small(), dir.resolve("small.json"));
    assertThat(run("validate", f("small.json"))).isEqualTo(GovernanceCli.OK);
    assertThat(out()).contains("情景文件，含 hierarchy", "simulation", "可以模拟（");
    assertThat(run("validate", "--lang", "en", f("small.json"))).isEqualTo(GovernanceCli.OK);
    assertThat(out()).contains("scenario with hierarchy", "simulation", "ready to simulate (");
  }
}
