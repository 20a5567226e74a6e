using System.Text.Json.Serialization;

namespace TeamsCrm.Analytics.Pipeline;

/// <summary>
/// One stored total of the pipeline summary: its key (the fields a table uses: currency, stage, month, outcome,
/// furthest stage) and its sums (count, amount, weighted amount, whole days). Short JSON names and defaults left out,
/// because a 100,000-deal tenant's summary holds tens of thousands of them (docs/performance.md).
/// </summary>
public sealed record TotalRow
{
    [JsonPropertyName("c")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public string? Currency { get; init; }

    [JsonPropertyName("s")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public DealStage? Stage { get; init; }

    /// <summary>The month's first day (expected close, close or creation month, by table); null: no expected close date.</summary>
    [JsonPropertyName("m")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public DateOnly? Month { get; init; }

    [JsonPropertyName("won")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Won { get; init; }

    /// <summary>The furthest stage reached, as its place on <see cref="StageOrder.Forward"/> (0–4).</summary>
    [JsonPropertyName("f")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int Furthest { get; init; }

    [JsonPropertyName("n")]
    public int Count { get; init; }

    [JsonPropertyName("a")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public decimal Amount { get; init; }

    [JsonPropertyName("w")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public decimal Weighted { get; init; }

    [JsonPropertyName("d")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public long Days { get; init; }
}
