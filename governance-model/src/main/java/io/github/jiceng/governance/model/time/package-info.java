/**
 * Time as the model sees it: spans given by the caller, never the wall clock.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Interval 时段
 *   <dd>A half-open span {@code [start, end)}: a window, an absence, a period.
 *   <dt>Time limits 时间范围
 *   <dd>The instants (years 0001-9999) and durations (at most 36,525 days) the SDK accepts, so
 *       that no date it derives overflows; see {@link io.github.jiceng.governance.model.time.TimeLimits}.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.model.time;

import org.jspecify.annotations.NullMarked;
