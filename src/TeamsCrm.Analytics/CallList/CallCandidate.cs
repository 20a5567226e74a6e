using TeamsCrm.Analytics.Channels;
using TeamsCrm.Analytics.Customers;

namespace TeamsCrm.Analytics.CallList;

/// <summary>
/// An open deal as the call list considers it, computed with the customer summary: money, stage, expected close, the
/// chance to win (0–1, the model's or the cold start's, as of the computation), the account's totals (for "going
/// cold" as of reading) and the contact to call — the account's latest contact — with their channels. The names the
/// entry shows (account, deal title, contact) are read at the computation too (<see cref="CallCandidates.Named"/>), so
/// the list needs no account partition; null only in candidates computed before names were kept.
/// </summary>
public sealed record CallCandidate
{
    public required string DealId { get; init; }
    public required string AccountId { get; init; }
    public required DealStage Stage { get; init; }
    public decimal Amount { get; init; }
    public string Currency { get; init; } = "EUR";
    public DateOnly? ExpectedCloseDate { get; init; }
    public double Probability { get; init; }
    public bool IsRuleBased { get; init; }
    public CustomerTotals? Account { get; init; }
    public string? ContactId { get; init; }
    public ContactChannels? Channels { get; init; }
    public string? AccountName { get; init; }
    public string? DealTitle { get; init; }
    public string? ContactName { get; init; }
}
