package com.example.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.points.Contribution;
import io.github.jiceng.governance.model.points.ContributionKind;
import io.github.jiceng.governance.model.points.EntryId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Red-star points through the store: an award sent twice under one idempotency key is booked
 * once; a redemption beyond the balance is refused as a problem detail with its code; one within
 * it is booked. Each test keeps to its own community's ledger.
 */
class PointsTest extends MockMvcPlatform {

  private static final Instant SATURDAY = Instant.parse("2024-03-02T01:00:00Z");

  /** Four hours of volunteer service: 10 points an hour under the article's policy. */
  private static Contribution fourHours(String id, String person) {
    return Contribution.builder().id(EntryId.of(id)).actor(PersonId.of(person)).kind(ContributionKind.VOLUNTEER_SERVICE)
        .occurredAt(SATURDAY).duration(Duration.ofHours(4)).reference("vr-" + id).build();
  }

  /** A redemption order as a client writes it. */
  private static String redemption(String id, String person, String service, Instant at) {
    return """
        {"id": "%s", "member": "person:%s", "service": "%s", "quantity": 1, "at": "%s"}
        """.formatted(id, person, service, at);
  }

  private JsonNode totals(String community, String person) throws Exception {
    return get("/communities/" + community + "/points/members/" + person).expect(200);
  }

  @Test
  void anAwardSentTwiceUnderOneIdempotencyKeyIsBookedOnce() throws Exception {
    JsonNode first = post("/communities/baiyun/points/awards", "award-1", fourHours("vol-1", "p-li")).expect(200);
    JsonNode again = post("/communities/baiyun/points/awards", "award-1", fourHours("vol-1", "p-li")).expect(200);

    assertThat(first.size()).isEqualTo(1);
    assertThat(first.get(0).path("type").asText()).isEqualTo("award");
    assertThat(first.get(0).path("points").asLong()).isEqualTo(40);
    assertThat(again).isEqualTo(first);
    JsonNode totals = totals("baiyun", "p-li");
    assertThat(totals.path("earned").asLong()).isEqualTo(40);
    assertThat(totals.path("balance").asLong()).isEqualTo(40);
  }

  @Test
  void aRedemptionBeyondTheBalanceIsRefusedAndOneWithinItIsBooked() throws Exception {
    post("/communities/xuemeili/points/awards", "award-2", fourHours("vol-2", "p-wang")).expect(200);

    Answer refused = post("/communities/xuemeili/points/redemptions", "redeem-1",
        redemption("red-1", "p-wang", "physiotherapy", SATURDAY.plus(Duration.ofDays(1))));
    JsonNode problem = refused.expect(422);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(problem.path("code").asText()).isEqualTo("points.insufficient-balance");
    assertThat(problem.path("type").asText()).isEqualTo("urn:jiceng-governance:refusal:points.insufficient-balance");

    JsonNode booked = post("/communities/xuemeili/points/redemptions", "redeem-2",
        redemption("red-2", "p-wang", "head-therapy", SATURDAY.plus(Duration.ofDays(1)))).expect(200);
    assertThat(booked.get(0).path("type").asText()).isEqualTo("redemption");
    JsonNode totals = totals("xuemeili", "p-wang");
    assertThat(totals.path("redeemed").asLong()).isEqualTo(40);
    assertThat(totals.path("balance").asLong()).isZero();
  }

  @Test
  void aCommandWithoutItsIdempotencyKeyIsABadRequest() throws Exception {
    post("/communities/xuejiawan/points/awards", null, fourHours("vol-3", "p-zhao")).expect(400);

    assertThat(totals("xuejiawan", "p-zhao").path("earned").asLong()).isZero();
  }
}
