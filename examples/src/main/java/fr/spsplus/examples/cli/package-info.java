/**
 * The {@code spsplus} command-line tool: the root command {@link
 * fr.spsplus.examples.cli.SpsplusCli}, the language and exit-code conventions, and the one-line
 * error reporting shared by every subcommand.
 *
 * <p>Subpackages: {@code input} (streaming CSV and text readers), {@code output} (tables, CSV and
 * JSON renderings), {@code command} (the subcommands and the indicator-command extension point),
 * {@code poster} (the engagement-6 results poster).
 */
@NullMarked
package fr.spsplus.examples.cli;

import org.jspecify.annotations.NullMarked;
