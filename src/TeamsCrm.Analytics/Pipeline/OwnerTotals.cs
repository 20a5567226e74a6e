using System.Text.Json.Serialization;

namespace TeamsCrm.Analytics.Pipeline;

/// <summary>
/// One owner's stored totals (the state of <see cref="PipelineAggregate"/> for that owner): open deals per (currency,
/// stage); open deals per (currency, expected-close month or none); closed deals per (currency, close month, outcome)
/// with the won deals' cycle days; the deals created per (month, furthest stage reached); and their finished stays per
/// (creation month, open stage) with their days.
/// </summary>
public sealed record OwnerTotals(
    [property: JsonPropertyName("id")] string Owner,
    [property: JsonPropertyName("open")] IReadOnlyList<TotalRow> Open,
    [property: JsonPropertyName("due")] IReadOnlyList<TotalRow> Scheduled,
    [property: JsonPropertyName("closed")] IReadOnlyList<TotalRow> Closed,
    [property: JsonPropertyName("cohort")] IReadOnlyList<TotalRow> Cohort,
    [property: JsonPropertyName("stays")] IReadOnlyList<TotalRow> Stays);
