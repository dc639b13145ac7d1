package io.github.jiceng.governance.model.assessment;

import io.github.jiceng.governance.model.shared.IdForm;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A district's assessment scheme (考核细则): the weighted items, versioned. One scheme scores
 * party members, another units; the article's practice ships as {@link AssessmentSchemes}.
 */
@Value.Immutable
public abstract class AssessmentScheme {

  AssessmentScheme() {}

  /** Returns a builder; {@code name} and {@code version} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the scheme's stable name, such as {@code "zhungeer-member-assessment"}. */
  public abstract String name();

  /** Returns the version, counting from 1. */
  public abstract int version();

  /** Returns the items, in display order; keys unique. */
  public abstract List<ItemWeight> items();

  /** Returns {@code name@version}. */
  public final String label() {
    return name() + "@" + version();
  }

  /** Returns the item with the key, if any. */
  public final Optional<ItemWeight> item(String key) {
    java.util.Objects.requireNonNull(key, "key");
    return items().stream().filter(i -> i.key().equals(key)).findFirst();
  }

  @Value.Check
  final void check() {
    IdForm.check("AssessmentScheme", name());
    String subject = "AssessmentScheme[" + label() + "]";
    if (version() < 1) {
      throw new DomainValidationException(new Violation(subject, "version", "version-positive", "versions count from 1")
          .with("value", version()));
    }
    if (items().isEmpty()) {
      throw new DomainValidationException(subject, "items", "items-present", "a scheme scores at least one item");
    }
    Set<String> keys = new HashSet<>();
    for (ItemWeight i : items()) {
      if (!keys.add(i.key())) {
        throw new DomainValidationException(subject, "items", "item-keys-unique", "item " + i.key() + " is used twice");
      }
    }
  }

  /** The builder of {@link AssessmentScheme}; each attribute may be set once. */
  public static final class Builder extends ImmutableAssessmentScheme.Builder {
    Builder() {}
  }
}
