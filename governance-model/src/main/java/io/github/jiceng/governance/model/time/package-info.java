/**
 * Time as the model sees it: spans given by the caller, never the wall clock.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Interval 时段
 *   <dd>A half-open span {@code [start, end)}: a window, an absence, a period.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.model.time;

import org.jspecify.annotations.NullMarked;
