package io.github.jiceng.governance.rules.cobuilding;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.cobuilding.AgreementId;
import io.github.jiceng.governance.model.cobuilding.CoBuildingAgreement;
import io.github.jiceng.governance.model.post.Post;
import io.github.jiceng.governance.model.post.PostId;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.time.TimeLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How far a co-building agreement is fulfilled at an instant (履约情况), measured from the service
 * records and the roster's posts, never declared: what the joint meeting reviews and what feeds the
 * reporter's assessment and the feedback to its own organization.
 *
 * <p><b>What counts.</b> A service counts for the agreement when it started inside the agreement's
 * period and before the instant, and the reporter delivered it: a unit's report counts the
 * services its party organization is the provider of, a party member's the services they performed.
 * Its {@code effort} is the service delivered. A committed resource is <em>used</em> when any
 * service in that window drew on it, whoever performed it. A claimed post is <em>held</em> when
 * the post is in the roster and held — by the member themself for a member's report (A or B
 * holder), by anyone for a post of the reporting unit's own organization.
 *
 * <p><b>What is owed.</b> The committed service accrues evenly over the period: by the instant,
 * {@code serviceHours × elapsed / period}, in whole minutes rounded down; all of it once the
 * period has ended.
 *
 * <p><b>The level (an assumption; the article gives no rule).</b> {@link Level#MET} when the
 * service delivered covers the service owed, every claimed post is held and, once the period has
 * ended, every committed resource was used; {@link Level#NOT_MET} when nothing was delivered, used
 * or held although something was due; {@link Level#PARTLY_MET} otherwise.
 *
 * @param agreement the agreement measured
 * @param at the instant measured at
 * @param owed the service owed by the instant
 * @param delivered the service the reporter delivered in the window
 * @param services how many services counted
 * @param peopleReached the beneficiaries of those services, summed service by service
 * @param resourcesCommitted how many resources the agreement commits
 * @param resourcesUsed how many of them a service in the window drew on
 * @param postsClaimed how many posts the agreement claims
 * @param postsHeld how many of them are held
 * @param level the level, from the figures above
 */
public record Fulfilment(AgreementId agreement, Instant at, Duration owed, Duration delivered, int services,
    long peopleReached, int resourcesCommitted, int resourcesUsed, int postsClaimed, int postsHeld, Level level) {

  /** The assessment item: minutes of service delivered under co-building agreements. */
  public static final String MINUTES_ITEM = "cobuilding.minutes-delivered";
  /** The assessment item: committed resources used. */
  public static final String RESOURCES_ITEM = "cobuilding.resources-used";
  /** The assessment item: claimed posts held. */
  public static final String POSTS_ITEM = "cobuilding.posts-held";

  /** How far an agreement is fulfilled. */
  public enum Level {
    /** 已履约: everything due is delivered, held and used. */
    MET,
    /** 部分履约: some of it. */
    PARTLY_MET,
    /** 未履约: nothing, although something was due. */
    NOT_MET
  }

  /** Checks the parts are present and the counts fit together. */
  public Fulfilment {
    requireNonNull(agreement, "agreement");
    requireNonNull(at, "at");
    requireNonNull(owed, "owed");
    requireNonNull(delivered, "delivered");
    requireNonNull(level, "level");
    DomainChecks.notNegative("Fulfilment", "owed", owed);
    DomainChecks.notNegative("Fulfilment", "delivered", delivered);
    DomainChecks.notNegative("Fulfilment", "services", services);
    DomainChecks.notNegative("Fulfilment", "peopleReached", peopleReached);
    DomainChecks.inRange("Fulfilment", "resourcesUsed", resourcesUsed, 0, resourcesCommitted);
    DomainChecks.inRange("Fulfilment", "postsHeld", postsHeld, 0, postsClaimed);
  }

  /**
   * Measures an agreement at an instant.
   *
   * @param agreement the agreement
   * @param services the service records to count from (any; those that do not count are skipped)
   * @param posts the roster's posts
   * @param at the instant to measure at
   * @return the fulfilment
   * @throws io.github.jiceng.governance.model.shared.DomainValidationException (rule {@code
   *     instant-range}) if the instant lies outside {@link TimeLimits}
   */
  public static Fulfilment measure(CoBuildingAgreement agreement, Collection<ServiceRecord> services,
      Collection<Post> posts, Instant at) {
    requireNonNull(agreement, "agreement");
    DomainChecks.noNullElements(services, "services");
    DomainChecks.noNullElements(posts, "posts");
    TimeLimits.check("Fulfilment", "at", requireNonNull(at, "at"));
    Duration delivered = Duration.ZERO;
    int counted = 0;
    long reached = 0;
    Set<ResourceId> committed = new HashSet<>(agreement.resources());
    Set<ResourceId> used = new HashSet<>();
    for (ServiceRecord s : services) {
      if (!inWindow(agreement, s, at)) {
        continue;
      }
      if (committed.contains(s.resource())) {
        used.add(s.resource());
      }
      if (deliveredBy(agreement.reporter(), s)) {
        delivered = delivered.plus(s.effort());
        counted++;
        reached += s.beneficiaries();
      }
    }
    int held = held(agreement, posts);
    Duration owed = owed(agreement, at);
    boolean ended = !at.isBefore(agreement.period().end());
    Level level;
    if (delivered.compareTo(owed) >= 0 && held == agreement.posts().size()
        && (!ended || used.size() == committed.size())) {
      level = Level.MET;
    } else if (delivered.isZero() && used.isEmpty() && held == 0) {
      level = Level.NOT_MET;
    } else {
      level = Level.PARTLY_MET;
    }
    return new Fulfilment(agreement.id(), at, owed, delivered, counted, reached, committed.size(), used.size(),
        agreement.posts().size(), held, level);
  }

  /** Whether the service started inside the agreement's period and before the instant. */
  static boolean inWindow(CoBuildingAgreement agreement, ServiceRecord s, Instant at) {
    Instant start = s.time().start();
    return agreement.period().contains(start) && start.isBefore(at);
  }

  /** Whether the reporter delivered the service: its provider for a unit, a performer for a member. */
  static boolean deliveredBy(ActorId reporter, ServiceRecord s) {
    return reporter instanceof OrganizationId o ? s.provider().equals(o) : s.performedBy().contains(reporter);
  }

  private static int held(CoBuildingAgreement agreement, Collection<Post> posts) {
    Map<PostId, Post> byId = new TreeMap<>();
    for (Post p : posts) {
      byId.put(p.id(), p);
    }
    int held = 0;
    for (PostId id : new LinkedHashSet<>(agreement.posts())) {
      Post p = byId.get(id);
      if (p == null) {
        continue;
      }
      ActorId reporter = agreement.reporter();
      boolean ok = reporter instanceof OrganizationId o
          ? p.organization().equals(o) && (p.holderA().isPresent() || p.holderB().isPresent())
          : p.holderA().map(reporter::equals).orElse(false) || p.holderB().map(reporter::equals).orElse(false);
      if (ok) {
        held++;
      }
    }
    return held;
  }

  private static Duration owed(CoBuildingAgreement agreement, Instant at) {
    Duration total = agreement.serviceHours();
    Instant start = agreement.period().start();
    Instant end = agreement.period().end();
    if (!at.isAfter(start)) {
      return Duration.ZERO;
    }
    if (!at.isBefore(end)) {
      return total;
    }
    long elapsed = Duration.between(start, at).toSeconds();
    long length = Duration.between(start, end).toSeconds();
    // whole minutes, rounded down; at most ten years of minutes times ten years of seconds fits a long
    return Duration.ofMinutes(total.toMinutes() * elapsed / length);
  }

  /**
   * Returns the counts this fulfilment adds to the reporter's assessment ({@link
   * io.github.jiceng.governance.model.assessment.AssessmentInput#counts()}): minutes delivered,
   * resources used, posts held, under {@link #MINUTES_ITEM}, {@link #RESOURCES_ITEM} and {@link
   * #POSTS_ITEM}.
   *
   * @return the counts, in key order
   */
  public Map<String, Long> assessmentCounts() {
    Map<String, Long> counts = new TreeMap<>();
    counts.put(MINUTES_ITEM, delivered.toMinutes());
    counts.put(RESOURCES_ITEM, (long) resourcesUsed);
    counts.put(POSTS_ITEM, (long) postsHeld);
    return java.util.Collections.unmodifiableMap(counts);
  }

  /** Returns the service delivered over the service owed, in per mille rounded down; 1000 when nothing is owed. */
  public long perMille() {
    if (owed.isZero()) {
      return 1000;
    }
    return delivered.toMinutes() * 1000 / owed.toMinutes();
  }
}
