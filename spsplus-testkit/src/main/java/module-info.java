/** A faithful in-process fake of the Services Publics+ national platform, for offline tests. */
module fr.spsplus.testkit {
  requires static transitive org.jspecify;
  requires transitive fr.spsplus.client;
  requires transitive fr.spsplus.core;
  requires transitive org.junit.jupiter.api;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;

// exports: added with the first public API of this module

}
