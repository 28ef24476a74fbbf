/**
 * A runnable example job: the telephone indicators of every structure × month, of every subtree of
 * the structure tree (network roll-up) and of the country, from a file of calls, written as
 * Parquet. See {@link fr.spsplus.spark.example.CallIndicatorsJob}.
 */
@NullMarked
package fr.spsplus.spark.example;

import org.jspecify.annotations.NullMarked;
