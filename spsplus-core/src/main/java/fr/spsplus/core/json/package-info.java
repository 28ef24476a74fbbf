/**
 * JSON for every spsplus type: {@link fr.spsplus.core.json.SpsplusJson}, with no Jackson type in
 * its API. Needs {@code jackson-databind} at run time; the rest of spsplus-core does not.
 */
@NullMarked
package fr.spsplus.core.json;

import org.jspecify.annotations.NullMarked;
