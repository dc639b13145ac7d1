package io.github.jiceng.governance.store.jdbc;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A child process for the crash test: handles the commands {@code from} to {@code to} of {@link
 * #command} in order against the store at a JDBC URL, printing {@code done <key>} after each one
 * returns, until it is killed.
 */
final class StoreWorker {

  static final int STREAMS = 4;

  private StoreWorker() {}

  static String stream(int i) {
    return "crash-" + (i % STREAMS);
  }

  static String key(int i) {
    return "kill-" + i;
  }

  static Tally.Command command(int i) {
    return i % 5 == 4 ? new Tally.Withdraw("w-" + i, 1 + (i * 37L) % 180) : new Tally.Deposit("d-" + i, 1 + (i * 53L) % 160);
  }

  static StoredRule<Tally.Command, Tally.State, Tally.Event> rule() {
    return Tally.RULE.withSnapshots(new Tally.Snapshots(), 25).withProjection(new TallyBalances());
  }

  public static void main(String[] args) {
    String url = args[0];
    int from = Integer.parseInt(args[1]);
    int to = Integer.parseInt(args[2]);
    EventStore store = EventStore.on(TestDatabase.at(url));
    StoredRule<Tally.Command, Tally.State, Tally.Event> rule = rule();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    for (int i = from; i < to; i++) {
      store.handle(rule, stream(i), key(i), command(i));
      out.println("done " + key(i));
    }
  }
}
