/**
 * A faithful in-process fake of the Services Publics+ national platform, for offline tests: the
 * whole write API of spsplus's contract, the open-data Explore API v2.1 with the portal's limits,
 * signed webhooks, fault injection, and a JUnit 5 extension.
 *
 * <p>The HTTP server is OkHttp's MockWebServer and JSON is Jackson: both are implementation details
 * (no type of theirs appears in the API).
 */
module fr.spsplus.testkit {
  requires static transitive org.jspecify;
  requires transitive fr.spsplus.client;
  requires transitive fr.spsplus.core;
  requires transitive org.junit.jupiter.api;
  requires com.fasterxml.jackson.databind;
  requires mockwebserver3;
  requires org.slf4j;

  exports fr.spsplus.testkit;
  exports fr.spsplus.testkit.fault;
  exports fr.spsplus.testkit.junit;
  exports fr.spsplus.testkit.opendata;
}
