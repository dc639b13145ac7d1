package io.github.jiceng.governance.sim.model;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.authority.Action;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.model.shared.Violation;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One entry of a simulation's event log (事件): its place in the log, the simulated day and
 * instant, what happened, who did it, where, under which scoped action, on which records, a
 * sentence that explains it, and the record it added to a list, if any.
 *
 * <p>When {@code action} is present the step needed scoped authority: the actor took the action
 * at the grid, and the simulator asked the scoped-authority rule first. An invariant of the
 * simulator asks the rule again for every such event.
 *
 * <p>The ids map names records by kind, with keys such as {@value #DEMAND}, {@value #RESOURCE},
 * {@value #POST}; the detail names ids only, never personal data.
 *
 * @param sequence the position in the log, from 1
 * @param day the simulated day, from 0
 * @param at the instant of the step
 * @param kind what happened
 * @param actor who took the step, if anyone did
 * @param grid where, if the step happened at a grid node
 * @param action the scoped action the step needed, if any; then actor and grid are present
 * @param ids the records the step concerns, by kind, sorted by key
 * @param detail the step in one sentence; at most {@value #MAX_DETAIL_LENGTH} characters
 * @param payload the record the step added to a list, if any
 */
public record SimulationEvent(long sequence, int day, Instant at, EventKind kind, Optional<ActorId> actor,
    Optional<GridId> grid, Optional<Action> action, SortedMap<String, String> ids, String detail,
    Optional<EventPayload> payload) {

  /** The longest detail, in characters. */
  public static final int MAX_DETAIL_LENGTH = 2000;

  /** The id key of a demand. */
  public static final String DEMAND = "demand";
  /** The id key of a resource. */
  public static final String RESOURCE = "resource";
  /** The id key of a project. */
  public static final String PROJECT = "project";
  /** The id key of a service record. */
  public static final String SERVICE = "service";
  /** The id key of an outcome. */
  public static final String OUTCOME = "outcome";
  /** The id key of a post. */
  public static final String POST = "post";
  /** The id key of a person. */
  public static final String PERSON = "person";
  /** The id key of an organization. */
  public static final String ORGANIZATION = "organization";
  /** The id key of a points or fund ledger entry. */
  public static final String ENTRY = "entry";
  /** The id key of a disbursement request. */
  public static final String REQUEST = "request";
  /** The id key of an issue clue. */
  public static final String CLUE = "clue";
  /** The id key of a proposal. */
  public static final String PROPOSAL = "proposal";
  /** The id key of a check-in. */
  public static final String CHECK_IN = "checkIn";
  /** The id key of a volunteer service record. */
  public static final String RECORD = "record";
  /** The id key of a fund. */
  public static final String FUND = "fund";
  /** The id key of a matching partition's root grid. */
  public static final String PARTITION = "partition";
  /** The id key of a pledge to the fund. */
  public static final String PLEDGE = "pledge";
  /** The id key of a space-for-service grant. */
  public static final String GRANT = "grant";
  /** The id key of a co-building agreement. */
  public static final String AGREEMENT = "agreement";
  /** The id key of a joint meeting. */
  public static final String MEETING = "meeting";

  /**
   * Validates the event and copies its ids.
   *
   * @throws DomainValidationException if a number, an id or the detail is out of form, or an
   *     action is given without an actor and a grid
   */
  public SimulationEvent {
    requireNonNull(at, "at");
    requireNonNull(kind, "kind");
    requireNonNull(actor, "actor");
    requireNonNull(grid, "grid");
    requireNonNull(action, "action");
    requireNonNull(ids, "ids");
    requireNonNull(detail, "detail");
    requireNonNull(payload, "payload");
    String subject = "SimulationEvent[" + sequence + "]";
    if (sequence < 1 || day < 0) {
      throw new DomainValidationException(subject, sequence < 1 ? "sequence" : "day", "counts-from-start",
          "events count from 1 and days from 0, was event " + sequence + " on day " + day);
    }
    if (action.isPresent() && (actor.isEmpty() || grid.isEmpty())) {
      throw new DomainValidationException(subject, "action", "action-has-actor-and-grid",
          "a step under scoped authority names its actor and its grid");
    }
    if (detail.length() > MAX_DETAIL_LENGTH) {
      throw new DomainValidationException(new Violation(subject, "detail", "detail-length",
          "a detail is at most " + MAX_DETAIL_LENGTH + " characters, was " + detail.length())
              .with("max", MAX_DETAIL_LENGTH).with("length", detail.length()));
    }
    for (Map.Entry<String, String> e : ids.entrySet()) {
      if (!isKey(e.getKey()) || !isId(e.getValue())) {
        throw new DomainValidationException(new Violation(subject, "ids", "id-form",
            "an id key is [a-z][A-Za-z]{0,31} and an id 1-160 characters of [A-Za-z0-9._:-], was "
                + shown(e.getKey()) + "=" + shown(e.getValue()))
                        .with("max", 160).with("value", e.getKey() + "=" + e.getValue()));
      }
    }
    TreeMap<String, String> copy = new TreeMap<>();
    copy.putAll(ids);
    ids = Collections.unmodifiableSortedMap(copy);
  }

  /** Returns the id of the given kind, if the event names one. */
  public Optional<String> id(String key) {
    return Optional.ofNullable(ids.get(requireNonNull(key, "key")));
  }

  private static String shown(String s) {
    return "'" + Excerpts.of(s) + "'";
  }

  private static boolean isKey(String k) {
    if (k.isEmpty() || k.length() > 32 || k.charAt(0) < 'a' || k.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < k.length(); i++) {
      char c = k.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isId(String v) {
    if (v.isEmpty() || v.length() > 160) {
      return false;
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!alnum && (i == 0 || (c != '.' && c != '_' && c != ':' && c != '-'))) {
        return false;
      }
    }
    return true;
  }
}
