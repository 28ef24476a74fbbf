/**
 * Jakarta Validation for spsplus types, with French messages by default and English available:
 * {@link fr.spsplus.core.validation.SpsplusValidation}, and spsplus's own constraints.
 */
@NullMarked
package fr.spsplus.core.validation;

import org.jspecify.annotations.NullMarked;
