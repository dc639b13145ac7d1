package io.github.jiceng.governance.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import io.github.jiceng.governance.model.actor.DeputyKind;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.fund.Fund;
import io.github.jiceng.governance.model.fund.FundId;
import io.github.jiceng.governance.model.fund.FundPolicies;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.LevelSchemes;
import io.github.jiceng.governance.model.points.Contribution;
import io.github.jiceng.governance.model.points.ContributionKind;
import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.model.points.RedStarPolicies;
import io.github.jiceng.governance.model.proposal.Proposal;
import io.github.jiceng.governance.model.proposal.ProposalId;
import io.github.jiceng.governance.model.proposal.ProposalRecord;
import io.github.jiceng.governance.model.proposal.Submission;
import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.rules.fund.FundBook;
import io.github.jiceng.governance.rules.fund.FundRules;
import io.github.jiceng.governance.rules.points.PointsLedger;
import io.github.jiceng.governance.rules.proposal.ProposalDesk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Calls every public static factory, constructor and instance method (on a fresh receiver made
 * from benign arguments) of the model's and the rules' API packages with hostile arguments — nulls, empty, blank, huge and control-character strings, extreme
 * numbers, instants and durations — one argument at a time, the others benign, and accepts only
 * the SDK's typed answers: a normal return, a {@link DomainValidationException}, or a
 * {@link NullPointerException} for a null argument (or a null inside a collection argument) whose
 * message names the parameter.
 *
 * <p>Benign values come from a small table of JDK types and, for the SDK's own types, from the
 * first public static factory of that type that accepts benign arguments (found the same way,
 * a few levels deep). A method whose benign arguments cannot all be made is left out and counted;
 * the test also fails if fewer calls than expected were made, so it cannot pass by calling
 * nothing.
 */
final class HostileCallsTest {

  private static final List<String> PACKAGES =
      List.of("io.github.jiceng.governance.model", "io.github.jiceng.governance.rules");

  private static final String HUGE = "9".repeat(100_000);

  /** How a benign value of a type was made, so that each call on it gets a fresh receiver. */
  private record Recipe(Supplier<Object> make) {
    Recipe(Executable factory, Object[] args) {
      this(() -> {
        try {
          return invoke(factory, args.clone());
        } catch (Throwable t) {
          throw new IllegalStateException("a benign factory failed on a second call: " + factory, t);
        }
      });
    }
  }

  private static final Map<Class<?>, Recipe> RECIPES = new HashMap<>();

  /** Values that a careful caller could still pass by mistake, per parameter type. */
  private static List<Object> hostile(Class<?> type) {
    List<Object> values = new ArrayList<>();
    if (!type.isPrimitive()) {
      values.add(null);
    }
    if (type == String.class || type == CharSequence.class) {
      values.addAll(List.of("", " ", "\u0000", "\u001b[2J", "\ud800", "１５０６２２", HUGE,
          "-9223372036854775809", "NaN"));
    } else if (type == long.class || type == Long.class) {
      values.addAll(List.of(Long.MIN_VALUE, Long.MAX_VALUE, -1L, 0L));
    } else if (type == int.class || type == Integer.class) {
      values.addAll(List.of(Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0));
    } else if (type == double.class || type == Double.class) {
      values.addAll(List.of(Double.NaN, Double.POSITIVE_INFINITY, -1.0, Double.MAX_VALUE));
    } else if (type == Instant.class) {
      values.addAll(List.of(Instant.MIN, Instant.MAX));
    } else if (type == LocalDate.class) {
      values.addAll(List.of(LocalDate.MIN, LocalDate.MAX));
    } else if (type == Duration.class) {
      values.addAll(List.of(Duration.ofSeconds(Long.MIN_VALUE), Duration.ofSeconds(Long.MAX_VALUE),
          Duration.ofNanos(1), Duration.ofSeconds(-1)));
    } else if (type == List.class || type == Collection.class || type == Iterable.class) {
      values.add(Arrays.asList((Object) null));
    } else if (type == Set.class) {
      values.add(new java.util.HashSet<>(Arrays.asList((Object) null)));
    } else if (type == Map.class) {
      Map<Object, Object> withNull = new HashMap<>();
      withNull.put(null, null);
      values.add(withNull);
    }
    return values;
  }

  /**
   * The aggregates no factory can build from plain values, made by hand as a user would (the
   * sample programs' values), so that their instance methods are called too.
   */
  private static final Map<Class<?>, Supplier<Object>> SAMPLES = Map.of(
      GridHierarchy.class, HostileCallsTest::grids,
      PointsLedger.class, () -> PointsLedger.open(RedStarPolicies.article(),
          RedStarPolicies.articleServices(OrganizationId.of("org-a"))),
      Contribution.class, () -> Contribution.builder().id(EntryId.of("vr-1")).actor(PersonId.of("p-1"))
          .kind(ContributionKind.VOLUNTEER_SERVICE).occurredAt(Instant.parse("2024-03-02T01:00:00Z"))
          .duration(Duration.ofMinutes(150)).build(),
      FundBook.class, () -> FundBook.open(fund(), FundPolicies.streetDefault("fund@2021",
          List.of(PersonId.of("p-secretary"), PersonId.of("p-treasurer"), PersonId.of("p-deputy")))),
      FundRules.class, () -> FundRules.of(fund(), FundPolicies.streetDefault("fund@2021",
          List.of(PersonId.of("p-secretary"), PersonId.of("p-treasurer"), PersonId.of("p-deputy")))),
      Fund.class, HostileCallsTest::fund,
      Proposal.class, HostileCallsTest::proposal,
      ProposalRecord.class, () -> ProposalDesk.receive(proposal()));

  private static GridHierarchy grids() {
    return GridHierarchy.of(LevelSchemes.RURAL, List.of(
        GridNode.builder().id(GridId.of("town")).level("TOWN").name("town").build(),
        GridNode.builder().id(GridId.of("village")).level("VILLAGE").parent(GridId.of("town")).name("village").build()));
  }

  private static Fund fund() {
    return Fund.builder().id(FundId.of("fund")).name("fund").grid(GridId.of("town"))
        .launchedOn(LocalDate.of(2021, 6, 9)).build();
  }

  private static Proposal proposal() {
    return Proposal.builder().id(ProposalId.of("ta-1")).title("title").content("content").grid(GridId.of("village"))
        .submittedAt(Instant.parse("2023-03-01T01:00:00Z")).submission(new Submission.ViaDeputy(PersonId.of("p-deputy"),
            DeputyKind.PEOPLES_CONGRESS_DEPUTY, Optional.of(PersonId.of("p-villager")))).build();
  }

  /** A value that should be accepted, or empty if none can be made. */
  private static Optional<Object> benign(Class<?> type, int depth, Map<Class<?>, Optional<Object>> made) {
    Optional<Object> jdk = jdkBenign(type);
    if (jdk != null) {
      return jdk;
    }
    Supplier<Object> sample = SAMPLES.get(type);
    if (sample != null) {
      RECIPES.putIfAbsent(type, new Recipe(sample));
      return Optional.of(sample.get());
    }
    if (made.containsKey(type)) {
      return made.get(type);
    }
    made.put(type, Optional.empty());
    Optional<Object> found = Optional.empty();
    if (type.isEnum()) {
      found = Optional.of(type.getEnumConstants()[0]);
    } else if (depth < 4 && type.getName().startsWith("io.github.jiceng.governance.")) {
      for (Executable factory : factoriesOf(type)) {
        Optional<Object[]> args = benignArguments(factory, depth + 1, made);
        if (args.isEmpty()) {
          continue;
        }
        try {
          Object value = invoke(factory, args.get());
          if (value != null && type.isInstance(value)) {
            found = Optional.of(value);
            RECIPES.put(type, new Recipe(factory, args.get()));
            break;
          }
        } catch (Throwable ignored) {
          // not a benign combination; try the next factory
        }
      }
    }
    made.put(type, found);
    return found;
  }

  private static Optional<Object> jdkBenign(Class<?> type) {
    if (type == String.class || type == CharSequence.class) {
      return Optional.of("a1");
    } else if (type == long.class || type == Long.class) {
      return Optional.of(1L);
    } else if (type == int.class || type == Integer.class) {
      return Optional.of(1);
    } else if (type == double.class || type == Double.class) {
      return Optional.of(1.0);
    } else if (type == boolean.class || type == Boolean.class) {
      return Optional.of(false);
    } else if (type == Instant.class) {
      return Optional.of(Instant.parse("2024-06-01T00:00:00Z"));
    } else if (type == LocalDate.class) {
      return Optional.of(LocalDate.of(2024, 6, 1));
    } else if (type == LocalTime.class) {
      return Optional.of(LocalTime.NOON);
    } else if (type == YearMonth.class) {
      return Optional.of(YearMonth.of(2024, 6));
    } else if (type == Duration.class) {
      return Optional.of(Duration.ofHours(1));
    } else if (type == Period.class) {
      return Optional.of(Period.ofDays(1));
    } else if (type == ZoneId.class) {
      return Optional.of(ZoneOffset.ofHours(8));
    } else if (type == List.class || type == Collection.class || type == Iterable.class) {
      return Optional.of(List.of());
    } else if (type == Set.class) {
      return Optional.of(Set.of());
    } else if (type == Map.class) {
      return Optional.of(Map.of());
    } else if (type == Optional.class) {
      return Optional.of(Optional.empty());
    } else if (type.isArray() || type.isInterface() && type.getName().startsWith("java.")) {
      return Optional.empty();
    } else if (type.getName().startsWith("java.")) {
      return Optional.empty();
    }
    return null;
  }

  private static List<Executable> factoriesOf(Class<?> type) {
    List<Executable> factories = new ArrayList<>();
    for (Method method : type.getMethods()) {
      if (Modifier.isStatic(method.getModifiers()) && method.getDeclaringClass() == type
          && type.isAssignableFrom(method.getReturnType())) {
        factories.add(method);
      }
    }
    if (!type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
      factories.addAll(Arrays.asList(type.getConstructors()));
    }
    factories.sort(Comparator.comparingInt(Executable::getParameterCount)
        .thenComparing(Executable::toGenericString));
    return factories;
  }

  private static Optional<Object[]> benignArguments(Executable executable, int depth,
      Map<Class<?>, Optional<Object>> made) {
    Class<?>[] types = executable.getParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      Optional<Object> value = benign(types[i], depth, made);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      args[i] = value.get();
    }
    return Optional.of(args);
  }

  private static Object invoke(Executable executable, Object[] args) throws Throwable {
    try {
      return executable instanceof Method method
          ? method.invoke(null, args)
          : ((Constructor<?>) executable).newInstance(args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static List<Class<?>> apiClasses() throws IOException {
    List<Class<?>> classes = new ArrayList<>();
    for (String root : PACKAGES) {
      for (ClassPath.ClassInfo info : ClassPath.from(HostileCallsTest.class.getClassLoader())
          .getTopLevelClassesRecursive(root)) {
        // Checks' null messages are the field names its callers give, by design.
        if (info.getPackageName().contains(".internal") || info.getName().equals(DomainChecks.class.getName())) {
          continue;
        }
        Class<?> type = info.load();
        addPublic(type, classes);
      }
    }
    classes.sort(Comparator.comparing(Class::getName));
    return classes;
  }

  private static void addPublic(Class<?> type, List<Class<?>> into) {
    if (!Modifier.isPublic(type.getModifiers()) || type.getSimpleName().startsWith("Immutable")) {
      return;
    }
    into.add(type);
    for (Class<?> nested : type.getDeclaredClasses()) {
      addPublic(nested, into);
    }
  }

  private static boolean typed(Throwable thrown, Parameter parameter, Object argument) {
    if (thrown instanceof DomainValidationException) {
      return true;
    }
    if (thrown instanceof NullPointerException) {
      String message = thrown.getMessage();
      return message != null && message.contains(parameter.getName());
    }
    return false;
  }

  @Test
  void everyPublicFactoryAnswersHostileInputWithTheSdksTypedErrors() throws IOException {
    Map<Class<?>, Optional<Object>> made = new HashMap<>();
    Map<String, String> untyped = new LinkedHashMap<>();
    Set<String> unreachable = new TreeSet<>();
    int calls = 0;
    for (Class<?> type : apiClasses()) {
      List<Executable> entryPoints = new ArrayList<>();
      for (Method method : type.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers()) && Modifier.isStatic(method.getModifiers())
            && !method.isSynthetic() && !method.getName().equals("main")
            && !(type.isEnum() && (method.getName().equals("valueOf") || method.getName().equals("values")))) {
          entryPoints.add(method);
        }
      }
      if (!type.isInterface() && !Modifier.isAbstract(type.getModifiers())
          && !Throwable.class.isAssignableFrom(type)) {
        entryPoints.addAll(Arrays.asList(type.getConstructors()));
      }
      entryPoints.sort(Comparator.comparing(Executable::toGenericString));
      List<Method> instanceMethods = new ArrayList<>();
      for (Method method : type.getMethods()) {
        if (!Modifier.isStatic(method.getModifiers()) && method.getParameterCount() > 0
            && method.getDeclaringClass().getName().startsWith("io.github.jiceng.governance.")
            && !method.getName().equals("equals") && !method.isSynthetic() && !method.isBridge()) {
          instanceMethods.add(method);
        }
      }
      instanceMethods.sort(Comparator.comparing(Method::toGenericString));
      calls += callInstanceMethods(type, instanceMethods, made, untyped, unreachable);
      for (Executable entry : entryPoints) {
        calls += callWithHostileArguments(entry.getDeclaringClass().getSimpleName() + "." + entry.getName(), entry,
            null, made, untyped, unreachable);
      }
    }
    String report = untyped.entrySet().stream().map(e -> e.getKey() + " -> " + e.getValue())
        .collect(Collectors.joining("\n"));
    String summary = "hostile calls: " + calls + ", untyped: " + untyped.size()
        + ", entry points without benign arguments: " + unreachable.size();
    Files.writeString(Path.of("target", "hostile-calls.txt"), (summary + "\n\nuntyped:\n" + report
        + "\n\nwithout benign arguments:\n" + String.join("\n", unreachable) + "\n")
        .replaceAll("[\\p{Cntrl}&&[^\\n]]|\\p{Cs}", "?"));
    System.out.println(summary);
    assertThat(calls).as("calls made").isGreaterThan(2_000);
    assertThat(untyped).as("untyped errors:\n%s", report).isEmpty();
  }

  private static int callInstanceMethods(Class<?> type, List<Method> methods,
      Map<Class<?>, Optional<Object>> made, Map<String, String> untyped, Set<String> unreachable) {
    if (methods.isEmpty()) {
      return 0;
    }
    if (benign(type, 1, made).isEmpty() || !RECIPES.containsKey(type)) {
      methods.forEach(method -> unreachable.add(type.getName() + " receiver for " + method.getName()));
      return 0;
    }
    int calls = 0;
    for (Method method : methods) {
      calls += callWithHostileArguments(type.getSimpleName() + "#" + method.getName(), method,
          RECIPES.get(type).make(), made, untyped, unreachable);
    }
    return calls;
  }

  /**
   * Calls {@code entry} once per parameter and hostile value, the other arguments benign, on a
   * fresh receiver from {@code receiver} (null for a static method or a constructor), and records
   * every answer that is not typed.
   */
  private static int callWithHostileArguments(String label, Executable entry, @Nullable Supplier<Object> receiver,
      Map<Class<?>, Optional<Object>> made, Map<String, String> untyped, Set<String> unreachable) {
    Optional<Object[]> base = benignArguments(entry, 1, made);
    if (base.isEmpty()) {
      unreachable.add(entry.toGenericString());
      return 0;
    }
    int calls = 0;
    Parameter[] parameters = entry.getParameters();
    for (int i = 0; i < parameters.length; i++) {
      for (Object bad : hostile(parameters[i].getType())) {
        Object[] args = base.get().clone();
        args[i] = bad;
        calls++;
        try {
          Object target = receiver == null ? null : receiver.get();
          withinTime(() -> target == null ? invoke(entry, args) : invokeOn(target, (Method) entry, args));
        } catch (Throwable thrown) {
          if (!typed(thrown, parameters[i], bad)) {
            untyped.putIfAbsent(label + "(" + parameters[i].getName() + "=" + describe(bad) + ")",
                thrown.getClass().getSimpleName() + ": " + shortened(String.valueOf(thrown.getMessage())));
          }
        }
      }
    }
    return calls;
  }

  private static Object invokeOn(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** A call that a hostile argument keeps busy for long is a finding too (a denial of service). */
  private static final class TooSlow extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooSlow() {
      super("no answer within " + CALL_LIMIT.toMillis() + " ms");
    }
  }

  private static final Duration CALL_LIMIT = Duration.ofSeconds(5);

  private interface Call {
    Object run() throws Throwable;
  }

  private static void withinTime(Call call) throws Throwable {
    Throwable[] thrown = new Throwable[1];
    Thread worker = new Thread(() -> {
      try {
        call.run();
      } catch (Throwable t) {
        thrown[0] = t;
      }
    }, "hostile-call");
    worker.setDaemon(true);
    worker.start();
    worker.join(CALL_LIMIT.toMillis());
    if (worker.isAlive()) {
      worker.interrupt();
      throw new TooSlow();
    }
    if (thrown[0] != null) {
      throw thrown[0];
    }
  }

  private static String describe(Object value) {
    if (value instanceof String s) {
      return s.length() > 20 ? "<" + s.length() + " chars>" : "\"" + s.replace("\u001b", "ESC") + "\"";
    }
    return String.valueOf(value);
  }

  private static String shortened(String message) {
    return message.length() > 120 ? message.substring(0, 120) + "..." : message;
  }
}
