/** Test helpers shared by the spsplus modules through the core test-jar. */
package fr.spsplus.core.testing;
