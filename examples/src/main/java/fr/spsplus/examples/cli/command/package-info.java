/**
 * The subcommands of {@code spsplus}: the indicator commands {@code pickup-rate}, {@code
 * satisfaction}, {@code delays} and {@code online-quality}, built on {@link
 * fr.spsplus.examples.cli.command.IndicatorCommand} (read a CSV input, group by structure × period,
 * render the results), and {@code structures}, {@code pii-check}, {@code poster}, {@code opendata}.
 */
@NullMarked
package fr.spsplus.examples.cli.command;

import org.jspecify.annotations.NullMarked;
