/** Helpers the model's packages share; not API. */
@NullMarked
package io.github.jiceng.governance.model.internal;

import org.jspecify.annotations.NullMarked;
