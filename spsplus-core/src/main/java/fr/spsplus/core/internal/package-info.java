/** Internal helpers shared by the spsplus modules. Not part of the API; may change at any time. */
@NullMarked
package fr.spsplus.core.internal;

import org.jspecify.annotations.NullMarked;
