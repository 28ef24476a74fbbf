/**
 * The HTTP client of the Services Publics+ national platform: open data and write API.
 *
 * <p>OkHttp, Jackson and SLF4J are implementation details: no type of theirs appears in the public
 * API, except {@code OkHttpClient} as an optional injection point.
 */
module fr.spsplus.client {
  requires static transitive org.jspecify;
  requires transitive fr.spsplus.core;
  requires okhttp3;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.slf4j;

// exports: added with the first public API of this module

}
