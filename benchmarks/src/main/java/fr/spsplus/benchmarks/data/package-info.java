/**
 * The benchmark data: fixed-seed generators of calls, survey answers and requests, held both as
 * columnar primitive arrays and as spsplus records.
 */
@NullMarked
package fr.spsplus.benchmarks.data;

import org.jspecify.annotations.NullMarked;
