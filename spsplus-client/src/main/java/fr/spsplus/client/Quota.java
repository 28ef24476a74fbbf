package fr.spsplus.client;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A usage quota a service reported in the body of a {@code 429 Too Many Requests} answer.
 *
 * <p>Opendatasoft's Explore API v2.1 answers an exhausted quota with {@code {"errorcode": 10002,
 * "reset_time": "2021-01-26T00:00:00Z", "limit_time_unit": "day", "call_limit": 10000, "error":
 * "Too many requests on the domain…"}} (OpenAPI specification "Explore API v2.1", response {@code
 * quota}; <a href="https://help.opendatasoft.com/apis/ods-explore-v2/">Opendatasoft Explore API
 * documentation</a>). Each component is absent when the body did not carry it.
 *
 * @param resetAt when the quota resets ({@code reset_time})
 * @param callLimit the number of calls allowed per period ({@code call_limit})
 * @param period the length of the quota period as the service names it, for example {@code day}
 *     ({@code limit_time_unit})
 */
public record Quota(@Nullable Instant resetAt, @Nullable Long callLimit, @Nullable String period) {}
