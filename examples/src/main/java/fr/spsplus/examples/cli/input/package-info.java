/**
 * Streaming readers of the CLI's input files: the CSV formats of calls, survey answers, processed
 * requests and online-procedure answers ({@link fr.spsplus.examples.cli.input.CallCsvReader}, …),
 * and text files of one item per line ({@link fr.spsplus.examples.cli.input.TextLineReader}).
 *
 * <p>Every reader holds one row at a time, whatever the size of the file. Every error names the
 * file, the line and (for a value) the column by name and position, with what was expected, in
 * French and English, and never repeats a cell's value. Formats: {@code docs/cli-formats.md}.
 */
@NullMarked
package fr.spsplus.examples.cli.input;

import org.jspecify.annotations.NullMarked;
