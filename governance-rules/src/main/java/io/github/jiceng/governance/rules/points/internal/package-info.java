/**
 * Primitive data structures behind the points replay: an open-addressing set of {@code long}
 * entry ids. Not API.
 */
@NullMarked
package io.github.jiceng.governance.rules.points.internal;

import org.jspecify.annotations.NullMarked;
