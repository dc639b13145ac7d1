package io.github.jiceng.governance.json.jackson3;

import io.github.jiceng.governance.json.internal.Codec;
import io.github.jiceng.governance.json.internal.Formats;
import io.github.jiceng.governance.json.jackson3.internal.Jackson3Codecs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module that reads and writes the governance model: every type the Jackson 2
 * {@code GovernanceJsonModule} binds, with the same codec each, so a value reads and writes the
 * same through either. Add it to a Jackson 3 mapper ({@code JsonMapper.builder().addModule(new
 * GovernanceJackson3Module())}); it registers through {@link java.util.ServiceLoader}, so
 * {@code findAndAddModules()} finds it; {@link GovernanceJackson3#mapper()} returns a mapper with
 * it and the SDK's strict settings. A value that breaks a format fails with a
 * {@link GovernanceDatabindException}.
 */
public final class GovernanceJackson3Module extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The module's fixed name. */
  public static final String NAME = "io.github.jiceng.governance.json.jackson3";

  private static final Version VERSION = readVersion();

  /** Creates the module with every model codec registered. */
  public GovernanceJackson3Module() {
    super(NAME, VERSION, NAME);
    for (Codec<?> codec : Formats.bindings()) {
      register(codec);
    }
  }

  @SuppressWarnings("unchecked")
  private <T> void register(Codec<T> codec) {
    Class<T> type = (Class<T>) codec.type();
    addSerializer(type, Jackson3Codecs.serializer(codec));
    addDeserializer(type, Jackson3Codecs.deserializer(codec));
    Jackson3Codecs.keySerializer(codec).ifPresent(k -> addKeySerializer(type, k));
    Jackson3Codecs.keyDeserializer(codec).ifPresent(k -> addKeyDeserializer(type, k));
  }

  private static Version readVersion() {
    Properties props = new Properties();
    try (InputStream in = GovernanceJackson3Module.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from governance-json-jackson3");
      }
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(props.getProperty("version"), props.getProperty("groupId"),
        props.getProperty("artifactId"));
  }
}
