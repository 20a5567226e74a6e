using System.Globalization;
using TeamsCrm.Analytics.CallList;
using TeamsCrm.Analytics.Channels;
using TeamsCrm.Core.Deals;

namespace TeamsCrm.Web.Api.Customers;

/// <summary>One call: the deal and its account, score 0–100, the contact to call with their best channel, the reasons (kinds) and why in words.</summary>
public sealed record CallResource(
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
    ContactChannelResource? Contact,
    double Priority,
    IReadOnlyList<CallReasonKind> Reasons,
    IReadOnlyList<string> Why)
{
    public static CallResource From(CallListEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(
            entry.Rank,
            entry.AccountId,
            entry.AccountName,
            entry.DealId,
            entry.DealTitle,
            entry.Stage,
            entry.Amount,
            entry.Currency,
            entry.ExpectedCloseDate,
            entry.Score,
            entry.IsRuleBased,
            entry.ContactId is { } id ? ContactChannelResource.Of(id, entry.ContactName, entry.Channels ?? new ContactChannels(id, entry.AccountId, [], null, new BestChannelOptions().MinimumOutbound)) : null,
            Math.Round(entry.Priority, 2),
            [.. entry.Reasons.Select(r => r.Kind)],
            entry.Why(CultureInfo.CurrentUICulture));
    }
}
