/**
 * The test kit's vocabulary: a <em>seed</em> names one reproducible run of a generator; a
 * <em>contract run</em> drives a {@link io.github.jiceng.governance.rules.decider.Decider} over
 * commands and checks the one-shape contract; a <em>decision assertion</em> reads a {@link
 * io.github.jiceng.governance.rules.decider.Decision} as a sentence.
 */
package io.github.jiceng.governance.testkit;
