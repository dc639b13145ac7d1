package io.github.jiceng.governance.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.model.clue.IssueClue;
import io.github.jiceng.governance.model.points.Deduction;
import io.github.jiceng.governance.model.proposal.Proposal;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.volunteer.VolunteerRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Mobile numbers and residents' free text are written raw in files, but no error message shows a
 * raw mobile number or a resident's full name: not when the file around them is damaged, not
 * when they themselves are malformed, mistyped, cut off or unquoted.
 */
final class PersonalDataStaysMaskedTest {

  private static final ObjectMapper PLAIN = new ObjectMapper();

  /** Every error message of reading the bytes as a scenario, with the violations' details. */
  private static String messageOf(byte[] bytes) throws IOException {
    try {
      Bindings.files().readScenario(new ByteArrayInputStream(bytes));
      return "";
    } catch (GovernanceFormatException e) {
      return everything(e);
    }
  }

  private static String everything(GovernanceFormatException e) {
    StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage())).append('\n').append(e);
    for (Violation v : e.violations()) {
      sb.append('\n').append(v).append(' ').append(v.subject()).append(' ').append(v.detail());
    }
    return sb.toString();
  }

  /** The personal values of a scenario file: mobiles, and the full names its free text quotes. */
  private static Set<String> personalValues(byte[] scenario) {
    Set<String> out = new LinkedHashSet<>(FeatureSamples.FULL_NAMES);
    out.add(PracticeScenario.CLUE_NAME);
    out.add(PracticeScenario.PROPOSAL_NAME);
    collectMobiles(tree(scenario), out);
    return out;
  }

  private static void collectMobiles(JsonNode node, Set<String> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (e.getKey().equals("contactMobile")) {
          out.add(e.getValue().textValue());
        }
        collectMobiles(e.getValue(), out);
      }
    } else if (node.isArray()) {
      node.forEach(n -> collectMobiles(n, out));
    }
  }

  private static JsonNode tree(byte[] bytes) {
    return Mutations.tree(bytes);
  }

  private static List<byte[]> scenarios() throws IOException {
    List<byte[]> out = new ArrayList<>();
    out.add(SampleFiles.write(PracticeScenario.scenario()));
    for (long seed = 0; seed < 3; seed++) {
      out.add(SampleFiles.write(FeatureSamples.scenario(seed, true)));
    }
    return out;
  }

  @Test
  void noMessageAboutADamagedScenarioShowsAMobileOrAFullName() throws IOException {
    List<String> leaks = new ArrayList<>();
    int checked = 0;
    int mobiles = 0;
    for (byte[] scenario : scenarios()) {
      Set<String> personal = personalValues(scenario);
      mobiles += (int) personal.stream().filter(v -> v.matches("1[0-9]{10}")).count();
      for (Mutations.Mutant m : Mutations.of(scenario)) {
        String message = messageOf(m.bytes());
        checked++;
        for (String p : personal) {
          if (message.contains(p)) {
            leaks.add(m + " shows '" + p + "': " + message);
          }
        }
      }
    }
    assertThat(leaks).as("of %d damaged files", checked).isEmpty();
    assertThat(checked).isGreaterThan(5_000);
    assertThat(mobiles).isGreaterThan(2);
  }

  @Test
  void aMalformedMobileOrFreeTextIsNeverQuoted() throws IOException {
    byte[] practice = SampleFiles.write(PracticeScenario.scenario());
    String mobile = PracticeScenario.CLUE_MOBILE;
    List<String> bad = List.of(mobile.substring(0, 10), mobile + "9", "+86" + mobile, mobile + " ", "0" + mobile,
        mobile.substring(0, 3) + "-" + mobile.substring(3), PracticeScenario.CLUE_NAME + mobile);
    List<JsonNode> replacements = new ArrayList<>();
    bad.forEach(b -> replacements.add(PLAIN.getNodeFactory().textNode(b)));
    replacements.add(PLAIN.getNodeFactory().numberNode(Long.parseLong(mobile)));
    replacements.add(PLAIN.getNodeFactory().arrayNode().add(mobile));
    replacements.add(PLAIN.getNodeFactory().textNode(PracticeScenario.CLUE_NAME.repeat(200)));
    replacements.add(PLAIN.getNodeFactory().textNode(""));
    List<String> leaks = new ArrayList<>();
    for (String at : List.of("/clues/0/clue/contactMobile", "/proposals/0/proposal/contactMobile",
        "/clues/0/clue/summary", "/proposals/0/proposal/content", "/proposals/0/answer/text")) {
      for (JsonNode replacement : replacements) {
        JsonNode root = tree(practice);
        JsonPointer p = JsonPointer.compile(at);
        ((ObjectNode) root.at(p.head())).set(p.last().getMatchingProperty(), replacement);
        String message = messageOf(PLAIN.writeValueAsBytes(root));
        if (message.isEmpty()) {
          continue; // some texts are valid summaries or answers
        }
        assertThat(message).as("%s at %s", replacement, at).contains(at);
        for (String shown : List.of(mobile, mobile.substring(0, 10), mobile.substring(1), PracticeScenario.CLUE_NAME,
            PracticeScenario.PROPOSAL_NAME, PracticeScenario.PROPOSAL_MOBILE)) {
          if (message.contains(shown)) {
            leaks.add(replacement + " at " + at + " shows '" + shown + "': " + message);
          }
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  @Test
  void aMobileCutOffOrUnquotedIsNotQuotedByTheParserEither() throws IOException {
    String practice = new String(SampleFiles.write(PracticeScenario.scenario()), UTF_8);
    String mobile = PracticeScenario.CLUE_MOBILE;
    String name = PracticeScenario.CLUE_NAME;
    int m = practice.indexOf(mobile);
    int n = practice.indexOf(name);
    List<String> damaged = List.of(
        practice.substring(0, m + 7),
        practice.substring(0, n + 2),
        practice.replace("\"" + mobile + "\"", mobile + "x"),
        practice.replace("\"" + mobile + "\"", mobile),
        practice.replace("\"" + mobile + "\"", "\"" + mobile),
        practice.replace(mobile, mobile.substring(0, 5) + "\u0001" + mobile.substring(5)),
        practice.replace(mobile, mobile.repeat(6)).replace("\"" + mobile.repeat(6) + "\"", mobile.repeat(6)));
    for (String file : damaged) {
      String message = messageOf(file.getBytes(UTF_8));
      assertThat(message).isNotEmpty().doesNotContain(mobile).doesNotContain(name)
          .doesNotContain(mobile.substring(0, 7));
    }
  }

  @Test
  void theModuleMasksPersonalFieldsOfEveryTypeItReads() {
    JsonBinding.Mapper mapper = Bindings.mapper();
    String mobile = "13700001111";
    Map<Class<?>, String> cases = Map.of(
        IssueClue.class, "{\"id\": \"c-1\", \"category\": \"WASTE\", \"grid\": \"g\", \"reportedAt\": "
            + "\"2024-01-01T00:00:00Z\", \"source\": \"RESIDENT\", \"contactMobile\": " + mobile
            + ", \"summary\": \"李秀英说\"}",
        Proposal.class, "{\"id\": \"t-1\", \"title\": \"路灯\", \"content\": 5, \"grid\": \"g\", \"submittedAt\": "
            + "\"2024-01-01T00:00:00Z\", \"submission\": {\"type\": \"direct\", \"submitter\": \"p-1\"}, "
            + "\"contactMobile\": \"" + mobile + "0\"}",
        Deduction.class, "{\"type\": \"deduction\", \"id\": \"d-1\", \"actor\": \"person:p-1\", \"at\": "
            + "\"2024-01-01T00:00:00Z\", \"rule\": \"no-show\", \"requested\": 10, \"points\": 10, \"note\": "
            + mobile + "}",
        VolunteerRecord.class, "{\"id\": \"v-1\", \"volunteer\": \"p-1\", \"activityName\": \"巡逻\", "
            + "\"activityDate\": \"2024-01-01\", \"place\": " + mobile + ", \"content\": \"x\"}");
    cases.forEach((type, json) -> {
      try {
        mapper.readValue(json, type);
        throw new AssertionError(type + " was accepted");
      } catch (GovernanceFormatException e) {
        assertThat(everything(e)).as("%s", type).doesNotContain(mobile).doesNotContain("李秀英");
      } catch (IOException e) {
        throw new AssertionError(type + " threw " + e, e);
      }
    });
  }
}
