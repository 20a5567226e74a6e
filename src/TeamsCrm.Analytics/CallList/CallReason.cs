using TeamsCrm.Analytics.Texts;

namespace TeamsCrm.Analytics.CallList;

/// <summary>One reason for a call with its numbers: <see cref="Days"/> (overdue, left, or since the last touch), <see cref="UsualGapDays"/>, <see cref="Percent"/>.</summary>
public sealed record CallReason(CallReasonKind Kind, double? Days = null, double? UsualGapDays = null, int? Percent = null, decimal? Amount = null, string? Currency = null)
{
    public string Describe(CultureInfo culture) => Kind switch
    {
        CallReasonKind.Value => AnalyticsTexts.Format("Call.Value", culture, Percent, string.Create(culture, $"{Amount:N0} {Currency}")),
        CallReasonKind.Cooling when UsualGapDays is { } usual => AnalyticsTexts.Format("Call.Cooling", culture, Math.Floor(Days ?? 0), AnalyticsTexts.Duration(TimeSpan.FromDays(usual), culture)),
        CallReasonKind.Cooling => AnalyticsTexts.Format("Call.CoolingNoRhythm", culture, Math.Floor(Days ?? 0)),
        _ => AnalyticsTexts.Format($"Call.{Kind}", culture, Days),
    };
}
