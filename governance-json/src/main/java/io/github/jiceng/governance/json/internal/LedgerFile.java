package io.github.jiceng.governance.json.internal;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The content of a ledger file as the whole-file table sees it: a header (the policy or the fund
 * the entries belong to) and the entries. Ledger files are read and written as record streams;
 * this type only lets one table define the stream, its header and its schema.
 *
 * @param header the header
 * @param entries the entries, in file order
 * @param <H> the header's type
 * @param <E> the entries' type
 */
record LedgerFile<H, E>(H header, List<E> entries) {

  LedgerFile {
    requireNonNull(header, "header");
    entries = List.copyOf(entries);
  }

  /** Returns the class of ledger files, typed for a table. */
  @SuppressWarnings("unchecked")
  static <H, E> Class<LedgerFile<H, E>> type() {
    return (Class<LedgerFile<H, E>>) (Class<?>) LedgerFile.class;
  }
}
