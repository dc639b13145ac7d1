/**
 * A durable home for the ledgers and lifecycles (事件存储): every stateful rule of the SDK, run
 * through its {@link io.github.jiceng.governance.rules.decider.Decider}, persisted as append-only
 * streams of events in a relational database the host reaches through a {@link
 * javax.sql.DataSource} (ADR 0023). Plain JDBC, no ORM; the host brings the driver and the pool.
 *
 * <h2>Vocabulary</h2>
 *
 * <table>
 *   <caption>Terms of this package</caption>
 *   <tr><th>term</th><th>术语</th><th>meaning</th></tr>
 *   <tr><td>stream</td><td>事件流</td><td>the events of one aggregate (a member's points account,
 *       a fund, a demand), identified by the rule's name and a stream id; its version is the
 *       number of its events</td></tr>
 *   <tr><td>sequence</td><td>全局序号</td><td>a number given to every event in the store,
 *       increasing in the order events were appended</td></tr>
 *   <tr><td>idempotency key</td><td>幂等键</td><td>the host's id of one command: the same key sent
 *       again answers the first outcome and appends nothing</td></tr>
 *   <tr><td>snapshot</td><td>快照</td><td>a stream's state stored at a version, so that loading
 *       replays only the events after it</td></tr>
 *   <tr><td>error code</td><td>错误代码</td><td>the stable key of a {@link
 *       io.github.jiceng.governance.store.jdbc.StoreException}, such as {@code store.unavailable};
 *       its named arguments fill the error's text in Chinese or English</td></tr>
 *   <tr><td>read model</td><td>读模型</td><td>tables a platform queries without replaying, kept in
 *       the transaction that appends the events ({@link
 *       io.github.jiceng.governance.store.jdbc.Projection}); a rebuild recreates them from the
 *       events with identical rows</td></tr>
 *   <tr><td>ledger</td><td>积分账本</td><td>one stream of the points rule, such as a community's;
 *       its members' balances are one read model ({@link
 *       io.github.jiceng.governance.store.jdbc.PointsBalances})</td></tr>
 *   <tr><td>demand list</td><td>需求清单</td><td>the first of the five lists: every demand of a
 *       community with its state and its links to a project, a claimant, a service and an
 *       outcome ({@link io.github.jiceng.governance.store.jdbc.DemandList})</td></tr>
 *   <tr><td>project list</td><td>项目清单</td><td>every project of a community's project register
 *       with its stage, its channel decision (channel, claimant, price), its budget, its demands,
 *       services and outcomes ({@link io.github.jiceng.governance.store.jdbc.ProjectList})</td></tr>
 *   <tr><td>resource list</td><td>资源清单</td><td>every resource a co-building agreement (共建协议)
 *       commits to a community, with the unit or party member who committed it, the agreement's
 *       period and integrations, and its use as the latest joint meeting reviewed it; linked to the
 *       agreement, and to the projects taken with the resource and their services ({@link
 *       io.github.jiceng.governance.store.jdbc.ResourceList})</td></tr>
 *   <tr><td>person register</td><td>人员登记簿</td><td>people's names, identity numbers and mobiles
 *       under their person ids, each field encrypted under the person's own data key ({@link
 *       io.github.jiceng.governance.store.jdbc.PersonRegister}); events and read models hold person
 *       ids only</td></tr>
 *   <tr><td>data key</td><td>数据密钥</td><td>the key of one person's fields, kept by the host's
 *       {@link io.github.jiceng.governance.store.jdbc.KeyProvider}; the register stores its id
 *       only</td></tr>
 *   <tr><td>erasure</td><td>删除（个人信息）</td><td>destroying a person's data key, so that their
 *       data can never be read again while the ledgers stay as they are (ADR 0034)</td></tr>
 *   <tr><td>tampered row</td><td>被篡改的数据行</td><td>a register row that does not authenticate
 *       under its key: edited outside the register, or read with a wrong key ({@link
 *       io.github.jiceng.governance.store.jdbc.PersonTamperedException})</td></tr>
 *   <tr><td>open proposal</td><td>未办结提案</td><td>a resident's proposal neither closed nor
 *       rejected, with the grid node handling it, its state's deadline and when its next
 *       escalation falls due ({@link io.github.jiceng.governance.store.jdbc.OpenProposals})</td></tr>
 * </table>
 *
 * <h2>Start here</h2>
 *
 * <p>{@link io.github.jiceng.governance.store.jdbc.EventStore#on} opens the store on a data source;
 * {@link io.github.jiceng.governance.store.jdbc.StoredRule#of} registers a rule with the codec of
 * its events ({@link io.github.jiceng.governance.store.jdbc.StoreCodecs} has the SDK's own, such as
 * the fund's and the proposals'); {@code handle} runs a command exactly once, and {@code handleAll}
 * runs a batch of up to {@value io.github.jiceng.governance.store.jdbc.EventStore#MAX_BATCH}
 * commands ({@link io.github.jiceng.governance.store.jdbc.StreamCommand}) in one transaction, each
 * exactly once and in order, at a fraction of the round trips (ADR 0035). Six read models come
 * with the SDK's rules: {@link io.github.jiceng.governance.store.jdbc.FundFlows} keeps a fund's transparency
 * figures, {@link io.github.jiceng.governance.store.jdbc.PointsBalances} members' point balances
 * per ledger, {@link io.github.jiceng.governance.store.jdbc.DemandList} each community's demands
 * with their links, {@link io.github.jiceng.governance.store.jdbc.ProjectList} each community's
 * projects with their channel decisions and links, {@link
 * io.github.jiceng.governance.store.jdbc.ResourceList} the resources co-building agreements commit
 * with their use and links, and {@link
 * io.github.jiceng.governance.store.jdbc.OpenProposals} the proposals
 * still open with their deadlines, each with static queries. Personal data goes to the {@link
 * io.github.jiceng.governance.store.jdbc.PersonRegister}, never into an event: {@code
 * PersonRegister.on(dataSource, keyProvider)} over the host's {@link
 * io.github.jiceng.governance.store.jdbc.KeyProvider}.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li><b>Exactly once.</b> {@code gov_command.idempotency_key} is a primary key: of two
 *       commands with one key, one commits and the other, on retry, answers its outcome.
 *   <li><b>No stale appends.</b> {@code (rule, stream_id, stream_version)} is unique: a writer
 *       that decided on an old version (read from the database or from the store's cache of
 *       stream states) fails to insert, rolls back and decides again on the stream as the
 *       database holds it (ADR 0040).
 *   <li><b>Refusals append nothing.</b> A refused command writes no event; its refusal is
 *       recorded with its key so that re-sending answers the same refusal.
 *   <li><b>All or nothing.</b> Events, the command's record, the snapshot and the read models of
 *       one command commit in one transaction; those of a batch of {@code handleAll} commit in one
 *       transaction for the whole batch, which is decided again as a whole after a lost race. A row that does not decode stops a replay with an
 *       {@link io.github.jiceng.governance.store.jdbc.EventDecodeException} naming the rule, the
 *       stream and the sequence number.
 * </ul>
 *
 * <h2>Errors for people</h2>
 *
 * <p>Every {@link io.github.jiceng.governance.store.jdbc.StoreException} carries a {@link
 * io.github.jiceng.governance.store.jdbc.StoreErrorCode} and named arguments, and {@code
 * message(Language)} renders it in Chinese or English from {@code errors_zh.properties} and {@code
 * errors_en.properties} beside the exception, through the model's {@code TextTemplates} as
 * validation errors and refusals are (ADR 0029). The texts name rules, stream ids, versions, SQL
 * states, person ids and field names, never a payload or a personal value. {@code getMessage()} stays English for logs.
 *
 * <h2>Portable schema</h2>
 *
 * <p>The scripts in {@link io.github.jiceng.governance.store.jdbc.Schema#LOCATION} use standard
 * types only ({@code BIGINT}, {@code VARCHAR}, {@code TEXT}), payloads as JSON text written by
 * {@code governance-json}, the person register's ciphertexts as Base64 text. They are written to
 * run as shipped on PostgreSQL 10 and later (the tests run them on a real PostgreSQL) and on the
 * derivatives that keep its SQL (KingbaseES, openGauss, Highgo). On MySQL 8 two words of the first
 * script change (the person register's script runs unchanged): {@code BIGINT
 * GENERATED BY DEFAULT AS IDENTITY} becomes {@code BIGINT AUTO_INCREMENT}, and {@code TEXT}
 * becomes {@code LONGTEXT} (MySQL's {@code TEXT} holds 64 KiB); the store's statements are
 * standard SQL and unchanged, and MySQL's duplicate-key state {@code 23000} is treated as a
 * conflict to retry like PostgreSQL's {@code 23505}.
 */
@NullMarked
package io.github.jiceng.governance.store.jdbc;

import org.jspecify.annotations.NullMarked;
