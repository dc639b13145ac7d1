package io.github.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.json.internal.Codec;
import io.github.jiceng.governance.json.internal.Formats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public type of the points, volunteer, check-in, assessment, fund, clue, proposal,
 * deliberation, pillar, venue and co-building packages of the model is bound by the Jackson module and has a
 * generator in the round-trip property test, except the classes that only hold shipped defaults.
 */
final class FeatureBindingsCoverTheModelTest {

  private static final List<String> PACKAGES = List.of("points", "volunteer", "checkin", "assessment", "fund", "clue",
      "proposal", "deliberation", "pillar", "venue", "cobuilding");

  /** Classes of static factories of shipped defaults: they have no instances to bind. */
  private static final Set<String> DEFAULTS = Set.of("RedStarPolicies", "AssessmentSchemes", "FundPolicies",
      "WorkingCalendars", "ArticleVenues");

  private static List<Class<?>> publicModelTypes() throws IOException, ClassNotFoundException {
    List<Class<?>> out = new ArrayList<>();
    ClassLoader loader = FeatureBindingsCoverTheModelTest.class.getClassLoader();
    for (String feature : PACKAGES) {
      String pkg = "io/github/jiceng/governance/model/" + feature;
      Set<String> names = new TreeSet<>();
      Enumeration<URL> roots = loader.getResources(pkg);
      while (roots.hasMoreElements()) {
        names.addAll(classNames(roots.nextElement(), pkg));
      }
      assertThat(names).as(feature).isNotEmpty();
      for (String name : names) {
        Class<?> c = Class.forName(name.replace('/', '.'), false, loader);
        String simple = c.getSimpleName();
        if (isPublic(c) && !c.isSynthetic() && !simple.startsWith("Immutable") && !simple.equals("Builder")
            && !simple.equals("package-info") && !DEFAULTS.contains(simple) && !c.isAnonymousClass()
            && !Throwable.class.isAssignableFrom(c)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static boolean isPublic(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> classNames(URL root, String pkg) throws IOException {
    Set<String> out = new HashSet<>();
    if (root.getProtocol().equals("jar")) {
      JarURLConnection connection = (JarURLConnection) root.openConnection();
      try (JarFile jar = connection.getJarFile()) {
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
          String name = e.nextElement().getName();
          if (name.startsWith(pkg + "/") && name.endsWith(".class") && name.indexOf('/', pkg.length() + 1) < 0) {
            out.add(name.substring(0, name.length() - ".class".length()));
          }
        }
      }
      return out;
    }
    try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
      files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class"))
          .forEach(n -> out.add(pkg + "/" + n.substring(0, n.length() - ".class".length())));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return out;
  }

  @Test
  void everyPublicTypeOfTheFeaturesIsBoundAndGenerated() throws IOException, ClassNotFoundException {
    Set<Class<?>> bound = new HashSet<>();
    for (Codec<?> codec : Formats.bindings()) {
      bound.add(codec.type());
    }
    Set<Class<?>> generated = new HashSet<>();
    FeatureSamples.all().forEach(s -> generated.add(s.type()));
    List<Class<?>> types = publicModelTypes();
    assertThat(types).hasSizeGreaterThan(120);
    List<String> unbound = new ArrayList<>();
    List<String> ungenerated = new ArrayList<>();
    for (Class<?> type : types) {
      if (!bound.contains(type)) {
        unbound.add(type.getName());
      }
      if (!generated.contains(type)) {
        ungenerated.add(type.getName());
      }
    }
    assertThat(unbound).as("public model types the module does not bind").isEmpty();
    assertThat(ungenerated).as("public model types without a generator").isEmpty();
  }

  @Test
  void theModuleBindsEachTypeOnce() {
    List<String> twice = new ArrayList<>();
    Set<Class<?>> seen = new HashSet<>();
    for (Codec<?> codec : Formats.bindings()) {
      if (!seen.add(codec.type())) {
        twice.add(codec.type().getName());
      }
    }
    assertThat(twice).isEmpty();
  }
}
