package io.github.jiceng.governance.model.archfixture;

import java.util.Locale;

/** A deliberate breach for the architecture tests: text formatted in the default locale. */
public final class ModelFormattingInDefaultLocale {
  public String id(int n) {
    return String.format("p-%07d", n);
  }

  public String fen(long n) {
    return "%d fen".formatted(n);
  }

  public String key(String s) {
    return s.toUpperCase();
  }

  public void print(int n) {
    System.out.printf("%,d%n", n);
  }

  public String allowed(int n) {
    return String.format(Locale.ROOT, "p-%07d", n) + "x".toUpperCase(Locale.ROOT);
  }
}
