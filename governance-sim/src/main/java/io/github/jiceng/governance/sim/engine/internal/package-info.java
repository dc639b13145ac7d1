/**
 * The simulator's machinery: the state of one run, its random streams, and the desks that take
 * each day's steps through the rules. Not API; use {@code sim.engine}.
 */
@NullMarked
package io.github.jiceng.governance.sim.engine.internal;

import org.jspecify.annotations.NullMarked;
