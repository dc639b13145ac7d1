/**
 * The governance domain model: immutable types, free of Jackson, logging and the wall clock.
 *
 * <p>Each sub-package is one feature: {@code shared} (validation and masking), {@code money}
 * (yuan in fen), {@code code} (Chinese standard codes), {@code grid} (grid hierarchies).
 */
@NullMarked
package io.github.jiceng.governance.model;

import org.jspecify.annotations.NullMarked;
