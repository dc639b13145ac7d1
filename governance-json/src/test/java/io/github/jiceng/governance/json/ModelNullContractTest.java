package io.github.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.LevelCoding;
import io.github.jiceng.governance.model.grid.LevelScheme;
import io.github.jiceng.governance.model.grid.LevelSchemes;
import io.github.jiceng.governance.model.time.Interval;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * guava-testlib's {@link NullPointerTester} over every public type of every model package: no
 * public constructor, static method or instance method accepts a {@code null} it does not declare.
 *
 * <p>It lives here because the JSON tests already hold a generator of a valid value of every model
 * type (they must, to prove each binding round-trips); the same samples give the tester the
 * arguments it needs and the instances whose methods it calls.
 */
final class ModelNullContractTest {

  private static final List<String> PACKAGES = List.of("actor", "assessment", "authority", "checkin", "clue",
      "code", "deliberation", "fund", "grid", "matching", "money", "pillar", "points", "post", "proposal", "service",
      "shared", "taxonomy", "time", "volunteer");

  /** Runs one tester call, keeping its failure so that one run lists every offending method. */
  private static void check(List<String> failures, Runnable call) {
    try {
      call.run();
    } catch (AssertionError e) {
      failures.add(e.getMessage());
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  @Test
  void noPublicMethodOfTheModelAcceptsAnUndeclaredNull() throws Exception {
    Map<Class<?>, Object> samples = new LinkedHashMap<>();
    Generators generators = new Generators(7);
    for (BindingRoundTripPropertyTest.Case<?> c : BindingRoundTripPropertyTest.cases()) {
      samples.putIfAbsent(c.type(), c.generate().apply(generators));
    }
    Random random = new Random(7);
    for (FeatureSamples.Sample<?> s : FeatureSamples.all()) {
      samples.putIfAbsent(s.type(), s.generate().apply(random));
    }
    samples.putIfAbsent(GridHierarchy.class, generators.hierarchy);
    List<Class<?>> types = new ArrayList<>();
    for (String pkg : PACKAGES) {
      for (String name : ModelTypes.publicTypes("io.github.jiceng.governance.model." + pkg)) {
        types.add(Class.forName(name));
      }
    }
    for (Class<?> type : types) {
      if (!samples.containsKey(type) && type.isRecord() && type.getRecordComponents().length == 1
          && type.getRecordComponents()[0].getType() == String.class) {
        samples.put(type, type.getDeclaredConstructor(String.class).newInstance("SAMPLE_1"));
      }
    }
    samples.putIfAbsent(LevelCoding.class, LevelCoding.sequence(2));
    samples.putIfAbsent(LevelScheme.class, LevelSchemes.URBAN);
    samples.putIfAbsent(Interval.class, Interval.of(Instant.parse("2024-01-01T00:00:00Z"),
        Instant.parse("2024-01-02T00:00:00Z")));
    for (Class<?> type : types) {
      if (type.isSealed() && !samples.containsKey(type)) {
        for (Class<?> variant : type.getPermittedSubclasses()) {
          if (samples.containsKey(variant)) {
            samples.put(type, samples.get(variant));
            break;
          }
        }
      }
    }
    NullPointerTester tester = new NullPointerTester()
        .setDefault(ZoneId.class, ZoneId.of("Asia/Shanghai"))
        .setDefault(LocalDate.class, LocalDate.of(2024, 1, 1));
    samples.forEach((type, sample) -> tester.setDefault((Class) type, sample));

    int instances = 0;
    List<String> failures = new ArrayList<>();
    for (Class<?> type : types) {
      check(failures, () -> tester.testAllPublicStaticMethods(type));
      check(failures, () -> tester.testAllPublicConstructors(type));
      Object sample = samples.get(type);
      if (sample != null && !type.isEnum()) {
        check(failures, () -> tester.testAllPublicInstanceMethods(sample));
        instances++;
      }
    }
    assertThat(failures).as("methods that accept an undeclared null").isEmpty();
    assertThat(types).hasSizeGreaterThan(220);
    assertThat(instances).as("types whose instance methods were tested through a sample").isGreaterThan(150);
  }
}
