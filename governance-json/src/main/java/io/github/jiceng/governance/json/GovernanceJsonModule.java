package io.github.jiceng.governance.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.jiceng.governance.json.internal.Codec;
import io.github.jiceng.governance.json.internal.Formats;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The Jackson 2 module that reads and writes the governance model. The model itself carries no
 * Jackson annotations; this module binds every public model type with one strict codec each.
 *
 * <p>It registers through {@link java.util.ServiceLoader}, so {@code findAndRegisterModules()}
 * finds it; {@link GovernanceJson#mapper()} returns a mapper with it and the SDK's strict
 * settings already in place.
 */
public final class GovernanceJsonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The module's fixed name. */
  public static final String NAME = "io.github.jiceng.governance.json";

  private static final Version VERSION = readVersion();

  /** Creates the module with every model codec registered. */
  public GovernanceJsonModule() {
    super(NAME, VERSION);
    for (Codec<?> codec : Formats.bindings()) {
      register(codec);
    }
  }

  @SuppressWarnings("unchecked")
  private <T> void register(Codec<T> codec) {
    Class<T> type = (Class<T>) codec.type();
    addSerializer(type, codec.serializer());
    addDeserializer(type, codec.deserializer());
    codec.keySerializer().ifPresent(k -> addKeySerializer(type, k));
    codec.keyDeserializer().ifPresent(k -> addKeyDeserializer(type, k));
  }

  @Override
  public Object getTypeId() {
    return NAME;
  }

  private static Version readVersion() {
    Properties props = new Properties();
    try (InputStream in = GovernanceJsonModule.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from governance-json");
      }
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(props.getProperty("version"), props.getProperty("groupId"),
        props.getProperty("artifactId"));
  }
}
