package fr.spsplus.testkit.opendata;

import fr.spsplus.client.opendata.Dataset;
import fr.spsplus.core.experience.Feeling;
import fr.spsplus.core.indicator.Frequency;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.indicator.IndicatorResult;
import fr.spsplus.core.indicator.OpenDataResult;
import fr.spsplus.core.indicator.PublicationStatus;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.Structure;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.structure.StructureCsvColumn;
import fr.spsplus.core.structure.StructureCsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The fake's default open data: real structures, synthetic results and synthetic experiences.
 *
 * <ul>
 *   <li>{@link #structures()}: <strong>real</strong> data, 50 structures of the open-data dataset
 *       {@code export-structures} (resource {@value #STRUCTURES_RESOURCE}: rows selected from the
 *       1,908-row sample of a May 2023 export, values unchanged; provenance in {@code
 *       PROVENANCE.md} beside it; Licence Ouverte / Etalab 2.0, "Source : DITP, Services
 *       Publics+"). They include two network heads with their children, inactive structures, a
 *       multi-line address and a foreign address. They are also the fake platform's directory.
 *   <li>{@link #resultsDataset()}: <strong>synthetic</strong> indicator results of sixteen of these
 *       structures, two spsplus indicators over the four quarters of 2025; each record carries
 *       {@value #SYNTHETIC_FIELD} = {@code "Oui"} and its result code starts with {@code SYN-}.
 *   <li>{@link #experiencesDataset()}: <strong>synthetic</strong> published experiences involving
 *       these structures, in the field names of the experiences dataset ({@code id_experience} from
 *       {@value #FIRST_SYNTHETIC_EXPERIENCE_ID}); each carries {@value #SYNTHETIC_FIELD} = {@code
 *       "Oui"}. Texts are invented and hold no personal data.
 * </ul>
 *
 * <p>Dataset ids are the client's defaults ({@link Dataset#defaultId()}).
 */
public final class OpenDataFixtures {

  /** The class-path resource of the real structures (UTF-8 with BOM, {@code ;}, label headers). */
  public static final String STRUCTURES_RESOURCE =
      "/fr/spsplus/testkit/opendata/structures-subset.csv";

  /** The field that labels a synthetic record: {@value}, value {@code "Oui"}. */
  public static final String SYNTHETIC_FIELD = "donnees_synthetiques";

  /** The first {@code id_experience} of the synthetic experiences: {@value}. */
  public static final long FIRST_SYNTHETIC_EXPERIENCE_ID = 900_001;

  private static final List<Structure> STRUCTURES = readStructures();

  private OpenDataFixtures() {}

  /**
   * Returns the 50 real structures, in the order of the export.
   *
   * @return the structures
   */
  public static List<Structure> structures() {
    return STRUCTURES;
  }

  /**
   * Returns the three default datasets: structures, results and experiences.
   *
   * @return the datasets
   */
  public static List<FixtureDataset> defaults() {
    return List.of(structuresDataset(), resultsDataset(), experiencesDataset());
  }

  /**
   * Returns the dataset {@code export-structures}: one record per real structure, with the API
   * field names of {@link StructureCsvColumn#apiName()} (seven verified, the others Opendatasoft's
   * usual slugs of the labels; see the client's {@code StructureRecords}).
   *
   * @return the dataset
   */
  public static FixtureDataset structuresDataset() {
    List<Map<String, @Nullable Object>> records = new ArrayList<>();
    for (Structure structure : STRUCTURES) {
      records.add(structureRecord(structure));
    }
    return FixtureDataset.of(Dataset.STRUCTURES.defaultId(), records)
        .withProvenance(
            "REAL: 50 structures of a May 2023 export of export-structures (DITP, Services"
                + " Publics+, Licence Ouverte 2.0), values unchanged; see PROVENANCE.md");
  }

  /**
   * Returns the open-data record of a structure: the inverse of the client's {@code
   * StructureRecords.toStructure}. Multi-line addresses are joined with line feeds, lists with
   * commas, {@code actif} is {@code Oui} or {@code Non}; absent values are null.
   *
   * @param structure the structure
   * @return the record, keyed by API field name, in the export's column order
   */
  public static Map<String, @Nullable Object> structureRecord(Structure structure) {
    Objects.requireNonNull(structure, "structure");
    Map<String, @Nullable Object> record = new LinkedHashMap<>();
    for (StructureCsvColumn column : StructureCsvColumn.values()) {
      record.put(column.apiName(), value(structure, column));
    }
    return record;
  }

  private static @Nullable Object value(Structure s, StructureCsvColumn column) {
    return switch (column) {
      case CODE -> s.code().value();
      case NETWORK -> s.network().name();
      case TYPOLOGY_LABEL -> s.typology().label();
      case NAME -> s.name();
      case USER_FACING_NAME -> s.userFacingName();
      case DESCRIPTION -> s.description();
      case EXTERNAL_ID -> s.externalId();
      case EXTERNAL_ID_TYPE -> s.externalIdType();
      case PARENT_CODE -> s.parent() == null ? null : s.parent().value();
      case PARENT_NAME -> s.parentName();
      case ADDRESS -> s.address().lines().isEmpty() ? null : String.join("\n", s.address().lines());
      case ADDRESS_COMPLEMENT -> s.address().complement();
      case POSTAL_CODE -> s.address().postalCode();
      case CITY -> s.address().city();
      case COUNTRY -> s.address().country();
      case OTHER_POSTAL_CODES ->
          s.otherPostalCodes().isEmpty() ? null : String.join(",", s.otherPostalCodes());
      case DEPARTMENTS -> s.departments().isEmpty() ? null : String.join(",", s.departments());
      case WEBSITE -> s.website();
      case FUNCTIONAL_MAILBOX -> s.functionalMailbox();
      case ACTIVE -> s.active() ? "Oui" : "Non";
      case TYPOLOGY_CODE -> s.typology().code();
      case INSEE_COMMUNE -> s.insee().commune();
      case INSEE_DEPARTMENT -> s.insee().department();
      case INSEE_REGION -> s.insee().region();
      case INSEE_ARRONDISSEMENT -> s.insee().arrondissement();
    };
  }

  /**
   * Returns the dataset {@code export-resultats} of <strong>synthetic</strong> results: the first
   * sixteen structures × {@code SATISFACTION_GLOBALE} and {@code TAUX_DECROCHE_AGENT} × the four
   * quarters of 2025 (128 records), in the field names of the real dataset ({@link
   * OpenDataResult#toRecord()}). Values are a fixed function of the structure, the indicator and
   * the quarter; one result in eleven is withheld ({@code valeur} null).
   *
   * @return the dataset
   */
  public static FixtureDataset resultsDataset() {
    List<Map<String, @Nullable Object>> records = new ArrayList<>();
    List<IndicatorCode> indicators =
        List.of(IndicatorCode.SATISFACTION_GLOBALE, IndicatorCode.TAUX_DECROCHE_AGENT);
    int index = 0;
    for (Structure structure : STRUCTURES.subList(0, 16)) {
      for (IndicatorCode indicator : indicators) {
        for (int quarter = 1; quarter <= 4; quarter++) {
          ReportingPeriod period = ReportingPeriod.ofQuarter(2025, quarter);
          IndicatorResult.Builder result =
              IndicatorResult.builder(structure.code(), indicator.id(), period)
                  .frequency(Frequency.TRIMESTRIELLE)
                  .updatedOn(period.lastDay().plusDays(30))
                  .target(indicator == IndicatorCode.SATISFACTION_GLOBALE ? 80.0 : 85.0);
          if (index % 11 == 10) {
            result.status(PublicationStatus.INSUFFICIENT_SAMPLE);
          } else {
            result.status(PublicationStatus.PUBLISHABLE).value(syntheticValue(index));
          }
          OpenDataResult published =
              new OpenDataResult(
                  result.build(),
                  "SYN-" + indicator.name() + "_" + period.code() + "_" + structure.code().value(),
                  structure.network().name(),
                  structure.typology().label(),
                  structure.name(),
                  title(indicator) + " (donnée synthétique)",
                  3,
                  null,
                  null,
                  null,
                  null,
                  true);
          Map<String, @Nullable Object> record = new LinkedHashMap<>(published.toRecord());
          record.put(SYNTHETIC_FIELD, "Oui");
          records.add(record);
          index++;
        }
      }
    }
    return FixtureDataset.of(Dataset.RESULTS.defaultId(), records)
        .withProvenance("SYNTHETIC: invented values for real structures; see OpenDataFixtures");
  }

  private static double syntheticValue(int index) {
    // A fixed, well spread sequence in [55, 98): no randomness, so the fixture never changes.
    return 55 + (index * 37 % 43);
  }

  private static String title(IndicatorCode indicator) {
    return switch (indicator) {
      case SATISFACTION_GLOBALE -> "Taux de satisfaction globale des usagers";
      case TAUX_DECROCHE_AGENT -> "Taux de décroché des appels par un agent";
      default -> indicator.name();
    };
  }

  private static final List<String> TITLES =
      List.of(
          "Accueil très aimable",
          "Dossier traité rapidement",
          "Attente trop longue au téléphone",
          "Explications claires",
          "Formulaire en ligne difficile à trouver",
          "Rendez-vous respecté");

  private static final List<String> TEXTS =
      List.of(
          "L’agent a pris le temps de m’expliquer les pièces à fournir.\n\nMerci\u00a0!",
          "Ma demande a été traitée en moins d’une semaine, sans relance.",
          "J’ai attendu près de quarante minutes avant d’avoir quelqu’un.",
          "Les explications étaient claires&nbsp;: je sais maintenant quoi faire.",
          "Le lien vers le formulaire n’apparaît pas sur la page d’accueil du site.",
          "J’ai été reçu à l’heure prévue et la démarche a été faite sur place.");

  private static final List<String> CHANNELS =
      List.of("accueil", "telephone", "demarche en ligne", "courrier");

  /**
   * Returns the dataset {@code export-expa-c-riences} of <strong>synthetic</strong> published
   * experiences: 24 records involving the fixture structures, with the field names of the
   * experiences dataset seen in public reuse code ({@code id_experience}, {@code titre}, {@code
   * description}, {@code ressenti_usager}, {@code etat_experience}, {@code ecrit_le}, {@code
   * date_de_publication}, {@code intitule_typologie_1}, {@code intitule_structure_1}, {@code
   * canaux_typologie_1}, {@code reponse_structure_1}, {@code
   * evaluation_utile_reponse_structure_1_par_visiteurs}).
   *
   * @return the dataset
   */
  public static FixtureDataset experiencesDataset() {
    List<Map<String, @Nullable Object>> records = new ArrayList<>();
    Feeling[] feelings = Feeling.values();
    for (int i = 0; i < 24; i++) {
      Structure structure = STRUCTURES.get(i * 7 % STRUCTURES.size());
      LocalDate written = LocalDate.of(2025, 1, 6).plusDays(i * 11L);
      Map<String, @Nullable Object> record = new LinkedHashMap<>();
      record.put("id_experience", FIRST_SYNTHETIC_EXPERIENCE_ID + i);
      record.put("titre", TITLES.get(i % TITLES.size()));
      record.put("description", TEXTS.get(i % TEXTS.size()));
      record.put("ressenti_usager", feelings[(i * 2 + 2) % feelings.length].label());
      record.put("etat_experience", "Publiée");
      record.put("ecrit_le", written.toString());
      record.put("date_de_publication", written.plusDays(2) + "T09:15:00+00:00");
      record.put("intitule_typologie_1", structure.typology().label());
      record.put("intitule_structure_1", structure.name());
      record.put(
          "canaux_typologie_1",
          List.of(CHANNELS.get(i % CHANNELS.size()), CHANNELS.get((i + 1) % CHANNELS.size())));
      record.put(
          "reponse_structure_1",
          i % 3 == 2
              ? null
              : "Bonjour,\n\nNous vous remercions pour votre témoignage.\u00a0\n\nLe service"
                  + " accueil");
      record.put("evaluation_utile_reponse_structure_1_par_visiteurs", i % 3 == 2 ? null : i % 5);
      record.put(SYNTHETIC_FIELD, "Oui");
      records.add(record);
    }
    return FixtureDataset.of(Dataset.EXPERIENCES.defaultId(), records)
        .withProvenance("SYNTHETIC: invented experiences of real structures; see OpenDataFixtures");
  }

  /**
   * Returns the codes of the fixture structures, in the export's order.
   *
   * @return the codes
   */
  public static List<StructureCode> structureCodes() {
    return STRUCTURES.stream().map(Structure::code).toList();
  }

  private static List<Structure> readStructures() {
    try (InputStream in = OpenDataFixtures.class.getResourceAsStream(STRUCTURES_RESOURCE)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException(STRUCTURES_RESOURCE + " not found"));
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return List.copyOf(StructureCsvReader.openData().readAll(reader));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
