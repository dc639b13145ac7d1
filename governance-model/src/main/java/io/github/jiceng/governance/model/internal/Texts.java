package io.github.jiceng.governance.model.internal;

/** How input text is quoted in validation messages: whole when short, cut when long. */
public final class Texts {

  /** The most characters of an input quoted in a message. */
  public static final int SHOWN = 64;

  private Texts() {}

  /**
   * Returns the text as a message quotes it: unchanged up to {@value #SHOWN} characters, else its
   * first {@value #SHOWN} and how long it was, so a huge input cannot make a huge message.
   *
   * @param text the input text
   * @return the text to quote
   */
  public static String shown(String text) {
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "... (" + text.length() + " characters)";
  }
}
