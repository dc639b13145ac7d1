/** Codecs behind the Jackson module; not API, and not to be used from outside governance-json. */
@NullMarked
package io.github.jiceng.governance.json.internal;

import org.jspecify.annotations.NullMarked;
