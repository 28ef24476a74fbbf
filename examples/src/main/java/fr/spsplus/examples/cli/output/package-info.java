/**
 * What the commands write on standard output: aligned tables in French or English number formats,
 * RFC 4180 CSV and JSON, and the three renderings of a list of indicator {@link
 * fr.spsplus.indicators.Measurement}s ({@link fr.spsplus.examples.cli.output.MeasurementOutput}).
 */
@NullMarked
package fr.spsplus.examples.cli.output;

import org.jspecify.annotations.NullMarked;
