package io.github.jiceng.governance.model.fund;

import io.github.jiceng.governance.model.money.Money;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a fund allows for one outflow category (类别规则): who may receive it, the most one case
 * may pay, the most the category may pay per calendar period, and how often one recipient may
 * receive it. A category without a rule may not be paid at all.
 *
 * <pre>{@code
 * CategoryRule awards = CategoryRule.builder()
 *     .category(OutflowCategory.OUTSTANDING_STUDENTS)
 *     .recipients(RecipientKind.PERSON)
 *     .caseCap(Money.ofYuan("3000"))
 *     .recipientLimit(new RecipientLimit(1, CalendarPeriod.YEAR, LimitScope.GROUP))
 *     .build();                               // one award of any kind per person per year
 * }</pre>
 */
@Value.Immutable
public abstract class CategoryRule {

  CategoryRule() {}

  /** Returns a builder; {@code category} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the category ruled. */
  public abstract OutflowCategory category();

  /** Returns who may receive money of the category; {@link RecipientKind#ANY} unless set. */
  @Value.Default
  public RecipientKind recipients() {
    return RecipientKind.ANY;
  }

  /** Returns the most one case may pay, if capped. */
  public abstract Optional<Money> caseCap();

  /** Returns the most the category may pay per calendar period, if capped. */
  public abstract Optional<PeriodCap> periodCap();

  /** Returns how often one recipient may receive money of the category, if limited. */
  public abstract Optional<RecipientLimit> recipientLimit();

  @Value.Check
  final void check() {
    caseCap().ifPresent(c -> Checks.positive("CategoryRule[" + category() + "]", "caseCap", c));
  }

  /** The builder of {@link CategoryRule}; each attribute may be set once. */
  public static final class Builder extends ImmutableCategoryRule.Builder {
    Builder() {}
  }
}
