package io.github.jiceng.governance.model.post;

import io.github.jiceng.governance.model.shared.IdForm;
import io.github.jiceng.governance.model.shared.DomainValidationException;

/**
 * The stable identifier of a post (岗位标识).
 *
 * <p>One to 64 characters: ASCII letters and digits, then also {@code . _ : -}. Identifiers are
 * opaque and carry no personal data; they compare as strings, so ties always break on them.
 *
 * @param value the identifier text, such as {@code "post-baiyun-exec"}
 */
public record PostId(String value) implements Comparable<PostId> {

  /**
   * Validates the identifier.
   *
   * @throws DomainValidationException if the value is not of the documented form
   */
  public PostId {
    IdForm.check("PostId", value);
  }

  /** Returns the identifier with the given text; same as the constructor. */
  public static PostId of(String value) {
    return new PostId(value);
  }

  @Override
  public int compareTo(PostId o) {
    return value.compareTo(o.value);
  }

  /** Returns the identifier text itself. */
  @Override
  public String toString() {
    return value;
  }
}
