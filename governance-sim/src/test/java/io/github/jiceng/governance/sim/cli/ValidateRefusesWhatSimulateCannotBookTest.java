package io.github.jiceng.governance.sim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.money.Money;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} refuses a scenario whose amounts pass the declared limits, the same way
 * {@code simulate} refuses to start on it; a scenario at the limits validates and simulates.
 */
final class ValidateRefusesWhatSimulateCannotBookTest {

  private static final Path SCENARIO = Path.of("..", "seeds", "jungar-banner", "scenario.json");
  /** The amount of the seed's first donation, as it is written. */
  private static final String FIRST_DONATION = "\"fen\": 42000000,";

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final GovernanceCli cli = new GovernanceCli(
      new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

  private static Path withFirstDonationOf(Path dir, long fen) throws IOException {
    String seed = Files.readString(SCENARIO);
    assertThat(seed).contains(FIRST_DONATION);
    Path file = dir.resolve("scenario-" + fen + ".json");
    Files.writeString(file, seed.replaceFirst(FIRST_DONATION, "\"fen\": " + fen + ","));
    return file;
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aDonationOfTheLargestLongIsInvalidForValidateAndForSimulate(@TempDir Path dir) throws IOException {
    Path file = withFirstDonationOf(dir, Long.MAX_VALUE);
    assertThat(cli.run("validate", file.toString())).isEqualTo(GovernanceCli.INVALID);
    assertThat(err()).contains("amount-range").contains("/fundEntries/0").doesNotContain("\tat ");
    assertThat(err().strip().lines()).hasSize(1);
    err.reset();
    assertThat(cli.run("simulate", file.toString(), "--days", "1")).isEqualTo(GovernanceCli.INVALID);
    assertThat(err()).contains("amount-range");
  }

  @Test
  void aDonationOneFenPastTheEntryLimitIsInvalid(@TempDir Path dir) throws IOException {
    Path file = withFirstDonationOf(dir, Money.MAX_ENTRY.fen() + 1);
    assertThat(cli.run("validate", file.toString())).isEqualTo(GovernanceCli.INVALID);
    assertThat(err()).contains("amount-range");
  }

  @Test
  void aDonationAtTheEntryLimitValidatesAndSimulates(@TempDir Path dir) throws IOException {
    Path file = withFirstDonationOf(dir, Money.MAX_ENTRY.fen());
    assertThat(cli.run("validate", file.toString())).as(err()).isEqualTo(GovernanceCli.OK);
    assertThat(cli.run("simulate", file.toString(), "--days", "30", "--seed", "3")).as(err())
        .isEqualTo(GovernanceCli.OK);
  }
}
