using TeamsCrm.Analytics.Texts;

namespace TeamsCrm.Analytics.Scoring;

/// <summary>
/// One reason for a score: what (<see cref="Kind"/>, with the deal's value — a name in <see cref="Value"/> or a number
/// in <see cref="Number"/>) and how many percentage points it moved the win probability (<see cref="Points"/>).
/// </summary>
public sealed record ScoreFactor(FactorKind Kind, string? Value, double? Number, double Points)
{
    /// <summary>"industry Manufacturing +12 %", "no meeting in 45 days −8 %" in the reader's language.</summary>
    public string Describe(CultureInfo culture) =>
        AnalyticsTexts.Format("Factor.Line", culture, Phrase(culture), AnalyticsTexts.Percent(Points, culture));

    public string Phrase(CultureInfo culture)
    {
        var unknown = AnalyticsTexts.Get("Factor.Unknown", culture);
        return Kind switch
        {
            FactorKind.LastMeeting when Number is null => AnalyticsTexts.Get("Factor.NoMeetingYet", culture),
            FactorKind.LastMeeting when Number >= 30 => AnalyticsTexts.Format("Factor.NoMeetingIn", culture, Math.Floor(Number.Value)),
            FactorKind.LastMeeting => AnalyticsTexts.Format("Factor.MeetingDaysAgo", culture, Math.Floor(Number!.Value)),
            FactorKind.Interactions when Number is null or 0 => AnalyticsTexts.Format("Factor.NoInteractions", culture, AnalyticsTexts.Channel(Enum.Parse<InteractionChannel>(Value!), culture)),
            FactorKind.Interactions => AnalyticsTexts.Format("Factor.Interactions", culture, Number ?? 0, AnalyticsTexts.Channel(Enum.Parse<InteractionChannel>(Value!), culture)),
            FactorKind.StageReached or FactorKind.StageBase => AnalyticsTexts.Format($"Factor.{Kind}", culture, AnalyticsTexts.Stage(Enum.Parse<DealStage>(Value!), culture)),
            FactorKind.OwnerWinRate => AnalyticsTexts.Format("Factor.OwnerWinRate", culture, 100 * (Number ?? 0)),
            _ => AnalyticsTexts.Format($"Factor.{Kind}", culture, Value ?? unknown),
        };
    }
}
