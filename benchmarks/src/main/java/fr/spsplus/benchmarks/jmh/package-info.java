/** The JMH benchmarks: one class per task, plus the client and the allocation measurements. */
@NullMarked
package fr.spsplus.benchmarks.jmh;

import org.jspecify.annotations.NullMarked;
