/**
 * French-first messages: {@link fr.spsplus.core.i18n.MessageBundle} bundles beside the code that
 * uses them, and {@link fr.spsplus.core.i18n.LocalizedMessage} values rendered in the reader's
 * language.
 */
@NullMarked
package fr.spsplus.core.i18n;

import org.jspecify.annotations.NullMarked;
