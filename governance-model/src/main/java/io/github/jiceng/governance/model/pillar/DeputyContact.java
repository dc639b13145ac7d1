package io.github.jiceng.governance.model.pillar;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.clue.ClueId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.proposal.ProposalId;
import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.model.taxonomy.PillarBound;
import io.github.jiceng.governance.model.time.TimeLimits;
import java.time.LocalDate;
import java.util.SortedSet;

/**
 * A deputy's contact with the residents of a grid (两代表一委员联系服务网格), the record of 大事共议:
 * the deputy met residents of a grid node on a day and carried their problems on, as the issue
 * clues and proposals they raised.
 *
 * <p>The deputy and the problems are named by id only, so the record carries no personal data.
 * The deputy's link to grids is their {@link io.github.jiceng.governance.model.actor.Role.Deputy}
 * role; a contact outside the linked grids is counted, and the rules say it was outside.
 *
 * @param id the contact's id
 * @param deputy the deputy (a person with a deputy role)
 * @param grid the grid node whose residents were met
 * @param day the day of the contact, in the community's zone
 * @param residentsMet how many residents were met, 1 to {@link #MAX_RESIDENTS}
 * @param clues the issue clues the deputy raised from the contact, sorted
 * @param proposals the proposals the deputy submitted from it, sorted
 */
public record DeputyContact(ContactId id, PersonId deputy, GridId grid, LocalDate day, int residentsMet,
    SortedSet<ClueId> clues, SortedSet<ProposalId> proposals) implements PillarBound {

  /** The most residents one contact records. */
  public static final int MAX_RESIDENTS = 10_000;

  /** The most problems (clues and proposals together) one contact carries. */
  public static final int MAX_PROBLEMS = 100;

  /**
   * Validates the contact and keeps the problems sorted.
   *
   * @throws DomainValidationException if the day is outside the years 0001-9999 (rule {@code
   *     date-range}), the residents met are not 1 to {@link #MAX_RESIDENTS} (rule {@code range}) or
   *     there are more than {@link #MAX_PROBLEMS} problems (rule {@code problems-limit})
   */
  public DeputyContact {
    requireNonNull(id, "id");
    requireNonNull(deputy, "deputy");
    requireNonNull(grid, "grid");
    requireNonNull(day, "day");
    requireNonNull(clues, "clues");
    requireNonNull(proposals, "proposals");
    String subject = "DeputyContact[" + id + "]";
    TimeLimits.check(subject, "day", day);
    DomainChecks.inRange(subject, "residentsMet", residentsMet, 1, MAX_RESIDENTS);
    clues = ImmutableSortedSet.copyOf(DomainChecks.noNullElements(clues, "clues"));
    proposals = ImmutableSortedSet.copyOf(DomainChecks.noNullElements(proposals, "proposals"));
    if (clues.size() + proposals.size() > MAX_PROBLEMS) {
      throw new DomainValidationException(new Violation(subject, "clues", "problems-limit",
          "a contact carries at most " + MAX_PROBLEMS + " problems, was " + (clues.size() + proposals.size()))
          .with("max", MAX_PROBLEMS).with("value", clues.size() + proposals.size()));
    }
  }

  /** Returns how many problems the contact carried: its clues and proposals. */
  public int problems() {
    return clues.size() + proposals.size();
  }

  /** Returns {@link Pillar#MAJOR_AFFAIRS_CO_DELIBERATION}. */
  @Override
  public Pillar pillar() {
    return Pillar.MAJOR_AFFAIRS_CO_DELIBERATION;
  }
}
