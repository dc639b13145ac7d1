package io.github.jiceng.governance.store.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.jiceng.governance.rules.decider.Decider;
import io.github.jiceng.governance.rules.decider.RefusalCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A rule registered with the store (存储的规则): its stable name, the {@link Decider} that decides
 * and evolves, the {@link EventCodec} of its events, and optionally snapshots, refusal codes and
 * read models. The name is written in every row of the rule's streams, so it never changes once
 * events are stored; the decider's configuration (a points policy, a disbursement policy) is the
 * host's and is not stored.
 *
 * <p>Immutable: each {@code with...} method returns a new registration.
 *
 * <pre>{@code
 * StoredRule<FundCommand, FundBook, FundEvent> lantian =
 *     StoredRule.of("fund", FundRules.of(fund, policy), StoreCodecs.fundEvents())
 *         .withRefusalCodes(FundRefusal.class)
 *         .withProjection(FundFlows.of(fund));
 * }</pre>
 *
 * @param <C> the commands
 * @param <S> the state
 * @param <E> the events
 */
public final class StoredRule<C, S, E> {

  /** The form of a rule's name: lower-case words joined by hyphens, at most 64 characters. */
  public static final String NAME_REGEX = "[a-z][a-z0-9]*(-[a-z0-9]+)*";

  private static final Pattern NAME = Pattern.compile(NAME_REGEX);

  private final String name;
  private final Decider<C, S, E> decider;
  private final EventCodec<E> events;
  private final Optional<SnapshotCodec<S>> snapshots;
  private final int snapshotEvery;
  private final Map<String, RefusalCode> refusalCodes;
  private final List<Projection<E>> projections;

  private StoredRule(String name, Decider<C, S, E> decider, EventCodec<E> events, Optional<SnapshotCodec<S>> snapshots,
      int snapshotEvery, Map<String, RefusalCode> refusalCodes, List<Projection<E>> projections) {
    this.name = name;
    this.decider = decider;
    this.events = events;
    this.snapshots = snapshots;
    this.snapshotEvery = snapshotEvery;
    this.refusalCodes = refusalCodes;
    this.projections = projections;
  }

  /**
   * Registers a rule without snapshots.
   *
   * @param name the rule's stable name, such as {@code points} or {@code fund}: lower-case words
   *     joined by hyphens ({@value #NAME_REGEX}), at most 64 characters
   * @param decider the rule
   * @param events the codec of its events
   * @param <C> the commands
   * @param <S> the state
   * @param <E> the events
   * @return the registration
   * @throws IllegalArgumentException if the name is malformed
   */
  public static <C, S, E> StoredRule<C, S, E> of(String name, Decider<C, S, E> decider, EventCodec<E> events) {
    requireNonNull(name, "name");
    requireNonNull(decider, "decider");
    requireNonNull(events, "events");
    checkArgument(name.length() <= 64 && NAME.matcher(name).matches(),
        "A rule's name is lower-case words joined by hyphens, at most 64 characters: %s", name);
    return new StoredRule<>(name, decider, events, Optional.empty(), 0, ImmutableMap.of(), ImmutableList.of());
  }

  /**
   * Returns this registration with snapshots: whenever a command takes a stream past a multiple
   * of {@code every} events, the state after it is written in the same transaction, and loading
   * the stream starts from its latest snapshot and replays only the events after it.
   *
   * @param codec the codec of the state
   * @param every the number of events between snapshots, at least 1
   * @return the new registration
   * @throws IllegalArgumentException if {@code every} is below 1
   */
  public StoredRule<C, S, E> withSnapshots(SnapshotCodec<S> codec, int every) {
    requireNonNull(codec, "codec");
    checkArgument(every >= 1, "Snapshots are taken every 1 or more events, not %s", every);
    return new StoredRule<>(name, decider, events, Optional.of(codec), every, refusalCodes, projections);
  }

  /**
   * Returns this registration knowing the rule's refusal codes, so that a re-sent refused command
   * answers the first refusal with its original code constant. Without them the code is a {@link
   * RecordedRefusalCode} with the same key.
   *
   * @param codes the enum of the rule's codes
   * @param <R> the enum
   * @return the new registration
   */
  public <R extends Enum<R> & RefusalCode> StoredRule<C, S, E> withRefusalCodes(Class<R> codes) {
    requireNonNull(codes, "codes");
    Map<String, RefusalCode> all = new LinkedHashMap<>(refusalCodes);
    for (R code : codes.getEnumConstants()) {
      all.put(code.key(), code);
    }
    return new StoredRule<>(name, decider, events, snapshots, snapshotEvery, ImmutableMap.copyOf(all), projections);
  }

  /**
   * Returns this registration with one more read model, kept up to date in the same transaction
   * as the events it is given.
   *
   * @param projection the read model
   * @return the new registration
   */
  public StoredRule<C, S, E> withProjection(Projection<E> projection) {
    requireNonNull(projection, "projection");
    return new StoredRule<>(name, decider, events, snapshots, snapshotEvery, refusalCodes,
        ImmutableList.<Projection<E>>builder().addAll(projections).add(projection).build());
  }

  /** Returns the rule's stable name. */
  public String name() {
    return name;
  }

  /** Returns the decider. */
  public Decider<C, S, E> decider() {
    return decider;
  }

  /** Returns the codec of the events. */
  public EventCodec<E> events() {
    return events;
  }

  /** Returns the codec of snapshots, if the rule takes them. */
  public Optional<SnapshotCodec<S>> snapshots() {
    return snapshots;
  }

  /** Returns the number of events between snapshots, or 0 without snapshots. */
  public int snapshotEvery() {
    return snapshotEvery;
  }

  /** Returns the read models, in the order they were added. */
  public List<Projection<E>> projections() {
    return projections;
  }

  RefusalCode refusalCode(String key) {
    RefusalCode known = refusalCodes.get(key);
    return known != null ? known : new RecordedRefusalCode(key);
  }

  /** Returns {@code StoredRule[name]}. */
  @Override
  public String toString() {
    return "StoredRule[" + name + "]";
  }
}
