/**
 * Root of the spsplus domain model: version information and the conventions shared by every package
 * of {@code spsplus-core}.
 *
 * <p>Conventions: every type is immutable and null-hostile (JSpecify {@code @NullMarked});
 * collections are never null; accessors have no {@code get} prefix; units live in types ({@link
 * java.time.Duration}, {@link java.time.LocalDate}) or in names ({@code waitSeconds}).
 */
@NullMarked
package fr.spsplus.core;

import org.jspecify.annotations.NullMarked;
