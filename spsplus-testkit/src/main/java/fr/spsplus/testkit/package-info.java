/**
 * The fake Services Publics+ platform: {@link fr.spsplus.testkit.FakePlatform}, an HTTP server on a
 * loopback port that implements spsplus's platform contract and the open-data endpoint, with
 * moderation on an injectable clock, signed webhooks delivered on demand, and state to inspect.
 */
@NullMarked
package fr.spsplus.testkit;

import org.jspecify.annotations.NullMarked;
