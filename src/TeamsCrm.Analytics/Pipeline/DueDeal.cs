using System.Text.Json.Serialization;

namespace TeamsCrm.Analytics.Pipeline;

/// <summary>An open deal with an expected close day and its title, as the summary keeps it for the slipped deals (its owner is the row's).</summary>
public sealed record DueDeal(
    [property: JsonPropertyName("id")] string DealId,
    [property: JsonPropertyName("acc")] string AccountId,
    [property: JsonPropertyName("e")] DateOnly ExpectedCloseDate,
    [property: JsonPropertyName("a")] decimal Amount,
    [property: JsonPropertyName("c")] string Currency,
    [property: JsonPropertyName("t")] string Title = "")
{
    public SlippedDeal AsOf(string ownerId, DateOnly today) =>
        new(DealId, AccountId, ownerId, ExpectedCloseDate, today.DayNumber - ExpectedCloseDate.DayNumber, Amount, Currency, Title);
}
