package io.github.jiceng.governance.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The model's own fence, so a developer sees a breach without building the whole project. */
@AnalyzeClasses(packages = "io.github.jiceng.governance.model", importOptions = ImportOption.DoNotIncludeTests.class)
final class ModelArchitectureTest {

  @ArchTest
  static final ArchRule model_is_a_framework_free_kernel =
      noClasses().should().dependOnClassesThat().resideInAnyPackage(
              "com.fasterxml.jackson..", "org.slf4j..", "java.util.logging..",
              "io.github.jiceng.governance.rules..", "io.github.jiceng.governance.json..",
              "io.github.jiceng.governance.sim..")
          .because("the model is embedded everywhere and must not drag frameworks along");
}
