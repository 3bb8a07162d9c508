/**
 * Pure analysis of ITA results: the score check ({@link ita.analysis.ScoreCheck}), year over year
 * ({@link ita.analysis.YearOverYear}), strengths and weaknesses ({@link ita.analysis.StrengthsWeaknesses}),
 * what to fix first ({@link ita.analysis.Priorities}), statistics across agencies
 * ({@link ita.analysis.GroupStatistics}, {@link ita.analysis.Rankings}), and the facades
 * {@link ita.analysis.AgencyAnalyzer} and {@link ita.analysis.ProvinceAnalyzer} the writers consume.
 * Everything is immutable and decimal (BigDecimal, 2 decimals HALF_UP as ITAS publishes); nothing prints.
 *
 * <p>May use {@code ita.framework}, {@code ita.model}, {@code ita.text} and commons-math3, whose types stay
 * inside this package; never ingest, measures or report.
 */
package ita.analysis;
