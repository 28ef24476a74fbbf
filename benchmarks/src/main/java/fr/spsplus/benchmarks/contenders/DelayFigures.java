package fr.spsplus.benchmarks.contenders;

/**
 * What every contender of T5 returns: respect du délai annoncé over the requests closed in the
 * quarter, elapsed working days counted from the day after reception to the closing day, with the
 * public holidays of each request's zone; and the requests left out.
 *
 * @param closed requests closed in the quarter (the cohort)
 * @param onTime of which within their announced delay
 * @param rate onTime ÷ closed
 * @param closedBefore requests closed before the quarter
 * @param openAtEnd requests still open at the end of the quarter (or closed after it)
 */
public record DelayFigures(
    long closed, long onTime, double rate, long closedBefore, long openAtEnd) {}
