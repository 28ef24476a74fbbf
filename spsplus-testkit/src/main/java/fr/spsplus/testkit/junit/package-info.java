/**
 * The JUnit 5 extension of the fake platform: {@link fr.spsplus.testkit.junit.WithFakePlatform}
 * starts a fake for each test and injects it, with clients pointed at it.
 */
@NullMarked
package fr.spsplus.testkit.junit;

import org.jspecify.annotations.NullMarked;
