using System.Text.Json.Serialization;

namespace TeamsCrm.Analytics.Pipeline;

/// <summary>
/// One owner's part of a <see cref="SlippedSnapshot"/>: the deals already late on its day (count and amount per
/// currency, and the largest of them per currency), and every deal expected in the window after it.
/// </summary>
public sealed record OwnerSlipped(
    [property: JsonPropertyName("id")] string Owner,
    [property: JsonPropertyName("late")] IReadOnlyList<TotalRow> Late,
    [property: JsonPropertyName("top")] IReadOnlyList<DueDeal> Largest,
    [property: JsonPropertyName("soon")] IReadOnlyList<DueDeal> Upcoming);
