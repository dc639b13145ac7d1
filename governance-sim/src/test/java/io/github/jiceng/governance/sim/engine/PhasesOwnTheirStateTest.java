package io.github.jiceng.governance.sim.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.github.jiceng.governance.sim.engine.internal.Engine;
import io.github.jiceng.governance.sim.engine.phasefixture.LeakyDesk;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's phases own their state: every field of the engine's machinery is private, no
 * class reads or writes a field of another (only its own and its nested classes'), and no phase
 * knows the engine that wires them. A phase reaches another only through its methods. Each rule
 * is shown to catch a breach in {@code phasefixture}, a small engine whose desks edit each
 * other's maps the way the simulator's desks once edited the engine's.
 */
final class PhasesOwnTheirStateTest {

  private static final String ENGINE_PACKAGE = Engine.class.getPackageName();
  private static final String FIXTURE_PACKAGE = LeakyDesk.class.getPackageName();

  private static JavaClasses production;
  private static JavaClasses fixture;

  @BeforeAll
  static void importClasses() {
    production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ENGINE_PACKAGE);
    fixture = new ClassFileImporter().importPackages(FIXTURE_PACKAGE);
  }

  /** Every field declared in the package is private (but those the compiler makes, such as a switch's map). */
  static ArchRule fieldsArePrivate(String pkg) {
    return fields().that().areDeclaredInClassesThat().resideInAPackage(pkg)
        .and().doNotHaveModifier(JavaModifier.SYNTHETIC).should().bePrivate()
        .because("a phase's maps, registers and counters are its own, read and changed only through its methods");
  }

  /** No class of the package accesses a field of another top-level class of the package. */
  static ArchRule noFieldOfAnotherClassIsTouched(String pkg) {
    return classes().that().resideInAPackage(pkg).should(touchOnlyTheirOwnFields(pkg))
        .because("a phase asks another through its query methods and changes it only through its own methods");
  }

  /** No class of the package but the engine depends on the engine. */
  static ArchRule onlyTheEngineKnowsTheEngine(String pkg) {
    return noClasses().that().resideInAPackage(pkg).and().doNotHaveFullyQualifiedName(pkg + ".Engine")
        .should().dependOnClassesThat().haveFullyQualifiedName(pkg + ".Engine")
        .because("the engine wires the phases and runs them; a phase that holds the engine can reach every other");
  }

  private static ArchCondition<JavaClass> touchOnlyTheirOwnFields(String pkg) {
    return new ArchCondition<>("touch only their own fields") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        for (JavaFieldAccess access : c.getFieldAccessesFromSelf()) {
          JavaClass owner = access.getTargetOwner();
          if (owner.getPackageName().equals(pkg) && !topLevel(owner).equals(topLevel(c))) {
            events.add(SimpleConditionEvent.violated(access, access.getDescription()));
          }
        }
      }
    };
  }

  private static JavaClass topLevel(JavaClass c) {
    JavaClass t = c;
    while (t.getEnclosingClass().isPresent()) {
      t = t.getEnclosingClass().get();
    }
    return t;
  }

  private static List<ArchRule> rules(String pkg) {
    return List.of(fieldsArePrivate(pkg), noFieldOfAnotherClassIsTouched(pkg), onlyTheEngineKnowsTheEngine(pkg));
  }

  @Test
  void theEnginesMachineryIsImported() {
    assertThat(production.that(JavaClass.Predicates.resideInAPackage(ENGINE_PACKAGE))).hasSizeGreaterThan(10);
    assertThat(production.contain(Engine.class)).isTrue();
  }

  @Test
  void everyFieldOfTheEnginesMachineryIsPrivate() {
    fieldsArePrivate(ENGINE_PACKAGE).check(production);
  }

  @Test
  void noPhaseTouchesAnotherPhasesFields() {
    noFieldOfAnotherClassIsTouched(ENGINE_PACKAGE).check(production);
  }

  @Test
  void noPhaseKnowsTheEngine() {
    onlyTheEngineKnowsTheEngine(ENGINE_PACKAGE).check(production);
  }

  @Test
  void eachRuleCatchesADeskThatEditsAnotherDesksMap() {
    for (ArchRule rule : rules(FIXTURE_PACKAGE)) {
      EvaluationResult r = rule.evaluate(fixture);
      assertThat(r.hasViolation()).as(rule.getDescription()).isTrue();
      assertThat(r.getFailureReport().toString()).as(rule.getDescription()).contains("LeakyDesk");
    }
  }
}
