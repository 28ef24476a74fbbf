/**
 * The contenders of each task (spsplus, DuckDB, Java streams, raw scan), each returning the same
 * comparable figures.
 */
@NullMarked
package fr.spsplus.benchmarks.contenders;

import org.jspecify.annotations.NullMarked;
