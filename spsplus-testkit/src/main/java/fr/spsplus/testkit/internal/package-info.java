/**
 * The fake platform's machinery: routing by the contract, schema checks, idempotency, moderation,
 * cursors, rate limits, OAuth tokens, webhook deliveries, fault injection and the open-data
 * endpoint with its ODSQL subset. Not exported: it may change at any time.
 */
@NullMarked
package fr.spsplus.testkit.internal;

import org.jspecify.annotations.NullMarked;
