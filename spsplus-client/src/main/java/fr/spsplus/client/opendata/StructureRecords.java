package fr.spsplus.client.opendata;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.structure.InseeCodes;
import fr.spsplus.core.structure.Network;
import fr.spsplus.core.structure.PostalAddress;
import fr.spsplus.core.structure.Structure;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.structure.StructureCsvColumn;
import fr.spsplus.core.structure.Typology;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the records of the open-data dataset {@code export-structures} (Explore API v2.1, field
 * names as in {@link StructureCsvColumn#apiName()}) as {@link Structure}s.
 *
 * <p><b>Field names.</b> Seven API names are verified in public code that queries the dataset
 * ({@link StructureCsvColumn#apiNameVerified()}): {@code code_sp_de_la_structure}, {@code reseau},
 * {@code intitule_de_la_typologie}, {@code intitule_de_la_structure}, {@code
 * description_de_la_structure}, {@code identifiant_de_la_structure}, {@code
 * code_sp_structure_parent}. The other eighteen follow Opendatasoft's usual slugging of the CSV
 * labels and are <strong>unverified</strong>; each is read when present and tolerated when absent.
 * Source: <a
 * href="https://opendata.plus.transformation.gouv.fr/explore/dataset/export-structures/">export-structures</a>.
 *
 * <p><b>Rules.</b>
 *
 * <ul>
 *   <li>required: the code, the network, the typology label and the name; a missing one is an
 *       {@link InvalidInputException} naming the field (never a value);
 *   <li>texts are stripped, blank text is absent; numbers are read as their plain text (a postal
 *       code sent as the number {@code 4000} stays {@code "4000"}, see {@link
 *       PostalAddress#frenchPostalCode()});
 *   <li>{@code codes_postaux} and {@code departements}: a JSON list, or comma-separated text;
 *   <li>{@code actif}: {@code Oui}/{@code Non} or a boolean; when the field is absent (its API name
 *       is unverified) the structure is taken as active, the state of 95 % of the published
 *       structures (13,975 of 14,763 in May 2023), a <em>proposed default</em>;
 *   <li>unknown fields, such as {@code cle_de_tracking}, are ignored.
 * </ul>
 */
public final class StructureRecords {

  private static final MessageBundle MESSAGES =
      MessageBundle.of(StructureRecords.class, "messages");
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private StructureRecords() {}

  /**
   * Reads one record of {@code export-structures}.
   *
   * @param record the record
   * @return the structure
   * @throws InvalidInputException if a required field is missing, a code is malformed or a field
   *     has an unexpected type; the message names the field, never its value
   */
  public static Structure toStructure(OpenDataRecord record) {
    Objects.requireNonNull(record, "record");
    StructureCode code = code(record, StructureCsvColumn.CODE, true);
    String typologyCode = text(record, StructureCsvColumn.TYPOLOGY_CODE);
    if (typologyCode != null && !CODE.matcher(typologyCode).matches()) {
      throw codeError(StructureCsvColumn.TYPOLOGY_CODE);
    }
    StructureCode parent = code(record, StructureCsvColumn.PARENT_CODE, false);
    Boolean active = record.flag(StructureCsvColumn.ACTIVE.apiName()).orElse(null);
    return Structure.builder(
            Objects.requireNonNull(code),
            Network.of(required(record, StructureCsvColumn.NETWORK)),
            Typology.of(typologyCode, required(record, StructureCsvColumn.TYPOLOGY_LABEL)),
            required(record, StructureCsvColumn.NAME))
        .userFacingName(text(record, StructureCsvColumn.USER_FACING_NAME))
        .description(text(record, StructureCsvColumn.DESCRIPTION))
        .externalId(
            text(record, StructureCsvColumn.EXTERNAL_ID),
            text(record, StructureCsvColumn.EXTERNAL_ID_TYPE))
        .parent(parent, text(record, StructureCsvColumn.PARENT_NAME))
        .address(
            PostalAddress.fromOpenData(
                text(record, StructureCsvColumn.ADDRESS),
                text(record, StructureCsvColumn.ADDRESS_COMPLEMENT),
                text(record, StructureCsvColumn.POSTAL_CODE),
                text(record, StructureCsvColumn.CITY),
                text(record, StructureCsvColumn.COUNTRY)))
        .otherPostalCodes(list(record, StructureCsvColumn.OTHER_POSTAL_CODES))
        .departments(list(record, StructureCsvColumn.DEPARTMENTS))
        .website(text(record, StructureCsvColumn.WEBSITE))
        .functionalMailbox(text(record, StructureCsvColumn.FUNCTIONAL_MAILBOX))
        .active(active == null || active)
        .insee(
            new InseeCodes(
                text(record, StructureCsvColumn.INSEE_COMMUNE),
                text(record, StructureCsvColumn.INSEE_DEPARTMENT),
                text(record, StructureCsvColumn.INSEE_REGION),
                text(record, StructureCsvColumn.INSEE_ARRONDISSEMENT)))
        .build();
  }

  private static @Nullable String text(OpenDataRecord record, StructureCsvColumn column) {
    return record.text(column.apiName()).map(String::strip).filter(t -> !t.isEmpty()).orElse(null);
  }

  private static String required(OpenDataRecord record, StructureCsvColumn column) {
    String value = text(record, column);
    if (value == null) {
      throw new InvalidInputException(MESSAGES.message("record.required", column.apiName()));
    }
    return value;
  }

  private static @Nullable StructureCode code(
      OpenDataRecord record, StructureCsvColumn column, boolean required) {
    String value = required ? required(record, column) : text(record, column);
    if (value == null) {
      return null;
    }
    if (!CODE.matcher(value).matches()) {
      throw codeError(column);
    }
    return StructureCode.of(value);
  }

  private static InvalidInputException codeError(StructureCsvColumn column) {
    return new InvalidInputException(MESSAGES.message("record.code", column.apiName()));
  }

  private static List<String> list(OpenDataRecord record, StructureCsvColumn column) {
    Object value = record.value(column.apiName()).orElse(null);
    List<String> items = new ArrayList<>();
    if (value instanceof List<?> elements) {
      for (Object element : elements) {
        if (element != null) {
          add(items, element instanceof java.math.BigDecimal n ? n.toPlainString() : element);
        }
      }
      return items;
    }
    String text = text(record, column);
    if (text != null) {
      for (String item : text.split(",")) {
        add(items, item);
      }
    }
    return items;
  }

  private static void add(List<String> items, Object item) {
    String text = item.toString().strip();
    if (!text.isEmpty()) {
      items.add(text);
    }
  }
}
