package io.github.jiceng.governance.store.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.rules.decider.RefusalCode;

/**
 * A refusal code read back from the store by its key (已记录的驳回代码), for a rule registered
 * without its code enum ({@link StoredRule#withRefusalCodes}). Equal keys are equal codes.
 *
 * @param key the stored key, such as {@code points.insufficient-balance}
 */
public record RecordedRefusalCode(String key) implements RefusalCode {

  /** Checks the key's form. */
  public RecordedRefusalCode {
    requireNonNull(key, "key");
    checkArgument(key.matches(KEY_REGEX), "A refusal key matches %s", KEY_REGEX);
  }
}
