/** Inbound calls: records and outcomes, the input of the pick-up rate (taux de décroché). */
@NullMarked
package fr.spsplus.core.call;

import org.jspecify.annotations.NullMarked;
