/**
 * Test helpers of the client module, published in its test-jar: the contract's independent
 * validators ({@link fr.spsplus.client.testing.Contract}), a recording sleeper, a settable clock,
 * log capture.
 */
@NullMarked
package fr.spsplus.client.testing;

import org.jspecify.annotations.NullMarked;
