/**
 * A read client for the Services Publics+ open data published by the DITP on Opendatasoft (<a
 * href="https://opendata.plus.transformation.gouv.fr">opendata.plus.transformation.gouv.fr</a>),
 * through the Explore API v2.1.
 *
 * <p>{@link fr.spsplus.client.opendata.OpenDataClient} runs {@link
 * fr.spsplus.client.opendata.RecordQuery queries} and returns {@link
 * fr.spsplus.client.opendata.OpenDataRecord records}: one page at a time, or all matching records
 * as a lazy stream that pages within the API's limits and switches to the export endpoint by itself
 * when more records match than paging can reach. {@link
 * fr.spsplus.client.opendata.OpenDataClient#structures(fr.spsplus.client.opendata.RecordQuery)
 * structures}, {@link
 * fr.spsplus.client.opendata.OpenDataClient#results(fr.spsplus.client.opendata.RecordQuery)
 * results} and {@link
 * fr.spsplus.client.opendata.OpenDataClient#experiences(fr.spsplus.client.opendata.RecordQuery)
 * experiences} map the three datasets to typed values ({@link fr.spsplus.core.structure.Structure},
 * {@link fr.spsplus.core.indicator.OpenDataResult}, {@link
 * fr.spsplus.client.opendata.PublishedExperience}). The data is published under the Licence Ouverte
 * / Etalab 2.0: reuse it with the attribution "Source : DITP, Services Publics+".
 */
@NullMarked
package fr.spsplus.client.opendata;

import org.jspecify.annotations.NullMarked;
