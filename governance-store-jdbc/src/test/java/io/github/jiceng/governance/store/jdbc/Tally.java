package io.github.jiceng.governance.store.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableSortedSet;
import io.github.jiceng.governance.rules.decider.Decider;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.Refusal;
import io.github.jiceng.governance.rules.decider.RefusalCode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/**
 * A small account rule for the store's tests: deposits (a large one earns a bonus event too) and
 * withdrawals that may not take the balance below zero, each entry id booked once.
 */
final class Tally implements Decider<Tally.Command, Tally.State, Tally.Event> {

  static final Tally DECIDER = new Tally();

  static final StoredRule<Command, State, Event> RULE =
      StoredRule.of("tally", DECIDER, new Codec()).withRefusalCodes(Code.class);

  sealed interface Command permits Deposit, Withdraw {
    String entry();
  }

  record Deposit(String entry, long amount) implements Command {
    Deposit {
      if (amount <= 0) {
        throw new IllegalArgumentException("amount " + amount);
      }
    }
  }

  record Withdraw(String entry, long amount) implements Command {
    Withdraw {
      if (amount <= 0) {
        throw new IllegalArgumentException("amount " + amount);
      }
    }
  }

  sealed interface Event permits Deposited, Withdrawn {
    String entry();

    long amount();
  }

  record Deposited(String entry, long amount) implements Event {}

  record Withdrawn(String entry, long amount) implements Event {}

  record State(long balance, SortedSet<String> entries) {
    State {
      entries = ImmutableSortedSet.copyOf(entries);
    }
  }

  enum Code implements RefusalCode {
    INSUFFICIENT_BALANCE;

    private final String key = RefusalCode.keyOf("tally", this);

    @Override
    public String key() {
      return key;
    }
  }

  static final long BONUS_FROM = 100;

  @Override
  public State initialState() {
    return new State(0, ImmutableSortedSet.of());
  }

  @Override
  public Decision<Event> decide(Command command, State state) {
    if (state.entries().contains(command.entry())) {
      return Decision.unchanged(List.of());
    }
    if (command instanceof Deposit deposit) {
      List<Event> events = new ArrayList<>();
      events.add(new Deposited(deposit.entry(), deposit.amount()));
      if (deposit.amount() >= BONUS_FROM) {
        events.add(new Deposited(deposit.entry() + "+bonus", 1));
      }
      return Decision.applied(events);
    }
    Withdraw withdraw = (Withdraw) command;
    if (withdraw.amount() > state.balance()) {
      return Decision.refused(Refusal.of(Code.INSUFFICIENT_BALANCE, "the withdrawal exceeds the balance")
          .with("balance", state.balance()).with("amount", withdraw.amount()));
    }
    return Decision.applied(new Withdrawn(withdraw.entry(), withdraw.amount()));
  }

  @Override
  public State evolve(State state, Event event) {
    if (state.entries().contains(event.entry())) {
      throw new IllegalStateException("entry booked twice");
    }
    long balance = event instanceof Deposited ? state.balance() + event.amount() : state.balance() - event.amount();
    if (balance < 0) {
      throw new IllegalStateException("balance below zero");
    }
    return new State(balance, ImmutableSortedSet.<String>naturalOrder().addAll(state.entries()).add(event.entry()).build());
  }

  /** Events as {@code {"type":"deposited","entry":"e-1","amount":5}}. */
  static final class Codec implements EventCodec<Event> {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String encode(Event event) {
      ObjectNode node = MAPPER.createObjectNode();
      node.put("type", event instanceof Deposited ? "deposited" : "withdrawn");
      node.put("entry", event.entry());
      node.put("amount", event.amount());
      return node.toString();
    }

    @Override
    public Event decode(String payload) {
      JsonNode node;
      try {
        node = MAPPER.readTree(payload);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
      String type = node.required("type").asText();
      String entry = node.required("entry").asText();
      long amount = node.required("amount").asLong();
      switch (type) {
        case "deposited":
          return new Deposited(entry, amount);
        case "withdrawn":
          return new Withdrawn(entry, amount);
        default:
          throw new IllegalArgumentException("unknown event type");
      }
    }
  }

  /** States as {@code {"balance":5,"entries":["e-1"]}}. */
  static final class Snapshots implements SnapshotCodec<State> {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String encode(State state) {
      ObjectNode node = MAPPER.createObjectNode();
      node.put("balance", state.balance());
      ArrayNode entries = node.putArray("entries");
      state.entries().forEach(entries::add);
      return node.toString();
    }

    @Override
    public State decode(String payload) {
      try {
        JsonNode node = MAPPER.readTree(payload);
        List<String> entries = new ArrayList<>();
        node.required("entries").forEach(e -> entries.add(e.asText()));
        return new State(node.required("balance").asLong(), ImmutableSortedSet.copyOf(entries));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
