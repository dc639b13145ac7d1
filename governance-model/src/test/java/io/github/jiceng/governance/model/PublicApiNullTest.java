package io.github.jiceng.governance.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * guava-testlib's {@link NullPointerTester} over every public type of the packages this feature
 * adds (actor, code, taxonomy, post, authority): static methods, constructors and, through a
 * sample, instance methods all refuse {@code null}.
 */
final class PublicApiNullTest {

  private static final List<String> PACKAGES = List.of("actor", "code", "taxonomy", "post", "authority");

  private static boolean accessible(Class<?> c) {
    for (Class<?> at = c; at != null; at = at.getEnclosingClass()) {
      if (!java.lang.reflect.Modifier.isPublic(at.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  @Test
  void everyPublicTypeRejectsNulls() {
    Map<Class<?>, Object> samples = ModelSamples.all();
    NullPointerTester tester = new NullPointerTester();
    samples.forEach((type, sample) -> tester.setDefault((Class) type, sample));
    List<Class<?>> types = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(PACKAGES.stream().map(p -> "io.github.jiceng.governance.model." + p).toArray(String[]::new))
        .stream().filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC)).map(JavaClass::reflect)
        .filter(PublicApiNullTest::accessible).toList();
    assertThat(types).hasSizeGreaterThan(40);
    int instances = 0;
    for (Class<?> type : types) {
      tester.testAllPublicStaticMethods(type);
      tester.testAllPublicConstructors(type);
      Object sample = samples.get(type);
      if (sample != null && !type.isEnum()) {
        tester.testAllPublicInstanceMethods(sample);
        instances++;
      }
    }
    assertThat(instances).as("instance methods tested through samples").isGreaterThan(40);
  }
}
