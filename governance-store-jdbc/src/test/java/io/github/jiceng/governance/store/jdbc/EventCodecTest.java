package io.github.jiceng.governance.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.model.points.Expiry;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.model.points.OfferId;
import io.github.jiceng.governance.model.points.Points;
import io.github.jiceng.governance.model.points.Redemption;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventCodecTest {

  private final EventCodec<LedgerEntry> codec = EventCodec.json(LedgerEntry.class);

  @Test
  void writesAPointsLedgerEntryAsCompactJsonAndReadsItBack() {
    LedgerEntry redemption = new Redemption(EntryId.of("r-1"), PersonId.of("p-1"), Instant.parse("2024-05-01T02:00:00Z"),
        OfferId.of("offer-1"), 2, Points.of(40));
    LedgerEntry expiry = new Expiry(EntryId.of("x-1"), PersonId.of("p-1"), Instant.parse("2025-01-01T00:00:00Z"), Points.of(3),
        "end of year");

    assertThat(codec.decode(codec.encode(redemption))).isEqualTo(redemption);
    assertThat(codec.decode(codec.encode(expiry))).isEqualTo(expiry);
    assertThat(codec.encode(redemption)).startsWith("{\"type\":\"redemption\"").doesNotContain("\n");
    assertThat(codec.encode(redemption)).isEqualTo(codec.encode(codec.decode(codec.encode(redemption))));
  }

  @Test
  void refusesAPayloadThatIsNotAnEntryWithoutQuotingIt() {
    assertThatThrownBy(() -> codec.decode("{\"type\":\"gift\",\"mobile\":\"13800138000\"}"))
        .isInstanceOf(RuntimeException.class)
        .hasMessageContaining("LedgerEntry")
        .hasMessageNotContaining("13800138000");
  }
}
