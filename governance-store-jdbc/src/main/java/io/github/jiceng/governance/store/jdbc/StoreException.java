package io.github.jiceng.governance.store.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.model.shared.Language;
import io.github.jiceng.governance.model.shared.TextTemplates;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The store could not do what was asked (存储错误): the database failed, a stored row is corrupt, or
 * the store was misused. Business refusals are never exceptions: they are {@link
 * io.github.jiceng.governance.rules.decider.Decision.Refused} values. A failed call leaves no
 * partial state: its transaction is rolled back.
 *
 * <p>Each error carries a stable {@link #code()} and the named {@link #arguments()} its code
 * lists, and renders for people in Chinese or English with {@link #message(Language)} from the
 * texts beside this class ({@code errors_zh.properties}, {@code errors_en.properties}), read and
 * filled by the model's {@link TextTemplates} as validation errors and refusals are. {@link
 * #getMessage()} stays an English sentence for logs.
 *
 * <p>Messages and arguments name rules, stream ids, sequence numbers, versions, SQL states and
 * script names, never payloads, so no personal data reaches a person or a log through them. Each
 * argument is quoted as {@link Excerpts#of} does, so none grows with its input.
 */
public class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final StoreErrorCode code;
  private final Map<String, String> arguments;

  /**
   * Creates the exception.
   *
   * @param code the error's code
   * @param arguments exactly the arguments the code lists, and those of the operation when the code
   *     names one, in any order
   * @param detail what failed, in English, for logs
   * @param cause the underlying failure, or null
   * @throws IllegalArgumentException if the arguments are not those the code lists
   */
  StoreException(StoreErrorCode code, Map<String, ?> arguments, String detail, @Nullable Throwable cause) {
    super(detail, cause);
    this.code = requireNonNull(code, "code");
    this.arguments = checked(code, arguments);
  }

  private static Map<String, String> checked(StoreErrorCode code, Map<String, ?> arguments) {
    List<String> expected = new ArrayList<>(code.arguments());
    if (expected.contains("operation")) {
      Object operation = requireNonNull(arguments.get("operation"), "operation");
      expected.addAll(StoreOperation.of(String.valueOf(operation)).arguments());
    }
    if (!arguments.keySet().equals(new HashSet<>(expected))) {
      throw new IllegalArgumentException(code.key() + " carries " + expected + ", not " + arguments.keySet());
    }
    Map<String, String> copy = new LinkedHashMap<>();
    for (String name : expected) {
      copy.put(name, Excerpts.of(String.valueOf(requireNonNull(arguments.get(name), name))));
    }
    return Collections.unmodifiableMap(copy);
  }

  /**
   * Returns the error's stable code.
   *
   * @return the code
   */
  public StoreErrorCode code() {
    return code;
  }

  /**
   * Returns the error's named arguments: those its {@link #code()} lists, and, when it names an
   * {@code operation} (a key such as {@code handle-command}), that operation's ({@code rule},
   * {@code streamId} or {@code fund}). Values are quoted as {@link Excerpts#of} does.
   *
   * @return the arguments by name, in the code's order
   */
  public Map<String, String> arguments() {
    return arguments;
  }

  /**
   * Renders the error for a person in a language: the text of its code with its arguments put in,
   * the operation (if any) written out in the same language.
   *
   * @param language the language, chosen by the caller
   * @return one line for a person
   */
  public String message(Language language) {
    requireNonNull(language, "language");
    Map<String, String> texts = texts(language);
    String template = texts.get(code.key());
    if (template == null) {
      return String.valueOf(getMessage());
    }
    return TextTemplates.fill(template, name -> {
      if (name.equals("operation")) {
        String operation = texts.get(StoreOperation.of(arguments.get("operation")).textKey());
        return operation == null ? arguments.get(name) : TextTemplates.fill(operation, arguments::get);
      }
      return arguments.get(name);
    });
  }

  /** Returns the store's error texts in a language, by key, as its file gives them. */
  static Map<String, String> texts(Language language) {
    return TextTemplates.load(StoreException.class, "errors_" + language.tag() + ".properties");
  }
}
