/**
 * The Services Publics+ domain model.
 *
 * <p>Jackson is a {@code static} (optional) requirement: the JSON codecs of {@code
 * fr.spsplus.core.json} work when {@code jackson-databind} is present, and the rest of the module
 * never touches it, so that {@code spsplus-indicators} stays free of JSON libraries.
 */
module fr.spsplus.core {
  requires static transitive org.jspecify;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires static com.fasterxml.jackson.databind;
  requires static com.fasterxml.jackson.datatype.jsr310;
  requires de.siegmar.fastcsv;

  exports fr.spsplus.core.audit;
  exports fr.spsplus.core.call;
  exports fr.spsplus.core.engagement;
  exports fr.spsplus.core.experience;
  exports fr.spsplus.core.i18n;
  exports fr.spsplus.core.improvement;
  exports fr.spsplus.core.indicator;
  exports fr.spsplus.core.json;
  exports fr.spsplus.core.label;
  exports fr.spsplus.core.period;
  exports fr.spsplus.core.privacy;
  exports fr.spsplus.core.request;
  exports fr.spsplus.core.structure;
  exports fr.spsplus.core.survey;
  exports fr.spsplus.core.validation;
  exports fr.spsplus.core;
  exports fr.spsplus.core.internal to
      fr.spsplus.indicators,
      fr.spsplus.client,
      fr.spsplus.testkit;
}
