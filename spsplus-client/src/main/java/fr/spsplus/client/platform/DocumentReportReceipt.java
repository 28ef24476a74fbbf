package fr.spsplus.client.platform;

import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.structure.StructureCode;
import java.time.Instant;
import java.util.Objects;

/**
 * The platform's acknowledgement of a complex-document report ({@link
 * PlatformClient#reportComplexDocument}). Contract schema {@code DocumentReportReceipt}.
 *
 * @param reportId the platform's id of the report, 1 to 200 characters
 * @param structure the structure the report concerns
 * @param receivedAt when the platform received it
 */
public record DocumentReportReceipt(String reportId, StructureCode structure, Instant receivedAt) {

  /**
   * Checks the components.
   *
   * @throws fr.spsplus.core.InvalidInputException if the id is blank or longer than 200 characters
   */
  public DocumentReportReceipt {
    Checks.requireNonBlank(reportId, "reportId");
    Checks.requireMaxLength(reportId, 200, "reportId");
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(receivedAt, "receivedAt");
  }
}
