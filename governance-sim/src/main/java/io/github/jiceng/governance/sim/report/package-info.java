/**
 * Reports a person or a program reads: the grid hierarchy as a tree, and the report of a
 * simulation run as text, JSON and a self-contained HTML page with inline SVG charts, all
 * rendered from one {@link io.github.jiceng.governance.sim.report.SimulationReport} value; and
 * the five lists and the fund's transparency report rebuilt from an event log alone.
 *
 * <p>The report of a run opens with the source article's figures checked against the scenario
 * as the run started ({@link io.github.jiceng.governance.sim.report.ArticleCheck}, one
 * {@link io.github.jiceng.governance.sim.report.ArticleFigure} per figure): each derived by the
 * rules from the scenario's records, never read off a number written for the purpose, and shown
 * as matching, differing or not in the scenario (ADR 0043). After the issue clues it shows the
 * pillar scorecard of each community ({@link io.github.jiceng.governance.sim.report.PillarSection}):
 * the five pillars' figures derived by the rules from the scenario's records and the run's, over the
 * year the scenario's records end in and the run, each pillar without records flagged (ADR 0047).
 *
 * <p>Every text writer here, and the command line, passes free text through
 * {@link io.github.jiceng.governance.sim.report.SafeText}: controls, bidirectional formatting
 * characters, line and paragraph separators and unpaired surrogates show as {@code \}{@code uXXXX}
 * and never reach a terminal, a page or a file raw. Text tables pad by display width.
 *
 * <p>The HTML page's charts take their margins from the widths their labels can take, so no
 * label or value is cut off at a chart's edge; every figure the page shows that the JSON report
 * also holds carries {@code data-pointer}, its JSON Pointer in that report. A test opens the page
 * in headless Chromium and checks both (ADR 0020).
 *
 * <p>What a person reads is in a {@link io.github.jiceng.governance.model.shared.Language}:
 * Chinese by default, English on request, its texts and its ways of writing dates and amounts
 * given by {@link io.github.jiceng.governance.sim.report.ReportTexts}. Each language's text lives in one table
 * ({@code text_zh.properties}, {@code text_en.properties} beside the class), read in UTF-8 and
 * never through the JVM's default locale; labels replace Java names and enum constants, dates are
 * {@code 2024年12月29日} in Chinese and ISO in English, and a period shown to people ends on its
 * last day, inclusive. The JSON report is the same in every language.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Grid report 网格层级报告
 *   <dd>The tree of a hierarchy with its codes, per-level counts and partitions.
 *   <dt>Simulation report 模拟报告
 *   <dd>The five lists, the red-star ranking, the fund's transparency report (收支公示), the
 *       proposals and their escalations (逐级上报), the clues and the figures of a run.
 *   <dt>Article's figures 文章数据核对
 *   <dd>The figures the source article reports, beside the values the rules derive from a
 *       scenario, and whether they agree.
 *   <dt>Person-times 人次
 *   <dd>People counted once per service they benefit from: one person served twice is two.
 *   <dt>Service rate 办结率
 *   <dd>Demands closed per thousand raised.
 *   <dt>Points inflation 积分通胀
 *   <dd>How many points a run issues, in all and per earner.
 *   <dt>Fund burn 资金消耗
 *   <dd>How fast the fund pays out: per thirty days, and per thousand of what came in.
 *   <dt>Safe text 安全输出
 *   <dd>Text whose characters a terminal or viewer would act on are written out as their codes.
 *   <dt>Report language 报告语言
 *   <dd>The language of what a person reads: 中文 by default, English with {@code --lang en}.
 *   <dt>Display width 显示宽度
 *   <dd>The columns a terminal gives a text: two for a Chinese character, one for a letter.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.sim.report;

import org.jspecify.annotations.NullMarked;
