/**
 * The ratio report: reads JMH's JSON results and writes the Markdown table of ratios and targets.
 */
@NullMarked
package fr.spsplus.benchmarks.report;

import org.jspecify.annotations.NullMarked;
