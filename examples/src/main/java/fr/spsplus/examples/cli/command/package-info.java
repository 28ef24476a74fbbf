/**
 * The subcommands of {@code spsplus}: {@code structures}, {@code pii-check}, {@code poster}, {@code
 * opendata}, and {@link fr.spsplus.examples.cli.command.IndicatorCommand}, the base of the
 * indicator commands (read a CSV input, group by structure × period, render the results).
 */
@NullMarked
package fr.spsplus.examples.cli.command;

import org.jspecify.annotations.NullMarked;
