package io.github.jiceng.governance.rules.deliberation;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.deliberation.Ballot;
import io.github.jiceng.governance.model.deliberation.MajorAffair;
import io.github.jiceng.governance.model.time.TimeLimits;
import java.time.Instant;

/**
 * What may be asked of one major affair put to deliberation (大事共议指令), decided by {@link
 * DeliberationRules}. Instants are checked against {@link TimeLimits} on construction ({@code
 * DomainValidationException}, rule {@code instant-range}); nulls throw {@code
 * NullPointerException} naming the field.
 */
public sealed interface DeliberationCommand {

  /**
   * Puts the affair to deliberation (发起共议): its participants, options, quorum and rule.
   *
   * @param affair the affair
   */
  record Open(MajorAffair affair) implements DeliberationCommand {
    /** Checks the affair is present and opened inside the limits. */
    public Open {
      requireNonNull(affair, "affair");
      TimeLimits.check("Open[" + affair.id() + "]", "affair.openedAt", affair.openedAt());
    }
  }

  /**
   * Casts one participant's ballot (投票).
   *
   * @param ballot the ballot
   */
  record Cast(Ballot ballot) implements DeliberationCommand {
    /** Checks the ballot is present and cast inside the limits. */
    public Cast {
      requireNonNull(ballot, "ballot");
      TimeLimits.check("Cast", "ballot.at", ballot.at());
    }
  }

  /**
   * Closes the vote and counts the ballots at an instant (计票议决).
   *
   * @param at the instant of the count
   */
  record Close(Instant at) implements DeliberationCommand {
    /** Checks the instant is present and inside the limits. */
    public Close {
      TimeLimits.check("Close", "at", requireNonNull(at, "at"));
    }
  }
}
