using System.Globalization;
using TeamsCrm.Analytics.Scoring;

namespace TeamsCrm.Web.Api.Customers;

/// <summary>One factor: its kind, the deal's value (a name or a number), its effect in percentage points, and the words ("industry Manufacturing +12 %").</summary>
public sealed record ScoreFactorResource(FactorKind Kind, string? Value, double? Number, double Points, string Text)
{
    public static ScoreFactorResource From(ScoreFactor factor)
    {
        ArgumentNullException.ThrowIfNull(factor);
        return new(factor.Kind, factor.Value, factor.Number, Math.Round(factor.Points, 1), factor.Describe(CultureInfo.CurrentUICulture));
    }
}
