package io.github.jiceng.governance.model.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded properties of both check schemes: every code generated with the reference check
 * character is accepted, and every single-character change of a valid code is rejected (both
 * schemes are modulo a prime with weights that are never zero, so a single substitution always
 * changes the sum). Each failure names its seed.
 */
final class CheckCharacterPropertyTest {

  private static final String DIGITS = "0123456789";

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  static String randomIdentity(SplittableRandom r) {
    String address = (1 + r.nextInt(9)) + String.format("%05d", r.nextInt(100_000));
    LocalDate birth = LocalDate.of(1900, 1, 1).plusDays(r.nextInt(365 * 125));
    String body = address + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
        + String.format("%03d", r.nextInt(1000));
    return body + ReferenceChecks.idCheck(body);
  }

  static String randomCreditCode(SplittableRandom r) {
    String alphabet = ReferenceChecks.USCC_ALPHABET;
    String head = "" + "123456789ANY".charAt(r.nextInt(12)) + alphabet.charAt(1 + r.nextInt(9));
    String division = String.format("%06d", r.nextInt(1_000_000));
    StringBuilder org = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      org.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    org.append(ReferenceChecks.orgCheck(org.toString()));
    String body = head + division + org;
    return body + ReferenceChecks.usccCheck(body);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void generatedIdentityNumbersAreAcceptedAndEveryOneCharacterChangeIsNot(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String valid = randomIdentity(r);
    assertThat(IdentityNumber.isValid(valid)).as("seed %s: %s", seed, valid).isTrue();
    assertThat(IdentityNumber.checkCharacterOf(valid.substring(0, 17))).as("seed %s", seed).isEqualTo(valid.charAt(17));
    for (int pos = 0; pos < 18; pos++) {
      String choices = pos == 17 ? DIGITS + "X" : DIGITS;
      for (char c : choices.toCharArray()) {
        if (c == valid.charAt(pos)) {
          continue;
        }
        String changed = valid.substring(0, pos) + c + valid.substring(pos + 1);
        assertThat(IdentityNumber.isValid(changed)).as("seed %s: %s changed at %s", seed, valid, pos).isFalse();
      }
    }
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void generatedCreditCodesAreAcceptedAndEveryOneCharacterChangeIsNot(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String valid = randomCreditCode(r);
    assertThat(CreditCode.isValid(valid)).as("seed %s: %s", seed, valid).isTrue();
    for (int pos = 0; pos < 18; pos++) {
      for (char c = '0'; c <= 'Z'; c++) {
        if (!Character.isLetterOrDigit(c) || c == valid.charAt(pos)) {
          continue;
        }
        String changed = valid.substring(0, pos) + c + valid.substring(pos + 1);
        assertThat(CreditCode.isValid(changed)).as("seed %s: %s changed at %s to %s", seed, valid, pos, c).isFalse();
      }
    }
  }
}
