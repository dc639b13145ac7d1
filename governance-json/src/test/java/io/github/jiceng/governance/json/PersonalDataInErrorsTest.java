package io.github.jiceng.governance.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.model.actor.Person;
import io.github.jiceng.governance.model.post.Roster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No error of a file that holds personal data shows an identity number, a mobile or a full name
 * raw: not for any of the corpus's malformed variants of a generated scenario with persons, not for
 * invalid, mistyped or truncated personal values, and not through the Jackson module.
 */
final class PersonalDataInErrorsTest {

  private static final ObjectMapper PLAIN = new ObjectMapper();

  /** A malformed file and the raw personal values it holds, which no message may show. */
  private record Case(String description, byte[] bytes, Set<String> secrets) {}

  private static Scenario scenarioWithPersons(long seed) {
    for (long s = seed; ; s += 1_000) {
      Scenario scenario = new Generators(s).fullScenario();
      List<Person> persons = scenario.section(ScenarioSection.ROSTER).map(Roster::persons).orElse(List.of());
      if (persons.stream().filter(p -> p.identityNumber().isPresent() && p.mobile().isPresent()).count() >= 2) {
        return scenario;
      }
    }
  }

  private static Set<String> secrets(Scenario scenario) {
    Set<String> out = new LinkedHashSet<>();
    for (Person p : scenario.section(ScenarioSection.ROSTER).orElseThrow().persons()) {
      out.add(p.name().rawValue());
      p.identityNumber().ifPresent(n -> out.add(n.rawValue()));
      p.mobile().ifPresent(m -> out.add(m.rawValue()));
    }
    return out;
  }

  private static List<Case> cases(Scenario scenario) throws IOException {
    byte[] file = SampleFiles.write(scenario);
    Set<String> secrets = secrets(scenario);
    List<Case> out = new ArrayList<>();
    for (Mutations.Mutant m : Mutations.of(file)) {
      out.add(new Case(m.toString(), m.bytes(), secrets));
    }
    JsonNode root = PLAIN.readTree(file);
    JsonNode persons = root.at("/roster/persons");
    for (int i = 0; i < persons.size(); i++) {
      JsonNode person = persons.get(i);
      JsonPointer at = JsonPointer.compile("/roster/persons/" + i);
      String name = person.get("name").textValue();
      personal(out, root, at, "name", secrets, name + "\u0007", name + "\n", name.repeat(26), " ");
      numberInstead(out, root, at, "name", secrets);
      if (person.has("identityNumber")) {
        String id = person.get("identityNumber").textValue();
        char check = id.charAt(17);
        personal(out, root, at, "identityNumber", secrets, id.substring(0, 17) + (check == '0' ? '1' : '0'),
            id.substring(1), id + "0", id.substring(0, 6) + "1899" + id.substring(10), id.substring(0, 10) + "13"
                + id.substring(12), "0" + id.substring(1), id.substring(0, 17) + "Y");
        numberInstead(out, root, at, "identityNumber", secrets);
      }
      if (person.has("mobile")) {
        String mobile = person.get("mobile").textValue();
        personal(out, root, at, "mobile", secrets, mobile + "1", mobile.substring(1), "12" + mobile.substring(2),
            mobile.substring(0, 5) + "x" + mobile.substring(6), "+87" + mobile);
        numberInstead(out, root, at, "mobile", secrets);
      }
    }
    String text = new String(file, UTF_8);
    for (String secret : secrets) {
      int start = text.indexOf("\"" + secret);
      for (int cut = start; cut >= 0 && cut <= start + secret.length() + 1; cut++) {
        out.add(new Case("cut at " + cut + " in a personal value", text.substring(0, cut).getBytes(UTF_8), secrets));
      }
    }
    return out;
  }

  /** Adds a case per invalid text of a personal property; the invalid text is secret too. */
  private static void personal(List<Case> out, JsonNode root, JsonPointer person, String property, Set<String> secrets,
      String... invalid) throws IOException {
    for (String bad : invalid) {
      ObjectNode copy = root.deepCopy();
      ((ObjectNode) copy.at(person)).put(property, bad);
      Set<String> all = new LinkedHashSet<>(secrets);
      if (bad.strip().length() > 1) {
        all.add(bad.strip());
      }
      out.add(new Case("invalid " + property + " at " + person, PLAIN.writeValueAsBytes(copy), all));
    }
  }

  /** Adds a case where the personal value is written as a JSON number (its digits, if any). */
  private static void numberInstead(List<Case> out, JsonNode root, JsonPointer person, String property,
      Set<String> secrets) throws IOException {
    String digits = root.at(person).get(property).textValue().replaceAll("[^0-9]", "");
    if (digits.isEmpty() || digits.length() > 18) {
      digits = "13912345678";
    }
    ObjectNode copy = root.deepCopy();
    ((ObjectNode) copy.at(person)).put(property, new java.math.BigInteger(digits));
    Set<String> all = new LinkedHashSet<>(secrets);
    all.add(digits);
    out.add(new Case(property + " as a number at " + person, PLAIN.writeValueAsBytes(copy), all));
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void noErrorOfAFileWithPersonsShowsARawIdentityNumberMobileOrName(long seed) throws IOException {
    Scenario scenario = scenarioWithPersons(seed);
    List<String> leaks = new ArrayList<>();
    int errors = 0;
    for (Case c : cases(scenario)) {
      String shown;
      try {
        Bindings.files().readScenario(new ByteArrayInputStream(c.bytes()));
        continue;
      } catch (GovernanceFormatException e) {
        errors++;
        shown = e.getMessage() + "\n" + e.getOriginalMessage() + "\n" + e.violations() + "\n" + e;
      }
      for (String secret : c.secrets()) {
        if (shown.contains(secret)) {
          leaks.add(c.description() + " shows '" + secret.charAt(0) + "...': " + shown.replace(secret, "<SECRET>"));
        }
      }
    }
    assertThat(leaks).as("seed %d, of %d errors", seed, errors).isEmpty();
    assertThat(errors).as("seed %d", seed).isGreaterThan(500);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {4, 5})
  void noErrorThroughTheJacksonModuleShowsThemEither(long seed) throws IOException {
    Scenario scenario = scenarioWithPersons(seed);
    List<String> leaks = new ArrayList<>();
    int errors = 0;
    for (Person person : scenario.section(ScenarioSection.ROSTER).orElseThrow().persons()) {
      JsonNode tree = PLAIN.readTree(Bindings.mapper().writeValueAsBytes(person));
      List<Case> cases = new ArrayList<>();
      Set<String> secrets = new LinkedHashSet<>();
      secrets.add(person.name().rawValue());
      person.identityNumber().ifPresent(n -> secrets.add(n.rawValue()));
      person.mobile().ifPresent(m -> secrets.add(m.rawValue()));
      personal(cases, tree, JsonPointer.empty(), "name", secrets, person.name().rawValue() + "\u0001");
      person.identityNumber().ifPresent(n -> {
        try {
          personal(cases, tree, JsonPointer.empty(), "identityNumber", secrets, n.rawValue().substring(1));
          numberInstead(cases, tree, JsonPointer.empty(), "identityNumber", secrets);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      for (Case c : cases) {
        try {
          Bindings.mapper().readValue(c.bytes(), Person.class);
        } catch (IOException e) {
          errors++;
          for (String secret : c.secrets()) {
            if (e.getMessage().contains(secret) || e.toString().contains(secret)) {
              leaks.add(c.description() + " shows '" + secret.charAt(0) + "...'");
            }
          }
        }
      }
    }
    assertThat(leaks).as("seed %d", seed).isEmpty();
    assertThat(errors).as("seed %d", seed).isPositive();
  }
}
