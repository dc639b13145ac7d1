/**
 * The co-building fund (共建实践金): money raised locally through five donation channels and
 * spent on relief, support, awards and directed projects, booked as balanced double entries.
 *
 * <p>Everything here is an immutable value: the fund, its ledger entries (a {@link
 * io.github.jiceng.governance.model.fund.Donation} or a {@link
 * io.github.jiceng.governance.model.fund.Disbursement}), the disbursement policy (data, not
 * code), a pledge, a disbursement request and its case, the audit records and the transparency
 * report.
 * Whether an entry may be appended, a request approved or a case paid is decided by the rules in
 * {@code io.github.jiceng.governance.rules.fund}.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Co-building fund 共建实践金
 *   <dd>A fund raised from co-building units, merchants, civility pioneers, party members and
 *       residents of one street, first launched by 蓝天街道 on 2021-06-09.
 *   <dt>Donation channel 捐赠渠道
 *   <dd>共建单位定向捐 directed, 驻地商铺爱心捐 charity, 文明先锋公益捐 public welfare, 党员干部带头捐
 *       lead, 居民群众互助捐 mutual aid.
 *   <dt>Outflow category 支出类别
 *   <dd>三救 relief (救急 emergency, 救难 hardship, 救困 poverty), 三扶 support (扶老 elderly,
 *       扶孤 orphans, 扶持公益 public welfare), 三奖 awards (入伍新兵 new recruits, 优秀学子
 *       outstanding students, 最美典型 role models) and 定向投 directed projects.
 *   <dt>Pledge 认领
 *   <dd>A donor's promise of an amount, made at a pledge event and paid later by donations that
 *       name it; not money: no holding, balance or report total counts it.
 *   <dt>Earmark 定向限定
 *   <dd>A donor's restriction of a donation to one outflow category or one project.
 *   <dt>Holding 资金池
 *   <dd>The money held for one earmark, or unrestricted; never negative.
 *   <dt>Posting 记账分录行
 *   <dd>One debit or credit of one account; the postings of an entry balance to the fen.
 *   <dt>Disbursement 拨付
 *   <dd>Money paid out of the fund on an approved request.
 *   <dt>Maker-checker 经办与审核分离
 *   <dd>The person who requests a disbursement never approves or pays it.
 *   <dt>Transparency report 公示
 *   <dd>What came in, what went out and what is left, posted on the community notice board.
 *   <dt>Amount limits 金额上限
 *   <dd>An entry, request, draw or cap per case moves at most {@code Money.MAX_ENTRY}; a cap per
 *       period and a fund's total income at most {@code Money.MAX_TOTAL}; entries and requests
 *       are dated within {@code TimeLimits}.
 * </dl>
 */
@NullMarked
@DomainStyle
package io.github.jiceng.governance.model.fund;

import io.github.jiceng.governance.model.shared.DomainStyle;
import org.jspecify.annotations.NullMarked;
