package io.github.jiceng.governance.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The architecture of the SDK as ArchUnit rules: module boundaries, no package cycles, internal
 * packages kept internal, and no wall clock or unseeded randomness in the model, the rules and
 * the simulator (its engine, scenarios, reports and comparisons: same seed, same bytes).
 * {@code ArchitectureTest} checks the real classes; {@code ArchitectureRulesCanFailTest} shows
 * each rule catching a deliberate breach.
 */
final class ArchitectureRules {

  private static final String ROOT = "io.github.jiceng.governance";

  private ArchitectureRules() {}

  static final ArchRule MODEL_IS_FRAMEWORK_FREE =
      noClasses().that().resideInAPackage(ROOT + ".model..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "com.fasterxml.jackson..", "org.slf4j..", "java.util.logging..",
              ROOT + ".rules..", ROOT + ".json..", ROOT + ".sim..")
          .because("the model is the embeddable kernel: no Jackson, no logging, no rules, no JSON");

  static final ArchRule RULES_DO_NOT_KNOW_JSON =
      noClasses().that().resideInAPackage(ROOT + ".rules..")
          .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", ROOT + ".json..", ROOT + ".sim..")
          .because("rules work on model values; persistence is the json module's job");

  static final ArchRule JSON_DOES_NOT_KNOW_RULES =
      noClasses().that().resideInAPackage(ROOT + ".json..")
          .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(ROOT + ".rules..", ROOT + ".sim..")
              .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage(ROOT + ".sim.model.."))))
          .because("persisted rule outputs are model types, so json needs the model only, and the"
              + " simulation's data (sim.model) for the scenario's simulation section and the event log (ADR 0036)");

  static final ArchRule SIMULATION_DATA_KNOWS_THE_MODEL_ONLY =
      noClasses().that().resideInAPackage(ROOT + ".sim.model..")
          .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(
              "com.fasterxml.jackson..", "org.slf4j..", "java.util.logging..",
              ROOT + ".rules..", ROOT + ".json..", ROOT + ".sim..")
              .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage(ROOT + ".sim.model.."))))
          .because("the simulation's data is values over the model, read and written by json and played by"
              + " the simulator (ADR 0036)");

  static final ArchRule NO_PACKAGE_CYCLES =
      slices().assignedFrom(packagesWithTheirInternals()).should().beFreeOfCycles()
          .because("features depend one way, so each can be read and changed on its own");

  static final ArchRule INTERNAL_STAYS_IN_ITS_MODULE =
      classes().that().resideInAPackage(ROOT + "..").should(onlyUseInternalPackagesOfTheirOwnModule())
          .because("*.internal packages are not API and may change in any release");

  static final ArchRule NO_WALL_CLOCK_OR_AMBIENT_RANDOMNESS =
      noClasses().that().resideInAnyPackage(ROOT + ".model..", ROOT + ".rules..", ROOT + ".sim.model..",
              ROOT + ".sim.engine..",
              ROOT + ".sim.scenario..", ROOT + ".sim.report..", ROOT + ".sim.compare..")
          .should(callAnyOf(Set.of(
              "java.time.Clock.systemUTC",
              "java.time.Clock.systemDefaultZone", "java.lang.System.currentTimeMillis",
              "java.lang.System.nanoTime", "java.lang.Math.random",
              "java.util.concurrent.ThreadLocalRandom.current", "java.util.UUID.randomUUID",
              "java.util.Random.<init>()", "java.util.SplittableRandom.<init>()",
              "java.security.SecureRandom.<init>()")))
          .because("same input, same output: time and randomness come from the caller, seeded");

  /**
   * One slice per package, where a package's {@code internal} sub-package counts as part of it:
   * an API package and its implementation may call each other, nothing else may form a cycle.
   */
  private static SliceAssignment packagesWithTheirInternals() {
    return new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith(ROOT + ".")) {
          return SliceIdentifier.ignore();
        }
        return SliceIdentifier.of(pkg.substring(ROOT.length() + 1).replaceAll("\\.internal(\\..*)?$", ""));
      }

      @Override
      public String getDescription() {
        return "packages below " + ROOT + ", each with its internal sub-package";
      }
    };
  }

  static final ArchRule NO_DEFAULT_LOCALE_TEXT =
      noClasses().that().resideInAPackage(ROOT + "..")
          .should(formatTextInTheDefaultLocale())
          .because("the same run must give the same bytes on every machine: an Arabic or Thai default locale"
              + " changes the digits String.format writes, a Turkish one what toUpperCase gives");

  private static ArchCondition<JavaClass> formatTextInTheDefaultLocale() {
    return new ArchCondition<>("format text in the default locale") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        for (JavaMethodCall call : origin.getMethodCallsFromSelf()) {
          String owner = call.getTargetOwner().getName();
          boolean string = owner.equals("java.lang.String");
          if (!string && !owner.equals("java.io.PrintStream") && !owner.equals("java.io.PrintWriter")) {
            continue;
          }
          List<JavaClass> params = call.getTarget().getRawParameterTypes();
          String name = call.getName();
          boolean noLocale = !params.isEmpty() && !params.get(0).getName().equals("java.util.Locale");
          boolean defaultLocale = string && name.equals("formatted")
              || (name.equals("format") || name.equals("printf")) && noLocale
              || string && (name.equals("toUpperCase") || name.equals("toLowerCase")) && params.isEmpty();
          if (defaultLocale) {
            events.add(SimpleConditionEvent.satisfied(call, call.getDescription()));
          }
        }
      }
    };
  }

  /** {@code java.lang.Math}'s methods that may differ in the last bit between JVMs and CPUs. */
  private static final Set<String> PLATFORM_MATH = Set.of("sin", "cos", "tan", "asin", "acos", "atan", "atan2",
      "sinh", "cosh", "tanh", "exp", "expm1", "log", "log10", "log1p", "pow", "cbrt", "hypot");

  static final ArchRule STRICT_MATH_ONLY =
      noClasses().that().resideInAPackage(ROOT + "..")
          .should(callPlatformDependentMath())
          .because("a floating-point result that reaches an event log, a report or a decision must be the same"
              + " bit for bit on every JVM: Math's transcendental methods may use faster, platform-specific"
              + " code, StrictMath's may not");

  private static ArchCondition<JavaClass> callPlatformDependentMath() {
    return new ArchCondition<>("call Math's platform-dependent transcendental methods") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        for (JavaMethodCall call : origin.getMethodCallsFromSelf()) {
          if (call.getTargetOwner().getName().equals("java.lang.Math") && PLATFORM_MATH.contains(call.getName())) {
            events.add(SimpleConditionEvent.satisfied(call, call.getDescription()));
          }
        }
      }
    };
  }

  static final ArchRule NO_GUAVA_IN_PUBLIC_SIGNATURES =
      classes().that().resideInAPackage(ROOT + "..").and().arePublic()
          .should(exposeNoGuavaTypesInPublicSignatures())
          .because("Guava version conflicts would fall on the host application (ADR 0003)");

  private static ArchCondition<JavaClass> exposeNoGuavaTypesInPublicSignatures() {
    return new ArchCondition<>("expose no Guava types in public signatures") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        for (var method : c.getMethods()) {
          if (!method.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)) {
            continue;
          }
          List<JavaClass> types = new ArrayList<>(method.getRawParameterTypes());
          types.add(method.getRawReturnType());
          for (JavaClass t : types) {
            if (t.getPackageName().startsWith("com.google.common")) {
              events.add(SimpleConditionEvent.violated(method, method.getFullName() + " exposes " + t.getName()));
            }
          }
        }
      }
    };
  }

  private static String moduleOf(JavaClass c) {
    String rest = c.getPackageName().substring(ROOT.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  private static ArchCondition<JavaClass> onlyUseInternalPackagesOfTheirOwnModule() {
    return new ArchCondition<>("only use *.internal packages of their own module") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = d.getTargetClass();
          String pkg = target.getPackageName();
          if (pkg.startsWith(ROOT + ".") && (pkg.contains(".internal.") || pkg.endsWith(".internal"))
              && !moduleOf(target).equals(moduleOf(origin))) {
            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
          }
        }
      }
    };
  }

  private static ArchCondition<JavaClass> callAnyOf(Set<String> forbidden) {
    DescribedPredicate<JavaAccess<?>> isForbidden = new DescribedPredicate<>("a forbidden call") {
      @Override
      public boolean test(JavaAccess<?> access) {
        String owner = access.getTargetOwner().getName();
        if (access instanceof JavaMethodCall && owner.startsWith("java.time.") && access.getName().equals("now")) {
          // now() and now(ZoneId) read the system clock; only now(Clock) takes the caller's time
          return !((JavaMethodCall) access).getTarget().getRawParameterTypes().stream()
              .anyMatch(t -> t.getName().equals("java.time.Clock"));
        }
        if (access instanceof JavaConstructorCall) {
          boolean noArgs = ((JavaConstructorCall) access).getTarget().getRawParameterTypes().isEmpty();
          return noArgs && forbidden.contains(owner + ".<init>()");
        }
        return access instanceof JavaMethodCall && forbidden.contains(owner + "." + access.getName());
      }
    };
    return new ArchCondition<>("call the wall clock or unseeded randomness") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        for (JavaAccess<?> access : origin.getAccessesFromSelf()) {
          if (isForbidden.test(access)) {
            events.add(SimpleConditionEvent.satisfied(access, access.getDescription()));
          }
        }
      }
    };
  }
}
