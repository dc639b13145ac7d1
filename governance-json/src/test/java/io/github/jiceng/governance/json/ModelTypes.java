package io.github.jiceng.governance.json;

import io.github.jiceng.governance.model.shared.Violation;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The public value types of a model package, found among the model's class files. */
final class ModelTypes {

  private ModelTypes() {}

  /**
   * Returns the names of the public classes, interfaces, records and enums of a package of the
   * model, nested ones included, builders excluded.
   */
  static List<String> publicTypes(String pkg) throws IOException, URISyntaxException, ClassNotFoundException {
    Path root = Path.of(Violation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isDirectory(root)) {
      return publicTypes(root, pkg);
    }
    try (FileSystem jar = FileSystems.newFileSystem(root, Map.of())) {
      return publicTypes(jar.getPath("/"), pkg);
    }
  }

  private static List<String> publicTypes(Path root, String pkg) throws IOException, ClassNotFoundException {
    List<String> out = new ArrayList<>();
    Path dir = root.resolve(pkg.replace('.', '/'));
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        String simple = file.getFileName().toString();
        if (!simple.endsWith(".class") || simple.equals("package-info.class") || simple.endsWith("$Builder.class")) {
          continue;
        }
        String name = pkg + "." + simple.substring(0, simple.length() - ".class".length());
        Class<?> type = Class.forName(name, false, ModelTypes.class.getClassLoader());
        if (type.isSynthetic() || type.isAnonymousClass() || !Modifier.isPublic(type.getModifiers())) {
          continue;
        }
        if (type.getEnclosingClass() != null && !Modifier.isPublic(type.getEnclosingClass().getModifiers())) {
          continue;
        }
        out.add(name);
      }
    }
    return out;
  }
}
