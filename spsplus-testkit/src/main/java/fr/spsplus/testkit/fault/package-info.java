/**
 * Fault injection for the fake platform: what goes wrong ({@link fr.spsplus.testkit.fault.Fault}),
 * on which calls ({@link fr.spsplus.testkit.fault.Route}), scripted for the next calls or drawn at
 * random under a seed ({@link fr.spsplus.testkit.fault.RandomFaults}).
 */
@NullMarked
package fr.spsplus.testkit.fault;

import org.jspecify.annotations.NullMarked;
