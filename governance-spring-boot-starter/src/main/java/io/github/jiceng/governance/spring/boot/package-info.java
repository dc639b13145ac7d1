/**
 * The SDK in a Spring Boot 3.5 or 4.0 application (Spring Boot 集成): add {@code
 * governance-spring-boot-starter} and Boot's mapper reads and writes the SDK's types, the rules
 * are beans configured from {@code application.yml}, the JDBC store runs on the application's
 * {@code DataSource}, Micrometer counts commands, and refusals answer as RFC 9457 problem details
 * (ADR 0032).
 *
 * <h2>Vocabulary</h2>
 *
 * <table>
 *   <caption>Terms of this package</caption>
 *   <tr><th>term</th><th>术语</th><th>meaning</th></tr>
 *   <tr><td>policy document</td><td>政策文档</td><td>a policy written in YAML in the SDK's JSON
 *       shape under a {@code governance.*} property, read by the SDK's own codecs</td></tr>
 *   <tr><td>problem detail</td><td>问题详情</td><td>an RFC 9457 error body, {@code
 *       application/problem+json}, carrying the refusal's code</td></tr>
 *   <tr><td>Boot line</td><td>Boot 版本线</td><td>Spring Boot 3.5 (Jackson 2) or 4.0 (Jackson
 *       3); the starter serves both</td></tr>
 * </table>
 *
 * <h2>Start here</h2>
 *
 * <p>{@link io.github.jiceng.governance.spring.boot.GovernanceAutoConfiguration} lists the beans
 * and the properties they come from; {@link
 * io.github.jiceng.governance.spring.boot.GovernanceProperties} the scalar settings; {@link
 * io.github.jiceng.governance.spring.boot.GovernanceProblemDetails} the error answers; {@link
 * io.github.jiceng.governance.spring.boot.GovernanceMetrics} the meters.
 */
@NullMarked
package io.github.jiceng.governance.spring.boot;

import org.jspecify.annotations.NullMarked;
