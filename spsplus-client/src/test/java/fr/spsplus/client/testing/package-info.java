/** Test helpers of the client module: a recording sleeper, a settable clock, log capture. */
@NullMarked
package fr.spsplus.client.testing;

import org.jspecify.annotations.NullMarked;
