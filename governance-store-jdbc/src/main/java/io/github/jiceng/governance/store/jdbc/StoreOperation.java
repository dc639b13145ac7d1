package io.github.jiceng.governance.store.jdbc;

import java.util.List;
import java.util.Locale;

/**
 * What the store was doing when the database failed, given to a {@link StoreException} as its
 * argument {@code operation} (the key, such as {@code handle-command}) together with this
 * operation's own arguments. Each key has a text in both languages, {@code operation.<key>} in
 * the store's error texts, put in where a text names {@code {operation}}.
 */
enum StoreOperation {
  HANDLE_COMMAND("rule", "streamId"),
  HANDLE_BATCH("rule", "commands"),
  READ_STREAM("rule", "streamId"),
  LIST_STREAMS("rule"),
  LOAD_STREAM("rule", "streamId"),
  PREPARE_READ_MODELS("rule"),
  REBUILD_READ_MODELS("rule"),
  MIGRATE_SCHEMA(),
  READ_FUND_FLOWS("fund"),
  READ_POINTS_BALANCES("ledger"),
  READ_DEMAND_LIST("community"),
  READ_PROJECT_LIST("query"),
  READ_RESOURCE_LIST("query"),
  READ_PERSON("person"),
  WRITE_PERSON("person"),
  ERASE_PERSON("person"),
  READ_OPEN_PROPOSAL("proposal"),
  READ_OPEN_PROPOSALS("grid"),
  READ_OVERDUE_PROPOSALS("at");

  private final String key;
  private final List<String> arguments;

  StoreOperation(String... arguments) {
    this.key = name().toLowerCase(Locale.ROOT).replace('_', '-');
    this.arguments = List.of(arguments);
  }

  /** Returns the key a {@link StoreException} gives as its argument {@code operation}. */
  String key() {
    return key;
  }

  /** Returns the key of this operation's text, {@code operation.<key>}. */
  String textKey() {
    return "operation." + key;
  }

  /** Returns the names of the arguments this operation brings. */
  List<String> arguments() {
    return arguments;
  }

  /** Returns the operation of a key. */
  static StoreOperation of(String key) {
    for (StoreOperation operation : values()) {
      if (operation.key.equals(key)) {
        return operation;
      }
    }
    throw new IllegalArgumentException("no store operation " + key);
  }
}
