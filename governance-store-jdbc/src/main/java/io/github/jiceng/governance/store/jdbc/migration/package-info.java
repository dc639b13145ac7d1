/**
 * The store's schema as versioned SQL scripts (数据库迁移脚本), resources only: {@code
 * V<n>__<description>.sql}, applied in order by {@link
 * io.github.jiceng.governance.store.jdbc.Schema#migrate} or, under the same names, by Flyway
 * pointed at {@code classpath:io/github/jiceng/governance/store/jdbc/migration}.
 */
@NullMarked
package io.github.jiceng.governance.store.jdbc.migration;

import org.jspecify.annotations.NullMarked;
