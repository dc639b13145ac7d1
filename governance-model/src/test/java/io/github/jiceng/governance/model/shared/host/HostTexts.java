package io.github.jiceng.governance.model.shared.host;

/** Marks the package of a host's own validation texts, as a module of its own keeps them. */
public final class HostTexts {

  private HostTexts() {}
}
