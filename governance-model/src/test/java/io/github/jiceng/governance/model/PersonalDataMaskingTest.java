package io.github.jiceng.governance.model;

import static io.github.jiceng.governance.model.ModelSamples.RAW_PERSONAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.jiceng.governance.model.actor.DeputyKind;
import io.github.jiceng.governance.model.actor.Person;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.actor.PersonName;
import io.github.jiceng.governance.model.actor.Role;
import io.github.jiceng.governance.model.code.IdentityNumber;
import io.github.jiceng.governance.model.code.MobileNumber;
import io.github.jiceng.governance.model.grid.GridId;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * No personal value (identity number, mobile, full name) shows in a {@code toString} or an
 * exception message of the model. The set of types that hold personal data is found by reflection
 * over the model's classes, so a new type that holds any is caught here until it has a fixture.
 */
final class PersonalDataMaskingTest {

  private static final Set<Class<?>> PERSONAL = Set.of(IdentityNumber.class, MobileNumber.class, PersonName.class);

  /** Public model types with a public accessor whose type is, or contains, a personal type. */
  static Set<Class<?>> typesHoldingPersonalData() {
    List<Class<?>> publicTypes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.jiceng.governance.model").stream()
        .filter(c -> c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC))
        .map(JavaClass::reflect).filter(PersonalDataMaskingTest::accessible).toList();
    Set<Class<?>> holding = new LinkedHashSet<>(PERSONAL);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Class<?> c : publicTypes) {
        if (holding.contains(c)) {
          continue;
        }
        for (Method m : c.getMethods()) {
          if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && mentions(m.getGenericReturnType(), holding)) {
            holding.add(c);
            grew = true;
            break;
          }
        }
      }
    }
    return holding;
  }

  /** A public type whose enclosing types are public too: one a user can name. */
  private static boolean accessible(Class<?> c) {
    for (Class<?> at = c; at != null; at = at.getEnclosingClass()) {
      if (!Modifier.isPublic(at.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static boolean mentions(Type type, Set<Class<?>> holding) {
    if (type instanceof Class<?>) {
      return holding.contains(type);
    }
    if (type instanceof ParameterizedType) {
      for (Type arg : ((ParameterizedType) type).getActualTypeArguments()) {
        if (mentions(arg, holding)) {
          return true;
        }
      }
      return mentions(((ParameterizedType) type).getRawType(), holding);
    }
    return false;
  }

  private static void assertShowsNoRawValue(String where, String text) {
    for (String raw : RAW_PERSONAL) {
      assertThat(text).as("%s shows a raw personal value", where).doesNotContain(raw);
    }
  }

  @Test
  void findsTheTypesThatHoldPersonalData() {
    assertThat(typesHoldingPersonalData()).contains(IdentityNumber.class, MobileNumber.class, PersonName.class,
        Person.class, io.github.jiceng.governance.model.post.Roster.class);
  }

  @Test
  void everyTypeHoldingPersonalDataHasAFixtureAndMasksItInToString() {
    Set<String> missing = new TreeSet<>();
    for (Class<?> type : typesHoldingPersonalData()) {
      Object sample = ModelSamples.all().get(type);
      if (sample == null) {
        missing.add(type.getName());
        continue;
      }
      assertShowsNoRawValue(type.getSimpleName() + ".toString()", sample.toString());
    }
    assertThat(missing).as("types holding personal data without a fixture in ModelSamples").isEmpty();
  }

  @Test
  void noSampleOfAnyTypeShowsPersonalData() {
    ModelSamples.all().forEach((type, sample) -> assertShowsNoRawValue(type.getSimpleName() + ".toString()", sample.toString()));
    assertShowsNoRawValue("Person.roles", ModelSamples.person1().roles().toString());
    assertShowsNoRawValue("Person.identityNumber", ModelSamples.person1().identityNumber().toString());
    assertShowsNoRawValue("Roster.persons", ModelSamples.roster().persons().toString());
  }

  @Test
  void theRawValuesAreReachableThroughTheirExplicitAccessorsOnly() {
    Person p = ModelSamples.person1();
    assertThat(p.name().rawValue()).isEqualTo(ModelSamples.NAME_RAW);
    assertThat(p.identityNumber().orElseThrow().rawValue()).isEqualTo(ModelSamples.ID_RAW);
    assertThat(p.mobile().orElseThrow().rawValue()).isEqualTo(ModelSamples.MOBILE_RAW);
    assertThat(p.toString()).contains("欧***", "1***************11", "139****5678");
  }

  @Test
  void exceptionMessagesShowNoPersonalData() {
    String badCheck = ModelSamples.ID_RAW.substring(0, 17) + "2";
    List<Supplier<Object>> failing = List.of(
        () -> IdentityNumber.of(badCheck),
        () -> IdentityNumber.of(ModelSamples.ID_RAW + "0"),
        () -> IdentityNumber.of(ModelSamples.ID_RAW.substring(0, 10) + "13" + ModelSamples.ID_RAW.substring(12)),
        () -> IdentityNumber.fromLegacy(ModelSamples.ID_RAW.substring(0, 14)),
        () -> MobileNumber.of(ModelSamples.MOBILE_RAW + "9"),
        () -> MobileNumber.of("2" + ModelSamples.MOBILE_RAW.substring(1)),
        () -> PersonName.of(ModelSamples.NAME_RAW + "\t"),
        () -> PersonName.of(ModelSamples.NAME_RAW.repeat(20)),
        () -> Person.builder().id(PersonId.of("p-1")).name(PersonName.of(ModelSamples.NAME_RAW))
            .identityNumber(IdentityNumber.of(ModelSamples.ID_RAW)).mobile(MobileNumber.of(ModelSamples.MOBILE_RAW))
            .addRole(new Role.SafetyVolunteer(GridId.of("g"))).addRole(new Role.SafetyVolunteer(GridId.of("g")))
            .addRole(new Role.Deputy(DeputyKind.CPPCC_MEMBER, Set.of(GridId.of("g"))))
            .addRole(new Role.Deputy(DeputyKind.CPPCC_MEMBER, Set.of(GridId.of("h")))).build(),
        () -> Person.builder().name(PersonName.of(ModelSamples.NAME_RAW)).build(),
        () -> io.github.jiceng.governance.model.post.Roster.builder().addPersons(ModelSamples.person1(), ModelSamples.person1()).build());
    for (int i = 0; i < failing.size(); i++) {
      Throwable t = catchThrowable(failing.get(i)::get);
      assertThat(t).as("case %s fails", i).isNotNull();
      for (Throwable c = t; c != null; c = c.getCause()) {
        assertShowsNoRawValue("message of case " + i, String.valueOf(c.getMessage()));
        assertShowsNoRawValue("toString of case " + i, c.toString());
      }
    }
    assertThat(catchThrowable(() -> IdentityNumber.of(badCheck))).hasMessageNotContaining(badCheck);
  }
}
