/**
 * The indicator "taux de qualité des démarches en ligne" (dashboard indicator 9): per démarche, the
 * "Je donne mon avis" score out of ten ({@link fr.spsplus.indicators.online.ProcedureScore}), and
 * the share of rated démarches scoring at least 8/10 ({@link
 * fr.spsplus.indicators.online.OnlineAccumulator}), under an {@link
 * fr.spsplus.indicators.online.OnlinePolicy}. Démarches with too few answers are reported, never
 * silently dropped.
 */
@NullMarked
package fr.spsplus.indicators.online;

import org.jspecify.annotations.NullMarked;
