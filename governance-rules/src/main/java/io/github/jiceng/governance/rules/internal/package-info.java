/**
 * Data structures shared by the rules' states: an immutable sorted map that shares structure
 * between versions, so that a decider evolves its state by one event in O(log n). Not API.
 */
@NullMarked
package io.github.jiceng.governance.rules.internal;

import org.jspecify.annotations.NullMarked;
