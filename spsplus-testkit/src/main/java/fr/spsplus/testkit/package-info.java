/**
 * The fake national platform: an HTTP server on a loopback port that implements the platform's
 * contract, with fault injection, and a JUnit 5 extension.
 */
@NullMarked
package fr.spsplus.testkit;

import org.jspecify.annotations.NullMarked;
