package io.github.jiceng.governance.json;

import io.github.jiceng.governance.json.internal.Syntax;

/** The binding this run of the suite is against ({@link JsonBinding#selected()}), chosen once. */
public final class Bindings {

  private static final JsonBinding CURRENT = JsonBinding.selected();

  private Bindings() {}

  /** Returns the binding under test. */
  public static JsonBinding current() {
    return CURRENT;
  }

  /** Returns the files read and written through the binding under test. */
  public static GovernanceFiles files() {
    return CURRENT.files();
  }

  /** Returns the streaming layer of the binding under test. */
  public static Syntax syntax() {
    return CURRENT.syntax();
  }

  /** Returns the strict mapper of the binding under test. */
  public static JsonBinding.Mapper mapper() {
    return CURRENT.mapper();
  }
}
