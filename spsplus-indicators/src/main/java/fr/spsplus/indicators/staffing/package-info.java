/**
 * Staffing aid for phone platforms: the Erlang C queueing model ({@link
 * fr.spsplus.indicators.staffing.ErlangC}), to estimate the waiting probability, service level and
 * average speed of answer of a number of agents, or the agents needed for a target. A planning aid,
 * not a predictor of the measured indicators.
 */
@NullMarked
package fr.spsplus.indicators.staffing;

import org.jspecify.annotations.NullMarked;
