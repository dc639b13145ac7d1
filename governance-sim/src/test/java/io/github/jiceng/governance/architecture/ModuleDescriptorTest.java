package io.github.jiceng.governance.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.json.GovernanceJsonModule;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.rules.points.PointsLedger;
import io.github.jiceng.governance.sim.engine.Simulator;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Reads the compiled {@code module-info} of each published module and holds it to the promise of
 * the module table: the module's name is its {@code Automatic-Module-Name}, it exports every API
 * package, and no {@code *.internal} package, so a package added later cannot be forgotten.
 */
final class ModuleDescriptorTest {

  static List<Class<?>> publishedModules() {
    return List.of(Money.class, PointsLedger.class, GovernanceJson.class, Simulator.class);
  }

  @ParameterizedTest
  @MethodSource("publishedModules")
  void exportsEveryApiPackageAndNoInternalOne(Class<?> member) {
    ModuleDescriptor descriptor = descriptorOf(member);
    Set<String> resourcesOnly = descriptor.opens().stream()
        .filter(opens -> !opens.isQualified())
        .map(ModuleDescriptor.Opens::source)
        .collect(Collectors.toSet());
    Set<String> api = descriptor.packages().stream()
        .filter(name -> !name.endsWith(".internal") && !name.contains(".internal."))
        .filter(name -> !resourcesOnly.contains(name))
        .collect(Collectors.toCollection(TreeSet::new));
    // a qualified export is only of an internal package, to another module of the SDK (ADR 0024)
    descriptor.exports().stream().filter(ModuleDescriptor.Exports::isQualified).forEach(export -> {
      assertThat(export.source()).as("qualified export %s", export).endsWith(".internal");
      assertThat(export.targets()).as("qualified export %s", export).allMatch(t -> t.startsWith("io.github.jiceng.governance."));
    });
    Set<String> exported = descriptor.exports().stream()
        .filter(export -> !export.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(exported).as(descriptor.name()).isEqualTo(api);
    assertThat(descriptor.packages()).as(descriptor.name()).anyMatch(name -> name.endsWith(".internal"));
  }

  @ParameterizedTest
  @MethodSource("publishedModules")
  void isNamedAfterItsPackages(Class<?> member) {
    ModuleDescriptor descriptor = descriptorOf(member);
    assertThat(member.getPackageName() + ".").startsWith(descriptor.name() + ".");
    assertThat(descriptor.isAutomatic()).isFalse();
    assertThat(descriptor.isOpen()).isFalse();
  }

  @Test
  void jsonOpensOnlyItsSchemaResources() {
    ModuleDescriptor json = descriptorOf(GovernanceJson.class);
    assertThat(json.opens().stream().filter(opens -> !opens.isQualified())).singleElement().satisfies(opens ->
        assertThat(opens.source()).isEqualTo("io.github.jiceng.governance.json.schema"));
    for (Class<?> other : List.of(Money.class, PointsLedger.class, Simulator.class)) {
      assertThat(descriptorOf(other).opens().stream().filter(opens -> !opens.isQualified())).as(other.getName())
          .isEmpty();
    }
  }

  @Test
  void modulesOpenOnlyThePackageOfTheirValidationTextsAndOnlyToTheModel() {
    for (Class<?> member : publishedModules()) {
      descriptorOf(member).opens().stream().filter(ModuleDescriptor.Opens::isQualified).forEach(opens -> {
        assertThat(opens.targets()).as(opens.toString()).containsExactly("io.github.jiceng.governance.model");
        assertThat(member.getModule().getClassLoader()
            .getResource(opens.source().replace('.', '/') + "/validation_zh.properties")).as(opens.toString()).isNotNull();
      });
    }
  }

  @Test
  void jsonProvidesItsJacksonModuleToTheServiceLoader() {
    ModuleDescriptor json = descriptorOf(GovernanceJson.class);
    assertThat(json.provides()).singleElement().satisfies(provides -> {
      assertThat(provides.service()).isEqualTo(com.fasterxml.jackson.databind.Module.class.getName());
      assertThat(provides.providers()).containsExactly(GovernanceJsonModule.class.getName());
    });
  }

  private static ModuleDescriptor descriptorOf(Class<?> member) {
    Path location;
    try {
      location = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
    ModuleReference reference = ModuleFinder.of(location).findAll().stream()
        .findFirst()
        .orElseThrow(() -> new AssertionError("no module at " + location.getFileName()));
    return reference.descriptor();
  }
}
