/**
 * The implementation of the client: OkHttp plumbing, the attempt loop with its retry decisions,
 * credentials and OAuth tokens, error decoding, logging. Not exported: applications use {@code
 * fr.spsplus.client} and its sub-packages.
 */
@NullMarked
package fr.spsplus.client.internal;

import org.jspecify.annotations.NullMarked;
