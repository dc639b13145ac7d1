package io.github.jiceng.governance.model.taxonomy;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The 一核五共 (one core, five co-) taxonomy as data: the party organization at the core (核心引领)
 * and the pillars around it, each carried out by one mechanism.
 *
 * <p>{@link #ARTICLE} is the practice of the source article (南苑社区): 党群共建 by joint meeting,
 * 大事共议 by deputies' deliberation, 平安共管 by grid squads, 文明共创 by volunteer service and
 * 服务共享 by red-star feedback. A district that divides its work differently builds its own:
 * any number of pillars, each pillar and each mechanism at most once.
 *
 * <p>The core is named by a level of the party chain ({@link #coreLevel()}, such as
 * {@code "COMMUNITY_PARTY_BRANCH"}), not by an organization: the taxonomy is shared by every
 * community of a district, and in each the party organization of that level is the core.
 *
 * <pre>{@code
 * Optional<Pillar> p = OneCoreFiveCo.ARTICLE.pillarOf(Mechanism.GRID_SQUAD); // SAFETY_CO_MANAGEMENT
 * }</pre>
 */
@Value.Immutable
public abstract class OneCoreFiveCo {

  /** The article's taxonomy: the community party branch at the core and the five pillars. */
  public static final OneCoreFiveCo ARTICLE = builder()
      .addPillar(new PillarDefinition(Pillar.PARTY_MASS_CO_BUILDING, "党群共建", Mechanism.JOINT_MEETING, "区域党建联席会议"))
      .addPillar(new PillarDefinition(Pillar.MAJOR_AFFAIRS_CO_DELIBERATION, "大事共议", Mechanism.DELIBERATION,
          "两代表一委员联系服务社区网格"))
      .addPillar(new PillarDefinition(Pillar.SAFETY_CO_MANAGEMENT, "平安共管", Mechanism.GRID_SQUAD, "网格小分队"))
      .addPillar(new PillarDefinition(Pillar.CIVILITY_CO_CREATION, "文明共创", Mechanism.VOLUNTEER_SERVICE,
          "社会工作服务站与志愿服务队"))
      .addPillar(new PillarDefinition(Pillar.SERVICE_SHARING, "服务共享", Mechanism.RED_STAR_FEEDBACK, "闪闪红星回馈机制"))
      .build();

  OneCoreFiveCo() {}

  /** Returns a builder; at least one pillar is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the version; a district raises it when it changes the taxonomy. Default 1. */
  @Value.Default
  public int version() {
    return 1;
  }

  /**
   * Returns the party-chain level whose organization is the core, by default
   * {@code "COMMUNITY_PARTY_BRANCH"} (社区党支部).
   */
  @Value.Default
  public String coreLevel() {
    return "COMMUNITY_PARTY_BRANCH";
  }

  /** Returns the pillars in their order, each with its mechanism. */
  public abstract List<PillarDefinition> pillars();

  /** Returns the pillars' keys in their order. */
  public final List<Pillar> pillarKeys() {
    return pillars().stream().map(PillarDefinition::pillar).toList();
  }

  /** Returns the definition of the given pillar, or empty if the taxonomy has no such pillar. */
  public final Optional<PillarDefinition> definition(Pillar pillar) {
    requireNonNull(pillar, "pillar");
    return pillars().stream().filter(d -> d.pillar().equals(pillar)).findFirst();
  }

  /** Returns the pillar the mechanism carries out, or empty if no pillar uses it. */
  public final Optional<Pillar> pillarOf(Mechanism mechanism) {
    requireNonNull(mechanism, "mechanism");
    return pillars().stream().filter(d -> d.mechanism().equals(mechanism)).map(PillarDefinition::pillar).findFirst();
  }

  /** Returns whether the taxonomy has the given pillar. */
  public final boolean contains(Pillar pillar) {
    return definition(pillar).isPresent();
  }

  @Value.Check
  final void check() {
    String subject = "OneCoreFiveCo[v" + version() + "]";
    List<Violation> violations = new ArrayList<>();
    if (version() < 1) {
      violations.add(new Violation(subject, "version", "version-positive",
          "the version is at least 1, was " + version())
              .with("value", version()));
    }
    if (coreLevel().isBlank()) {
      violations.add(new Violation(subject, "coreLevel", "level-present", "the core needs a party-chain level key"));
    }
    if (pillars().isEmpty()) {
      violations.add(new Violation(subject, "pillars", "pillars-present", "a taxonomy needs at least one pillar"));
    }
    Set<Pillar> pillars = new HashSet<>();
    Set<Mechanism> mechanisms = new HashSet<>();
    for (PillarDefinition d : pillars()) {
      if (!pillars.add(d.pillar())) {
        violations.add(new Violation(subject, "pillars", "pillar-unique", "pillar " + d.pillar() + " is defined twice"));
      }
      if (!mechanisms.add(d.mechanism())) {
        violations.add(new Violation(subject, "pillars", "mechanism-unique",
            "mechanism " + d.mechanism() + " carries more than one pillar"));
      }
    }
    if (!violations.isEmpty()) {
      throw new DomainValidationException(violations);
    }
  }

  /** The builder of {@link OneCoreFiveCo}; each attribute may be set once. */
  public static final class Builder extends ImmutableOneCoreFiveCo.Builder {
    Builder() {}
  }
}
