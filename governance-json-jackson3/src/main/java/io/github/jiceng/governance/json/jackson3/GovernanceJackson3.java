package io.github.jiceng.governance.json.jackson3;

import io.github.jiceng.governance.json.GovernanceFiles;
import io.github.jiceng.governance.json.jackson3.internal.Jackson3Syntax;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SDK's JSON on Jackson 3: a strict mapper with {@link GovernanceJackson3Module}, and the
 * SDK's files read and written through Jackson 3, byte for byte as through Jackson 2
 * ({@code GovernanceJson}), with the same errors, limits and streaming readers.
 */
public final class GovernanceJackson3 {

  private static final JsonMapper MAPPER = newMapper();

  private static final GovernanceFiles FILES = GovernanceFiles.of(Jackson3Syntax.INSTANCE);

  private GovernanceJackson3() {}

  /**
   * Returns a shared mapper with the {@link GovernanceJackson3Module} and strict settings, those of
   * {@code GovernanceJson.mapper()}: unknown properties and duplicate keys fail, trailing tokens
   * fail, map keys are written sorted, and input is bounded as the SDK's files are. The mapper is
   * immutable and safe to share.
   */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /**
   * Returns the SDK's files read and written through Jackson 3: the formats, bytes, limits, errors
   * and bounded-memory record readers of {@code GovernanceJson.files()}.
   */
  public static GovernanceFiles files() {
    return FILES;
  }

  private static JsonMapper newMapper() {
    return JsonMapper.builder(Jackson3Syntax.factory(Jackson3Syntax.LIMITS).rebuild()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build())
        .addModule(new GovernanceJackson3Module())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();
  }
}
