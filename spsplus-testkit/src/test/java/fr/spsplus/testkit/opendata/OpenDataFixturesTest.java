package fr.spsplus.testkit.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.client.opendata.OpenDataRecord;
import fr.spsplus.client.opendata.PublishedExperience;
import fr.spsplus.client.opendata.StructureRecords;
import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.indicator.OpenDataResult;
import fr.spsplus.core.privacy.PersonalDataDetector;
import fr.spsplus.core.structure.Structure;
import fr.spsplus.core.structure.StructureCsvReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The default open data: real structures taken unchanged from the sample, synthetic the rest. */
class OpenDataFixturesTest {

  @Test
  void theStructuresAreRowsOfTheRealSampleUnchanged() throws Exception {
    List<Structure> sample;
    try (InputStream in =
            Objects.requireNonNull(
                getClass()
                    .getResourceAsStream("/fr/spsplus/core/structure/structures-sample.csv"));
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      sample = StructureCsvReader.openData().readAll(reader);
    }
    List<Structure> fixtures = OpenDataFixtures.structures();

    assertThat(fixtures).hasSize(50).doesNotHaveDuplicates();
    assertThat(sample).containsSubsequence(fixtures);
    assertThat(fixtures.get(0).code().value()).isEqualTo("3Tn8gzTdcz");
    assertThat(fixtures).filteredOn(s -> !s.active()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(fixtures).anySatisfy(s -> assertThat(s.address().lines()).hasSizeGreaterThan(1));
    assertThat(fixtures).anySatisfy(s -> assertThat(s.address().country()).isNotEqualTo("France"));
    try (InputStream in =
        Objects.requireNonNull(
            getClass().getResourceAsStream(OpenDataFixtures.STRUCTURES_RESOURCE))) {
      assertThat(
              HexFormat.of()
                  .formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())))
          .as("the SHA-256 written in PROVENANCE.md")
          .isEqualTo("af65b6da7a4208ed9079c015c9630c6da08d2b217526d82e048121e51b454083");
    }
  }

  @Test
  void eachStructureRecordReadsBackAsItsStructure() {
    for (Structure structure : OpenDataFixtures.structures()) {
      Map<String, Object> record = OpenDataFixtures.structureRecord(structure);
      assertThat(StructureRecords.toStructure(OpenDataRecord.of(record))).isEqualTo(structure);
    }
  }

  @Test
  void theResultsAndExperiencesAreSyntheticAndSaySo() {
    FixtureDataset results = OpenDataFixtures.resultsDataset();
    FixtureDataset experiences = OpenDataFixtures.experiencesDataset();

    assertThat(results.size()).isEqualTo(128);
    assertThat(results.provenance()).startsWith("SYNTHETIC");
    assertThat(experiences.provenance()).startsWith("SYNTHETIC");
    assertThat(OpenDataFixtures.structuresDataset().provenance()).startsWith("REAL");
    for (Map<String, Object> record : results.records()) {
      assertThat(record).containsEntry(OpenDataFixtures.SYNTHETIC_FIELD, "Oui");
      OpenDataResult result = OpenDataResult.fromRecord(record);
      assertThat(result.indicatorTitle()).endsWith("(donnée synthétique)");
      assertThat(OpenDataFixtures.structureCodes()).contains(result.result().structure());
    }
    PersonalDataDetector detector = PersonalDataDetector.standard();
    for (Map<String, Object> record : experiences.records()) {
      PublishedExperience experience = PublishedExperience.fromRecord(OpenDataRecord.of(record));
      assertThat(experience.id())
          .isGreaterThanOrEqualTo(OpenDataFixtures.FIRST_SYNTHETIC_EXPERIENCE_ID);
      assertThat(record).containsEntry(OpenDataFixtures.SYNTHETIC_FIELD, "Oui");
      assertThat(detector.containsAny(String.valueOf(record.get("description")))).isFalse();
      assertThat(experience.writtenOn()).isAfter(LocalDate.of(2024, 12, 31));
    }
  }

  @Test
  void aGeneratedDatasetIsNormalisedAndNeverHeld() {
    FixtureDataset dataset =
        FixtureDataset.generated(
            "gen", 3, i -> Map.of("n", i, "at", LocalDate.of(2026, 1, 1 + (int) i)));

    List<Map<String, Object>> records =
        StreamSupport.stream(dataset.records().spliterator(), false).toList();

    assertThat(records).hasSize(3);
    assertThat(records.get(2))
        .containsEntry("n", BigDecimal.valueOf(2))
        .containsEntry("at", "2026-01-03");
    assertThat(dataset.fields()).containsExactlyInAnyOrder("n", "at");
    assertThatThrownBy(() -> FixtureDataset.of("Bad Id", List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(() -> FixtureDataset.of("ok", List.of(Map.of("x", new Object()))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("x");
  }
}
