/**
 * Implementation of spsplus-spark, not API: the byte reader and writer of the state format, the
 * Spark user-defined types of the aggregation buffers, and the row mapping of measurements. These
 * classes are public only because Spark instantiates some of them by reflection; they may change in
 * any release.
 */
@NullMarked
package fr.spsplus.spark.internal;

import org.jspecify.annotations.NullMarked;
