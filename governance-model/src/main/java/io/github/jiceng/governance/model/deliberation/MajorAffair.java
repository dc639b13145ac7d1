package io.github.jiceng.governance.model.deliberation;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A major affair put to deliberation (大事共议): its question, the grid node it concerns, who may
 * vote, how many ballots make a quorum, the options and the rule that adopts one.
 *
 * <pre>{@code
 * MajorAffair a = MajorAffair.builder()
 *     .id(AffairId.of("affair-2022-03")).title("雪梅里广场改造方案").grid(GridId.of("xuemeili"))
 *     .addParticipants(PersonId.of("p-1"), PersonId.of("p-2"), PersonId.of("p-3"))
 *     .quorum(2).addOptions("健身广场", "儿童乐园").openedAt(Instant.parse("2022-03-01T01:00:00Z"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class MajorAffair {

  /** The most options an affair may offer. */
  public static final int MAX_OPTIONS = 20;

  MajorAffair() {}

  /** Returns a builder; all attributes but {@code rule} are required, with two options or more. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the affair's id. */
  public abstract AffairId id();

  /** Returns the question put, public. */
  public abstract String title();

  /** Returns the grid node the affair concerns. */
  public abstract GridId grid();

  /** Returns who may vote (residents' representatives, deputies, units' representatives), by id. */
  @Value.NaturalOrder
  public abstract SortedSet<PersonId> participants();

  /** Returns the fewest ballots, abstentions included, for a decision to stand. */
  public abstract int quorum();

  /** Returns the options, in the order they are put; ballots name them by position. */
  public abstract List<String> options();

  /** Returns the rule that adopts an option; {@link DecisionRule#SIMPLE_MAJORITY} unless set. */
  @Value.Default
  public DecisionRule rule() {
    return DecisionRule.SIMPLE_MAJORITY;
  }

  /** Returns when voting opened; earlier ballots do not count. */
  public abstract Instant openedAt();

  /** Returns the pillar of 一核五共 this belongs to: {@link Pillar#MAJOR_AFFAIRS_CO_DELIBERATION}. */
  public final Pillar pillar() {
    return Pillar.MAJOR_AFFAIRS_CO_DELIBERATION;
  }

  @Value.Check
  final void check() {
    String subject = "MajorAffair[" + id() + "]";
    if (title().isBlank() || title().length() > 200) {
      throw new DomainValidationException(new Violation(subject, "title", "title-length",
          "a title is 1-200 characters and not blank")
          .with("max", 200).with("length", title().length()));
    }
    if (options().size() < 2 || options().size() > MAX_OPTIONS) {
      throw new DomainValidationException(new Violation(subject, "options", "options-count",
          "an affair offers 2-" + MAX_OPTIONS + " options, was " + options().size())
                  .with("min", 2).with("max", MAX_OPTIONS).with("count", options().size()));
    }
    if (new HashSet<>(options()).size() != options().size() || options().stream().anyMatch(String::isBlank)) {
      throw new DomainValidationException(subject, "options", "options-distinct", "options are distinct and not blank");
    }
    if (quorum() < 1 || quorum() > participants().size()) {
      throw new DomainValidationException(new Violation(subject, "quorum", "quorum-reachable",
          "a quorum is 1 to the number of participants (" + participants().size() + "), was " + quorum())
                  .with("max", participants().size()).with("value", quorum()));
    }
  }

  /** The builder of {@link MajorAffair}; each attribute may be set once. */
  public static final class Builder extends ImmutableMajorAffair.Builder {
    Builder() {}
  }
}
