package fr.spsplus.core.internal;

import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.module.SimpleModule;
import fr.spsplus.core.SpsplusVersion;

/**
 * The Jackson module of spsplus: the place where a domain type registers a custom serialiser when
 * it cannot round-trip as a plain record. Registered by {@link JsonMappers#newMapper(boolean)}.
 */
final class SpsplusJacksonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  SpsplusJacksonModule() {
    super(
        "spsplus",
        VersionUtil.parseVersion(SpsplusVersion.version(), "fr.spsplus", "spsplus-core"));
  }
}
