package io.github.jiceng.governance.model.fund;

import io.github.jiceng.governance.model.grid.GridId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.immutables.value.Value;

/**
 * A co-building fund (共建实践金): its id, its name, the grid node that runs it and the day it was
 * launched. No entry of its ledger may be booked before the start of that day in the fund's zone,
 * and calendar periods (caps per month or year, report periods) count in that zone.
 *
 * <pre>{@code
 * Fund lantian = Fund.builder()
 *     .id(FundId.of("lantian-fund"))
 *     .name("蓝天街道共建实践金")
 *     .grid(GridId.of("lantian"))
 *     .launchedOn(LocalDate.of(2021, 6, 9))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Fund {

  /** The longest name accepted, in characters. */
  public static final int MAX_NAME_LENGTH = 100;

  /** The zone of the article's funds, China Standard Time. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  Fund() {}

  /** Returns a builder; {@code id}, {@code name}, {@code grid} and {@code launchedOn} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the fund's id. */
  public abstract FundId id();

  /** Returns the fund's display name, such as {@code "蓝天街道共建实践金"}. */
  public abstract String name();

  /** Returns the grid node (a street or community) that runs the fund. */
  public abstract GridId grid();

  /** Returns the day the fund was launched, in its zone. */
  public abstract LocalDate launchedOn();

  /** Returns the zone whose calendar counts; {@link #CHINA} unless set. */
  @Value.Default
  public ZoneId zone() {
    return CHINA;
  }

  /** Returns the first instant at which an entry may be booked: the start of the launch day. */
  public final Instant launchedAt() {
    return launchedOn().atStartOfDay(zone()).toInstant();
  }

  @Value.Check
  final void check() {
    Checks.text("Fund[" + id() + "]", "name", name(), MAX_NAME_LENGTH);
  }

  /** The builder of {@link Fund}; each attribute may be set once. */
  public static final class Builder extends ImmutableFund.Builder {
    Builder() {}
  }
}
