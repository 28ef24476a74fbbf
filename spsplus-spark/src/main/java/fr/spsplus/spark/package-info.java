/**
 * The spsplus indicators on Apache Spark: typed {@link
 * org.apache.spark.sql.expressions.Aggregator}s whose buffers are the exact, mergeable accumulators
 * of spsplus-indicators, SQL functions registered in one call ({@link
 * fr.spsplus.spark.SpsplusFunctions}), the compact binary form of the states ({@link
 * fr.spsplus.spark.CallStates}) and the struct form of measurements ({@link
 * fr.spsplus.spark.MeasurementRows}).
 *
 * <p>Spark results are equal to the in-process results on the same data, whatever the partitioning:
 * counts, rates, exact percentiles and intervals.
 */
@NullMarked
package fr.spsplus.spark;

import org.jspecify.annotations.NullMarked;
