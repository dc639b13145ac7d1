package com.example.platform.points;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.model.points.OfferId;
import java.time.Instant;

/**
 * A member's order to redeem points for a service of the catalogue (积分兑换).
 *
 * @param id the redemption's id in the ledger
 * @param member the member
 * @param service the catalogue's service
 * @param quantity how many units
 * @param at when
 */
public record RedemptionOrder(EntryId id, ActorId member, OfferId service, int quantity, Instant at) {}
