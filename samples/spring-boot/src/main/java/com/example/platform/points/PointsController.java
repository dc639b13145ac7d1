package com.example.platform.points;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.points.Contribution;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.rules.points.AccountTotals;
import io.github.jiceng.governance.rules.points.PointsCommand;
import io.github.jiceng.governance.rules.points.PointsState;
import io.github.jiceng.governance.store.jdbc.EventStore;
import io.github.jiceng.governance.store.jdbc.StoredRule;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Red-star points (闪闪红星积分): each community keeps its own ledger, one stream in the store
 * booked with the starter's {@code points} rule. Every command carries the client's {@code
 * Idempotency-Key}: sent again, it answers the first outcome and books nothing.
 *
 * <ul>
 *   <li>{@code POST /communities/{community}/points/awards} with a {@link Contribution}: awards
 *       what it earns under the policy; answers the entries booked;
 *   <li>{@code POST /communities/{community}/points/redemptions} with a {@link RedemptionOrder}:
 *       redeems; a refusal (such as {@code points.insufficient-balance}) answers 422;
 *   <li>{@code GET /communities/{community}/points/members/{person}}: a member's {@link
 *       AccountTotals}.
 * </ul>
 */
@RestController
public class PointsController {

  private final EventStore store;
  private final StoredRule<PointsCommand, PointsState, LedgerEntry> points;
  private final GridHierarchy hierarchy;

  PointsController(EventStore store, StoredRule<PointsCommand, PointsState, LedgerEntry> points,
      GridHierarchy hierarchy) {
    this.store = store;
    this.points = points;
    this.hierarchy = hierarchy;
  }

  /** Returns the ledger stream of a community of the platform. */
  private String ledger(String community) {
    GridId grid = GridId.of(community);
    if (!hierarchy.contains(grid)) {
      throw new DomainValidationException("PointsLedger", "community", "grid-exists",
          "the platform's hierarchy has no grid " + grid);
    }
    return "red-star:" + grid.value();
  }

  /**
   * Awards the points a contribution earns, booked when it took place.
   *
   * @param community the community's grid id
   * @param key the client's idempotency key
   * @param contribution the contribution, in the SDK's JSON
   * @return the entries booked (or, for a key sent before, booked then)
   */
  @PostMapping("/communities/{community}/points/awards")
  public List<LedgerEntry> award(@PathVariable String community, @RequestHeader("Idempotency-Key") String key,
      @RequestBody Contribution contribution) {
    String ledger = ledger(community);
    return store.handle(points, ledger, ledger + ":" + key, new PointsCommand.Award(contribution, contribution.occurredAt()))
        .orElseThrow();
  }

  /**
   * Redeems points for a service.
   *
   * @param community the community's grid id
   * @param key the client's idempotency key
   * @param order the order
   * @return the entries booked
   */
  @PostMapping("/communities/{community}/points/redemptions")
  public List<LedgerEntry> redeem(@PathVariable String community, @RequestHeader("Idempotency-Key") String key,
      @RequestBody RedemptionOrder order) {
    String ledger = ledger(community);
    return store.handle(points, ledger, ledger + ":" + key, new PointsCommand.Redeem(order.id(), order.member(), order.service(), order.quantity(), order.at())).orElseThrow();
  }

  /**
   * Returns a member's totals: earned, redeemed, expired, deducted and the balance.
   *
   * @param community the community's grid id
   * @param person the member's person id, such as {@code p-0042}
   * @return the totals
   */
  @GetMapping("/communities/{community}/points/members/{person}")
  public AccountTotals member(@PathVariable String community, @PathVariable String person) {
    return store.load(points, ledger(community)).state().totals(PersonId.of(person));
  }
}
