/**
 * The HTTP client of the Services Publics+ national platform: the transport (credentials, retries,
 * idempotency, errors), the platform's write API (spsplus's proposed contract), the open-data read
 * client and the webhook signature check.
 *
 * <p>OkHttp, Jackson and SLF4J are implementation details: no type of theirs appears in the public
 * API, except {@code OkHttpClient} as an optional injection point (hence {@code requires transitive
 * okhttp3}).
 */
module fr.spsplus.client {
  requires static transitive org.jspecify;
  requires transitive fr.spsplus.core;
  requires transitive okhttp3;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.slf4j;

  exports fr.spsplus.client;
  exports fr.spsplus.client.opendata;
  exports fr.spsplus.client.platform;
  exports fr.spsplus.client.webhook;
}
