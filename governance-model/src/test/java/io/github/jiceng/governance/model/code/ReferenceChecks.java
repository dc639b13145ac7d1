package io.github.jiceng.governance.model.code;

/**
 * An independent implementation of the three check algorithms, written from the pseudocode of
 * the standards notes (section 8.7), so that the tests do not check the production code against
 * itself: weights are computed as powers, not read from tables.
 */
final class ReferenceChecks {

  static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private ReferenceChecks() {}

  /** ISO 7064 MOD 11-2: w_i = 2^(17-i) mod 11, check = "10X98765432"[sum mod 11]. */
  static char idCheck(String body17) {
    long sum = 0;
    for (int i = 0; i < 17; i++) {
      long w = 1;
      for (int k = 0; k < 17 - i; k++) {
        w = w * 2 % 11;
      }
      sum += (body17.charAt(i) - '0') * w;
    }
    return "10X98765432".charAt((int) (sum % 11));
  }

  /** The full-sum form of MOD 11-2: the weighted sum of all 18 characters (X = 10) is 1 mod 11. */
  static boolean idFullSumHolds(String id18) {
    long sum = 0;
    for (int i = 0; i < 18; i++) {
      char c = id18.charAt(i);
      int v = c == 'X' ? 10 : c - '0';
      long w = 1;
      for (int k = 0; k < 17 - i; k++) {
        w = w * 2 % 11;
      }
      sum += v * w;
    }
    return sum % 11 == 1;
  }

  /** GB 32100: w_i = 3^i mod 31, c18 = alphabet[(31 - sum mod 31) mod 31]. */
  static char usccCheck(String body17) {
    long sum = 0;
    for (int i = 0; i < 17; i++) {
      long w = 1;
      for (int k = 0; k < i; k++) {
        w = w * 3 % 31;
      }
      sum += USCC_ALPHABET.indexOf(body17.charAt(i)) * w;
    }
    return USCC_ALPHABET.charAt((int) ((31 - sum % 31) % 31));
  }

  /** GB 11714: alphabet 0-9A-Z, w = 3 7 9 10 5 8 4 2, c9 = 11 - sum mod 11; 10 is X, 11 is 0. */
  static char orgCheck(String body8) {
    int[] w = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += Character.digit(body8.charAt(i), 36) * w[i];
    }
    int c = 11 - sum % 11;
    return c == 10 ? 'X' : c == 11 ? '0' : Character.forDigit(c, 10);
  }
}
