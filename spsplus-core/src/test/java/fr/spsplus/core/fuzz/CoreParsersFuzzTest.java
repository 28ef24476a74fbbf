package fr.spsplus.core.fuzz;

import static fr.spsplus.core.testing.Fuzzing.allowOnly;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.audit.Audit;
import fr.spsplus.core.audit.AuditGrid;
import fr.spsplus.core.call.CallRecord;
import fr.spsplus.core.engagement.Referentials;
import fr.spsplus.core.experience.ComplexDocumentReport;
import fr.spsplus.core.experience.Experience;
import fr.spsplus.core.experience.ExperienceSubmission;
import fr.spsplus.core.experience.StructureAnswer;
import fr.spsplus.core.indicator.IndicatorResult;
import fr.spsplus.core.json.SpsplusJson;
import fr.spsplus.core.label.LabelApplication;
import fr.spsplus.core.label.LabelRuleSet;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.privacy.PersonalDataDetector;
import fr.spsplus.core.privacy.PersonalDataMatch;
import fr.spsplus.core.request.ProcessedRequest;
import fr.spsplus.core.structure.Structure;
import fr.spsplus.core.structure.StructureCsvReader;
import fr.spsplus.core.structure.StructureRow;
import fr.spsplus.core.survey.SurveyAnswer;
import fr.spsplus.core.testing.Fuzzing;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz targets of core's parsers (Jazzer). In a normal build each replays its committed corpus,
 * {@code src/test/resources/fr/spsplus/core/fuzz/CoreParsersFuzzTestInputs/<target>/}, in
 * regression mode; {@code ./fuzz.sh} runs them in fuzzing mode. Each target checks that only the
 * documented exceptions escape, with a French and an English message that repeats no personal datum
 * of the input, and stops after {@value TIMEOUT_SECONDS} seconds per input (a hang is a finding).
 * Inputs are at most {@value Fuzzing#MAX_INPUT_BYTES} bytes.
 */
class CoreParsersFuzzTest {

  static final int TIMEOUT_SECONDS = 30;

  /** The types read by {@link #spsplusJson}: the first byte of the input chooses one. */
  private static final List<Class<?>> JSON_TYPES =
      List.of(
          IndicatorResult.class,
          Structure.class,
          ExperienceSubmission.class,
          Experience.class,
          StructureAnswer.class,
          LabelApplication.class,
          ReportingPeriod.class,
          CallRecord.class,
          SurveyAnswer.class,
          ProcessedRequest.class,
          ComplexDocumentReport.class,
          Audit.class);

  /**
   * The structures CSV reader, on bytes (so that bad UTF-8 is covered), with the separator chosen
   * by the first byte ({@code ;} for most inputs).
   */
  @Timeout(TIMEOUT_SECONDS)
  @FuzzTest
  void structuresCsv(byte[] data) {
    if (data.length == 0 || data.length > Fuzzing.MAX_INPUT_BYTES) {
      return;
    }
    char separator =
        switch (data[0]) {
          case ',' -> ',';
          case '\t' -> '\t';
          case '|' -> '|';
          default -> ';';
        };
    byte[] csv = Arrays.copyOfRange(data, 1, data.length);
    allowOnly(
        Fuzzing.lenientUtf8(csv),
        () -> {
          try (Stream<StructureRow> rows =
              StructureCsvReader.openData().withSeparator(separator).stream(
                  new ByteArrayInputStream(csv))) {
            rows.forEach(row -> row.structure().code());
          }
        },
        InvalidInputException.class);
  }

  /**
   * {@link SpsplusJson#read(String, Class)} and {@link SpsplusJson#readList(String, Class)} of the
   * domain types: the first byte chooses the type (its value modulo the number of types, {@code
   * '0'} for the first) and whether a list is read (values of 128 or more); the rest is the JSON.
   */
  @Timeout(TIMEOUT_SECONDS)
  @FuzzTest
  void spsplusJson(byte[] data) {
    if (data.length == 0 || data.length > Fuzzing.MAX_INPUT_BYTES) {
      return;
    }
    int selector = data[0] & 0xFF;
    Class<?> type = JSON_TYPES.get(Math.floorMod((selector & 0x7F) - '0', JSON_TYPES.size()));
    boolean list = selector >= 128;
    String json = Fuzzing.lenientUtf8(Arrays.copyOfRange(data, 1, data.length));
    String values = Fuzzing.withoutJsonKeys(json);
    allowOnly(
        values,
        () -> {
          if (list) {
            SpsplusJson.compact().readList(json, type);
          } else {
            Object value = SpsplusJson.compact().read(json, type);
            // What was read is written back and read again to an equal value.
            Object again = SpsplusJson.compact().read(SpsplusJson.compact().write(value), type);
            if (!again.equals(value)) {
              throw new IllegalStateException("JSON round trip changed a " + type.getSimpleName());
            }
          }
        },
        InvalidInputException.class);
    allowOnly(
        values,
        () ->
            SpsplusJson.compact()
                .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), type),
        InvalidInputException.class);
  }

  /** {@link LabelRuleSet#fromJson(java.io.InputStream, String)} on bytes. */
  @Timeout(TIMEOUT_SECONDS)
  @FuzzTest
  void ruleSetJson(byte[] data) {
    if (data.length > Fuzzing.MAX_INPUT_BYTES) {
      return;
    }
    allowOnly(
        Fuzzing.withoutJsonKeys(Fuzzing.lenientUtf8(data)),
        () -> {
          LabelRuleSet rules = LabelRuleSet.fromJson(new ByteArrayInputStream(data), "fuzz.json");
          LabelRuleSet again =
              LabelRuleSet.fromJson(
                  new ByteArrayInputStream(rules.toJson().getBytes(StandardCharsets.UTF_8)));
          if (!again.equals(rules)) {
            throw new IllegalStateException("rule set JSON round trip changed the rule set");
          }
        },
        InvalidInputException.class);
  }

  /**
   * The tab-separated data format of bundled referentials and audit grids, through its two public
   * parsers: {@link Referentials#parse(java.io.InputStream, String)} when the first byte is even,
   * {@link AuditGrid#parse(java.io.InputStream, String)} when it is odd; the rest is the document.
   */
  @Timeout(TIMEOUT_SECONDS)
  @FuzzTest
  void tabularText(byte[] data) {
    if (data.length == 0 || data.length > Fuzzing.MAX_INPUT_BYTES) {
      return;
    }
    boolean referential = (data[0] & 1) == 0;
    byte[] document = Arrays.copyOfRange(data, 1, data.length);
    allowOnly(
        Fuzzing.lenientUtf8(document),
        () -> {
          if (referential) {
            Referentials.parse(new ByteArrayInputStream(document), "fuzz.tsv");
          } else {
            AuditGrid.parse(new ByteArrayInputStream(document), "fuzz.tsv");
          }
        },
        InvalidInputException.class);
  }

  /**
   * {@link PersonalDataDetector}: never throws; its matches are ordered, disjoint and inside the
   * text; a redacted text has no match left.
   */
  @Timeout(TIMEOUT_SECONDS)
  @FuzzTest
  void personalDataDetector(byte[] data) {
    if (data.length > Fuzzing.MAX_INPUT_BYTES) {
      return;
    }
    String text = Fuzzing.lenientUtf8(data);
    PersonalDataDetector detector = PersonalDataDetector.standard();
    List<PersonalDataMatch> matches = detector.scan(text);
    int end = 0;
    for (PersonalDataMatch match : matches) {
      if (match.start() < end || match.end() > text.length() || match.start() >= match.end()) {
        throw new IllegalStateException("matches overlap, are unordered or out of the text");
      }
      end = match.end();
    }
    String redacted = detector.redact(text);
    if (!detector.scan(redacted).isEmpty()) {
      throw new IllegalStateException("a redacted text still holds personal data");
    }
    if (detector.containsAny(text) == matches.isEmpty()) {
      throw new IllegalStateException("containsAny disagrees with scan");
    }
  }
}
