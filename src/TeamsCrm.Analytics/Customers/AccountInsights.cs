using TeamsCrm.Analytics.Scoring;

namespace TeamsCrm.Analytics.Customers;

/// <summary>
/// One account's customer figures as of <see cref="AsOf"/>: revenue and margin per month (the last 12 calendar months,
/// the current one included, oldest first) and per quarter (the last 4, oldest first), per currency; the lifetime value
/// per currency; its RFM score and segment (quintiles among the tenant's customers); whether it is going cold (null
/// without a touchpoint); each contact's best channel with the evidence (contacts in name order); the scores of its
/// open deals (highest first).
/// </summary>
public sealed record AccountInsights(
    string AccountId,
    string Name,
    DateTimeOffset AsOf,
    IReadOnlyList<AccountRevenue> RevenueByMonth,
    IReadOnlyList<AccountRevenue> RevenueByQuarter,
    IReadOnlyList<LifetimeValue> LifetimeValue,
    RfmScore Rfm,
    AccountCooling? Cooling,
    IReadOnlyList<ContactChannelInsight> Contacts,
    IReadOnlyList<DealScoreInsight> OpenDeals);
