namespace TeamsCrm.Conversation.Understanding;

/// <summary>The analytical questions' slots: whose figures (the "reach" group) and which months (the "period" group).</summary>
internal static class InsightsSlots
{
    private static readonly Regex TeamWords = MatchText.Compile(
        "^(our|unsere|unserer|unseren|team|team's|teams|the team's|the teams|company|companywide|firmen|gesamte|gesamten|whole|entire|total|overall|all)$");

    private static readonly Regex TeamElsewhere = MatchText.Compile("(^| )(team|team's|teams|our|unsere|unserer|gesamte|company|firmen)( |$)");

    public static Recognition Apply(Recognition recognition, Match match, FoldedText head, DateOnly today)
    {
        if (recognition.Intent is not (Intent.Pipeline or Intent.Forecast))
        {
            return recognition;
        }

        var reach = match.Groups["reach"] is { Success: true } r && TeamWords.IsMatch(r.Value)
            || TeamElsewhere.IsMatch(head.Folded) ? InsightsReach.Team : InsightsReach.Mine;
        var period = match.Groups["period"];
        if (recognition.Intent != Intent.Forecast || !period.Success || period.Length == 0)
        {
            return recognition with { Reach = reach };
        }

        var months = PeriodWords.Parse(period.Value, today);
        return recognition with
        {
            Reach = reach,
            Months = months,
            PeriodPhrase = months is null ? head.Original.Substring(period.Index, period.Length) : null,
        };
    }
}
