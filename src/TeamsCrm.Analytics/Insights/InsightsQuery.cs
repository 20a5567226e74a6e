using TeamsCrm.Core.Common;

namespace TeamsCrm.Analytics.Insights;

/// <summary>
/// A pipeline question: a period of whole months (at most <see cref="MaxMonths"/>) and a scope. A team names its owners
/// (1 to <see cref="MaxOwners"/>); a person names one owner or none (the caller); the tenant names none.
/// </summary>
public sealed record InsightsQuery(AnalyticsPeriod Period, InsightsScope Scope, IReadOnlyList<string> Owners)
{
    public const int MaxMonths = 36;
    public const int MaxOwners = 50;

    public CrmError? Validate()
    {
        ArgumentNullException.ThrowIfNull(Period);
        var errors = new List<FieldError>();
        if (Period.From.Day != 1 || Period.To.Day != 1 || Period.To > Period.From.AddMonths(MaxMonths))
        {
            errors.Add(new FieldError("to", ErrorCodes.OutOfRange, MaxMonths));
        }

        if (!Enum.IsDefined(Scope))
        {
            errors.Add(new FieldError("scope", ErrorCodes.UnknownValue));
        }

        var owners = Owners ?? [];
        if ((Scope == InsightsScope.Team && owners.Count == 0) || (Scope == InsightsScope.Person && owners.Count > 1) || (Scope == InsightsScope.Tenant && owners.Count > 0))
        {
            errors.Add(new FieldError("owner", ErrorCodes.UnknownValue));
        }
        else if (owners.Count > MaxOwners || owners.Any(o => string.IsNullOrWhiteSpace(o) || o.Length > FieldLimits.ShortText))
        {
            errors.Add(new FieldError("owner", ErrorCodes.TooMany, MaxOwners));
        }

        return errors.Count == 0 ? null : CrmError.Invalid(errors);
    }
}
