/**
 * The engagement-6 results poster: the input document ({@link
 * fr.spsplus.examples.cli.poster.PosterResults}, {@code RESULTS.json}) and its accessible SVG
 * rendering ({@link fr.spsplus.examples.cli.poster.PosterSvg}), in French.
 */
@NullMarked
package fr.spsplus.examples.cli.poster;

import org.jspecify.annotations.NullMarked;
