/**
 * Client of the Services Publics+ national platform.
 *
 * <p>One thread-safe, {@link java.lang.AutoCloseable} client is built once and shared; per-call
 * options cover the rest.
 */
@NullMarked
package fr.spsplus.client;

import org.jspecify.annotations.NullMarked;
