namespace TeamsCrm.Analytics.Channels;

/// <summary>
/// One contact's record on one channel: messages to them (<see cref="Outbound"/>), how many were answered within the
/// window (<see cref="Answered"/>), the rate and the median time to the answer.
/// </summary>
public sealed record ChannelStats(InteractionChannel Channel, int Outbound, int Answered, TimeSpan? MedianAnswerTime)
{
    public double? AnswerRate => Statistics.Descriptive.Rate(Answered, Outbound);

    public string Evidence(CultureInfo culture) => Answered == 0
        ? Texts.AnalyticsTexts.Format("Evidence.ChannelNoAnswer", culture, Texts.AnalyticsTexts.Channel(Channel, culture), Outbound)
        : Texts.AnalyticsTexts.Format(
            "Evidence.Channel",
            culture,
            Texts.AnalyticsTexts.Channel(Channel, culture),
            Answered,
            Outbound,
            100 * AnswerRate!.Value,
            Texts.AnalyticsTexts.Duration(MedianAnswerTime!.Value, culture));
}
