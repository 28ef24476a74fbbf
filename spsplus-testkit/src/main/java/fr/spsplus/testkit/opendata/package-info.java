/**
 * The fake's open-data portal: datasets served through an Opendatasoft Explore API v2.1-compatible
 * endpoint ({@link fr.spsplus.testkit.opendata.FixtureDataset}), and the default fixtures built
 * from real structures of the open-data sample ({@link
 * fr.spsplus.testkit.opendata.OpenDataFixtures}).
 */
@NullMarked
package fr.spsplus.testkit.opendata;

import org.jspecify.annotations.NullMarked;
