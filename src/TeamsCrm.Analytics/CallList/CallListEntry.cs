using TeamsCrm.Analytics.Channels;

namespace TeamsCrm.Analytics.CallList;

/// <summary>
/// One call to make: the deal (title, stage, amount in its currency, expected close, score 0–100), its account, the
/// contact to call with their best channel (null: not enough history) and the evidence, the reasons (strongest first)
/// and the priority it was ranked by (chance × value in the reporting currency × boosts; see docs/analytics.md).
/// </summary>
public sealed record CallListEntry(
    int Rank,
    string AccountId,
    string AccountName,
    string DealId,
    string DealTitle,
    DealStage Stage,
    decimal Amount,
    string Currency,
    DateOnly? ExpectedCloseDate,
    int Score,
    bool IsRuleBased,
    string? ContactId,
    string? ContactName,
    ContactChannels? Channels,
    double Priority,
    IReadOnlyList<CallReason> Reasons)
{
    public InteractionChannel? BestChannel => Channels?.Recommended;

    /// <summary>The reasons in words, then the channel evidence ("Best reached by phone." …), in the reader's language.</summary>
    public IReadOnlyList<string> Why(CultureInfo culture) =>
        [.. Reasons.Select(r => r.Describe(culture)), .. Channels?.Evidence(culture) ?? []];
}
