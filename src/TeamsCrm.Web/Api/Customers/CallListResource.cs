using TeamsCrm.Analytics.CallList;

namespace TeamsCrm.Web.Api.Customers;

/// <summary>"Who should I call today": the caller's open deals, highest priority first; <see cref="ComputedAt"/> is the candidates' age.</summary>
public sealed record CallListResource(DateTimeOffset AsOf, DateTimeOffset ComputedAt, string ReportingCurrency, IReadOnlyList<CallResource> Calls)
{
    public static CallListResource From(CallListResult list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return new(list.AsOf, list.ComputedAt, list.ReportingCurrency, [.. list.Entries.Select(CallResource.From)]);
    }
}
