/** The correctness gate run before any timing: every contender must return the same figures. */
@NullMarked
package fr.spsplus.benchmarks.gate;

import org.jspecify.annotations.NullMarked;
