package io.github.jiceng.governance.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the real classes of every module against {@link ArchitectureRules}. */
final class ArchitectureTest {

  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.jiceng.governance");
  }

  @Test
  void importsTheClassesOfEveryModule() {
    for (String module : new String[] {"model", "rules", "json", "sim"}) {
      assertThat(production.that(resideInAPackage("io.github.jiceng.governance." + module + ".."))).as(module).isNotEmpty();
    }
  }

  @Test
  void theModelIsFrameworkFree() {
    ArchitectureRules.MODEL_IS_FRAMEWORK_FREE.check(production);
  }

  @Test
  void theRulesDoNotKnowJson() {
    ArchitectureRules.RULES_DO_NOT_KNOW_JSON.check(production);
  }

  @Test
  void jsonDoesNotKnowTheRules() {
    ArchitectureRules.JSON_DOES_NOT_KNOW_RULES.check(production);
  }

  @Test
  void theSimulationDataKnowsTheModelOnly() {
    ArchitectureRules.SIMULATION_DATA_KNOWS_THE_MODEL_ONLY.check(production);
  }

  @Test
  void packagesAreFreeOfCycles() {
    ArchitectureRules.NO_PACKAGE_CYCLES.check(production);
  }

  @Test
  void internalPackagesStayInTheirModule() {
    ArchitectureRules.INTERNAL_STAYS_IN_ITS_MODULE.check(production);
  }

  @Test
  void floatingPointIsStrict() {
    ArchitectureRules.STRICT_MATH_ONLY.check(production);
  }

  @Test
  void publicSignaturesCarryNoGuavaTypes() {
    ArchitectureRules.NO_GUAVA_IN_PUBLIC_SIGNATURES.check(production);
  }

  @Test
  void noTextIsFormattedInTheDefaultLocale() {
    ArchitectureRules.NO_DEFAULT_LOCALE_TEXT.check(production);
  }

  @Test
  void modelAndRulesUseNoWallClockOrAmbientRandomness() {
    ArchitectureRules.NO_WALL_CLOCK_OR_AMBIENT_RANDOMNESS.check(production);
  }
}
