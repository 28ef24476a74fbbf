/**
 * Structures (points of contact and the levels above them) and their networks, from the platform's
 * open-data directory.
 */
@NullMarked
package fr.spsplus.core.structure;

import org.jspecify.annotations.NullMarked;
