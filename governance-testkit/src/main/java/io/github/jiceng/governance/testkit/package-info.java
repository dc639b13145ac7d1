/**
 * The test kit's vocabulary: a <em>seed</em> names one reproducible run of a generator; a
 * <em>generator</em> gives a feature's commands from a seed, mixed, valid only, or refusable with
 * their codes, and an <em>invalid value</em> one the model rejects with a named field and rule; a
 * <em>contract run</em> drives a {@link
 * io.github.jiceng.governance.rules.decider.Decider} over commands and checks the one-shape
 * contract; a <em>decision assertion</em> reads a {@link
 * io.github.jiceng.governance.rules.decider.Decision} as a sentence; an <em>article fixture</em> is
 * a story of the source article built through the rules.
 */
package io.github.jiceng.governance.testkit;
