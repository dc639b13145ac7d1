package io.github.jiceng.governance.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.github.jiceng.governance.json.archfixture.JsonUsingRules;
import io.github.jiceng.governance.json.archfixture.JsonUsingSimulationData;
import io.github.jiceng.governance.json.archfixture.JsonUsingTheSimulator;
import io.github.jiceng.governance.model.archfixture.ModelExposingGuava;
import io.github.jiceng.governance.model.archfixture.ModelFormattingInDefaultLocale;
import io.github.jiceng.governance.model.archfixture.ModelUsingPlatformMath;
import io.github.jiceng.governance.model.archfixture.ModelUsingFrameworks;
import io.github.jiceng.governance.model.archfixture.ModelUsingSeededRandomness;
import io.github.jiceng.governance.model.archfixture.ModelUsingWallClock;
import io.github.jiceng.governance.model.archfixture.cyclea.A;
import io.github.jiceng.governance.model.archfixture.cycleb.B;
import io.github.jiceng.governance.rules.archfixture.RulesUsingJson;
import io.github.jiceng.governance.sim.model.archfixture.SimulationDataUsingRules;
import org.junit.jupiter.api.Test;

/** Each rule, run on a deliberate breach in the test sources, reports it: no rule passes vacuously. */
final class ArchitectureRulesCanFailTest {

  private static EvaluationResult evaluate(ArchRule rule, Class<?>... classes) {
    JavaClasses imported = new ClassFileImporter().importClasses(classes);
    return rule.evaluate(imported);
  }

  @Test
  void catchesAModelClassUsingJacksonOrSlf4j() {
    EvaluationResult r = evaluate(ArchitectureRules.MODEL_IS_FRAMEWORK_FREE, ModelUsingFrameworks.class);
    assertThat(r.hasViolation()).isTrue();
    assertThat(r.getFailureReport().toString()).contains("com.fasterxml.jackson", "org.slf4j");
  }

  @Test
  void catchesRulesUsingJson() {
    assertThat(evaluate(ArchitectureRules.RULES_DO_NOT_KNOW_JSON, RulesUsingJson.class).hasViolation()).isTrue();
  }

  @Test
  void catchesJsonUsingRules() {
    assertThat(evaluate(ArchitectureRules.JSON_DOES_NOT_KNOW_RULES, JsonUsingRules.class).hasViolation()).isTrue();
  }

  @Test
  void catchesJsonUsingTheSimulatorButLetsItReadTheSimulationData() {
    EvaluationResult r = evaluate(ArchitectureRules.JSON_DOES_NOT_KNOW_RULES, JsonUsingTheSimulator.class);
    assertThat(r.hasViolation()).isTrue();
    assertThat(r.getFailureReport().toString()).contains("sim.engine.SimulationOptions")
        .doesNotContain("sim.model.IntRange");
    assertThat(evaluate(ArchitectureRules.JSON_DOES_NOT_KNOW_RULES, JsonUsingSimulationData.class).hasViolation())
        .isFalse();
  }

  @Test
  void catchesTheSimulationDataUsingRules() {
    assertThat(evaluate(ArchitectureRules.SIMULATION_DATA_KNOWS_THE_MODEL_ONLY, SimulationDataUsingRules.class)
        .hasViolation()).isTrue();
  }

  @Test
  void catchesAPackageCycle() {
    assertThat(evaluate(ArchitectureRules.NO_PACKAGE_CYCLES, A.class, B.class).hasViolation()).isTrue();
  }

  @Test
  void catchesAnInternalPackageUsedFromAnotherModule() {
    EvaluationResult r = evaluate(ArchitectureRules.INTERNAL_STAYS_IN_ITS_MODULE, RulesUsingJson.class);
    assertThat(r.hasViolation()).isTrue();
    assertThat(r.getFailureReport().toString()).contains("json.internal.Pointers");
  }

  @Test
  void catchesTheWallClockAndUnseededRandomness() {
    EvaluationResult r = evaluate(ArchitectureRules.NO_WALL_CLOCK_OR_AMBIENT_RANDOMNESS, ModelUsingWallClock.class);
    assertThat(r.hasViolation()).isTrue();
    assertThat(r.getFailureReport().toString()).contains("Instant.now()", "Random.<init>()", "currentTimeMillis()");
  }

  @Test
  void catchesAGuavaTypeInAPublicSignature() {
    EvaluationResult r = evaluate(ArchitectureRules.NO_GUAVA_IN_PUBLIC_SIGNATURES, ModelExposingGuava.class);
    assertThat(r.hasViolation()).isTrue();
    assertThat(r.getFailureReport().toString()).contains("ImmutableList");
  }

  @Test
  void catchesPlatformDependentMath() {
    EvaluationResult r = evaluate(ArchitectureRules.STRICT_MATH_ONLY, ModelUsingPlatformMath.class);
    assertThat(r.hasViolation()).isTrue();
    assertThat(r.getFailureReport().toString()).contains("Math.exp(double)", "Math.sin(double)")
        .doesNotContain("allowed(", "Math.sqrt");
  }

  @Test
  void catchesTextFormattedInTheDefaultLocale() {
    EvaluationResult r = evaluate(ArchitectureRules.NO_DEFAULT_LOCALE_TEXT, ModelFormattingInDefaultLocale.class);
    assertThat(r.hasViolation()).isTrue();
    assertThat(r.getFailureReport().toString()).contains("String.format(java.lang.String, [Ljava.lang.Object;)",
        "String.formatted(", "String.toUpperCase()", "PrintStream.printf(java.lang.String")
        .doesNotContain("String.format(java.util.Locale");
  }

  @Test
  void allowsSeededRandomnessAndAGivenClock() {
    assertThat(evaluate(ArchitectureRules.NO_WALL_CLOCK_OR_AMBIENT_RANDOMNESS, ModelUsingSeededRandomness.class)
        .hasViolation()).isFalse();
  }
}
