/** A minimal loopback server answering the platform contract's 201, for the client benchmark. */
@NullMarked
package fr.spsplus.benchmarks.client;

import org.jspecify.annotations.NullMarked;
