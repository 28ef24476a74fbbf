/**
 * {@code spsplus demo}: the end-to-end demonstration on embedded data (real structures of the open
 * data, synthetic activity from a fixed seed) and the in-process fake of the national platform.
 * {@link fr.spsplus.examples.cli.demo.DemoCommand} is the command; the other types are its parts.
 */
@NullMarked
package fr.spsplus.examples.cli.demo;

import org.jspecify.annotations.NullMarked;
