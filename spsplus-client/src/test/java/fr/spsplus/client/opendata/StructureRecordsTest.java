package fr.spsplus.client.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.structure.InseeCodes;
import fr.spsplus.core.structure.Structure;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.structure.StructureCsvColumn;
import fr.spsplus.core.structure.StructureCsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** {@code export-structures} records as {@link Structure}s: the real export, synthetic records. */
class StructureRecordsTest {

  /** The real export of May 2023 (1,908 rows), from the core test jar (see its provenance). */
  private static final String REAL_CSV = "fr/spsplus/core/structure/structures-sample.csv";

  private static Reader realCsv() {
    InputStream in = StructureRecordsTest.class.getClassLoader().getResourceAsStream(REAL_CSV);
    assertThat(in).as(REAL_CSV).isNotNull();
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  /**
   * Turns each row of the real CSV export (French labels as headers) into the record the Explore
   * API would give: API names as keys, empty cells as null.
   */
  private static List<OpenDataRecord> realRowsAsApiRecords() throws IOException {
    Map<String, String> apiNames = new HashMap<>();
    for (StructureCsvColumn column : StructureCsvColumn.values()) {
      apiNames.put(column.label(), column.apiName());
    }
    List<OpenDataRecord> records = new ArrayList<>();
    try (Reader reader = realCsv();
        CsvReader<CsvRecord> csv =
            CsvReader.builder().fieldSeparator(';').quoteCharacter('"').ofCsvRecord(reader)) {
      List<String> header = null;
      for (CsvRecord row : csv) {
        if (header == null) {
          header = new ArrayList<>(row.getFields());
          header.set(0, header.get(0).replace("\uFEFF", ""));
          continue;
        }
        Map<String, @Nullable Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          String label = header.get(i);
          String name =
              apiNames.getOrDefault(label, label.toLowerCase(Locale.ROOT).replace(' ', '_'));
          String value = row.getField(i);
          fields.put(name, value.isEmpty() ? null : value);
        }
        records.add(OpenDataRecord.of(fields));
      }
    }
    return records;
  }

  @Test
  void everyRealStructureReadsTheSameFromApiRecordsAsFromTheCsvExport() throws IOException {
    List<Structure> fromCsv;
    try (Reader reader = realCsv()) {
      fromCsv = StructureCsvReader.openData().readAll(reader);
    }
    List<Structure> fromRecords =
        realRowsAsApiRecords().stream().map(StructureRecords::toStructure).toList();

    assertThat(fromRecords).hasSize(1908).containsExactlyElementsOf(fromCsv);
    assertThat(fromRecords.get(0).code()).isEqualTo(StructureCode.of("3Tn8gzTdcz"));
    assertThat(fromRecords.get(0).insee())
        .isEqualTo(new InseeCodes("com53130", "dep53", "reg52", "arr53130"));
    assertThat(fromRecords).anyMatch(s -> !s.active()).anyMatch(s -> s.parent() == null);
  }

  private static OpenDataRecord record(Object... keysAndValues) {
    Map<String, @Nullable Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      fields.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return OpenDataRecord.of(fields);
  }

  private static final Object[] MINIMAL = {
    "code_sp_de_la_structure", "Syn0000009",
    "reseau", "DGFIP",
    "intitule_de_la_typologie", "Trésorerie",
    "intitule_de_la_structure", "Trésorerie synthétique"
  };

  @Test
  void onlyTheFourRequiredFieldsAreNeededAndAbsentActifMeansActive() {
    Structure structure = StructureRecords.toStructure(record(MINIMAL));

    assertThat(structure.name()).isEqualTo("Trésorerie synthétique");
    assertThat(structure.typology().code()).isNull();
    assertThat(structure.active()).isTrue();
    assertThat(structure.otherPostalCodes()).isEmpty();
  }

  @Test
  void aMissingRequiredFieldIsNamedWithoutItsNeighboursValues() {
    for (String required :
        List.of(
            "code_sp_de_la_structure",
            "reseau",
            "intitule_de_la_typologie",
            "intitule_de_la_structure")) {
      Object[] fields = MINIMAL.clone();
      for (int i = 0; i < fields.length; i += 2) {
        if (fields[i].equals(required)) {
          fields[i + 1] = "  ";
        }
      }
      assertThatThrownBy(() -> StructureRecords.toStructure(record(fields)))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining(required)
          .hasMessageNotContaining("Trésorerie synthétique");
    }
  }

  @Test
  void aMalformedCodeIsNamedNotEchoed() {
    Object[] fields = MINIMAL.clone();
    fields[1] = "pas un code !";
    assertThatThrownBy(() -> StructureRecords.toStructure(record(fields)))
        .hasMessageContaining("code_sp_de_la_structure")
        .hasMessageNotContaining("pas un code");
    assertThatThrownBy(
            () ->
                StructureRecords.toStructure(
                    record(concat(MINIMAL, "code_sp_structure_parent", "a/b"))))
        .hasMessageContaining("code_sp_structure_parent");
    assertThatThrownBy(
            () -> StructureRecords.toStructure(record(concat(MINIMAL, "actif", "Peut-être"))))
        .hasMessageContaining("actif");
  }

  private static Object[] concat(Object[] fields, Object key, Object value) {
    Object[] all = java.util.Arrays.copyOf(fields, fields.length + 2);
    all[fields.length] = key;
    all[fields.length + 1] = value;
    return all;
  }
}
