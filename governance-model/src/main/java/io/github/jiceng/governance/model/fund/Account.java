package io.github.jiceng.governance.model.fund;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.service.ProjectId;
import java.util.Optional;

/**
 * An account of one fund's double-entry ledger (账户).
 *
 * <ul>
 *   <li>a {@link Holding} is money the fund holds (an asset), unrestricted or under one earmark;
 *       a donation debits it, a disbursement credits it, and its balance never goes negative;
 *   <li>an {@link Income} account counts what came in through one donation channel (credited);
 *   <li>an {@link Expense} account counts what went out for one category, and for directed
 *       projects one project (debited).
 * </ul>
 *
 * <p>Accounts order holdings, then incomes, then expenses, each by their parts.
 */
public sealed interface Account extends Comparable<Account> permits Account.Holding, Account.Income, Account.Expense {

  /** Orders holdings, incomes, expenses, then by their parts; an absent part first. */
  @Override
  default int compareTo(Account o) {
    java.util.Objects.requireNonNull(o, "o");
    int c = Integer.compare(rank(this), rank(o));
    if (c != 0) {
      return c;
    }
    if (this instanceof Holding a && o instanceof Holding b) {
      return compareOptional(a.earmark(), b.earmark());
    }
    if (this instanceof Income a && o instanceof Income b) {
      return a.channel().compareTo(b.channel());
    }
    Expense a = (Expense) this;
    Expense b = (Expense) o;
    c = a.category().compareTo(b.category());
    return c != 0 ? c : compareOptional(a.project(), b.project());
  }

  private static int rank(Account a) {
    return a instanceof Holding ? 0 : a instanceof Income ? 1 : 2;
  }

  private static <T extends Comparable<? super T>> int compareOptional(Optional<T> a, Optional<T> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Boolean.compare(a.isPresent(), b.isPresent());
    }
    return a.get().compareTo(b.get());
  }

  /**
   * Money the fund holds, unrestricted or under one earmark (资金池).
   *
   * @param earmark the restriction, or empty for unrestricted money
   */
  record Holding(Optional<Earmark> earmark) implements Account {

    /** The holding of unrestricted money. */
    public static final Holding UNRESTRICTED = new Holding(Optional.empty());

    /** Checks the earmark is present or explicitly empty. */
    public Holding {
      requireNonNull(earmark, "earmark");
    }

    /** Returns the holding of money under the earmark. */
    public static Holding of(Earmark earmark) {
      return new Holding(Optional.of(requireNonNull(earmark, "earmark")));
    }

    /** Returns {@code held:unrestricted} or {@code held:<earmark>}. */
    @Override
    public String toString() {
      return "held:" + earmark.map(Earmark::toString).orElse("unrestricted");
    }
  }

  /**
   * What came in through one donation channel (收入).
   *
   * @param channel the channel
   */
  record Income(DonationChannel channel) implements Account {

    /** Checks the channel is present. */
    public Income {
      requireNonNull(channel, "channel");
    }

    /** Returns {@code income:CHANNEL}. */
    @Override
    public String toString() {
      return "income:" + channel;
    }
  }

  /**
   * What went out for one category and, for directed projects, one project (支出).
   *
   * @param category the outflow category
   * @param project the project, present exactly for {@link OutflowCategory#DIRECTED_PROJECT}
   */
  record Expense(OutflowCategory category, Optional<ProjectId> project) implements Account {

    /** Checks that a project is named exactly when the category needs one. */
    public Expense {
      requireNonNull(category, "category");
      requireNonNull(project, "project");
      if (category.needsProject() != project.isPresent()) {
        throw new DomainValidationException("Expense[" + category + "]", "project", "project-per-category",
            "an expense of " + category + (category.needsProject() ? " names its project" : " names no project"));
      }
    }

    /** Returns {@code expense:CATEGORY} or {@code expense:CATEGORY:project}. */
    @Override
    public String toString() {
      return "expense:" + category + project.map(p -> ":" + p).orElse("");
    }
  }
}
