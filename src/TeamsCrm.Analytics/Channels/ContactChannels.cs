using TeamsCrm.Analytics.Texts;

namespace TeamsCrm.Analytics.Channels;

/// <summary>
/// A contact's channels with their evidence and the recommended one; <see cref="Recommended"/> is null (and
/// <see cref="NotEnoughHistory"/> true) while no channel has the minimum number of messages to the contact.
/// </summary>
public sealed record ContactChannels(string ContactId, string AccountId, IReadOnlyList<ChannelStats> Channels, InteractionChannel? Recommended, int MinimumOutbound)
{
    public bool NotEnoughHistory => Recommended is null;

    /// <summary>"Best reached by phone." followed by one line per channel; or why there is no recommendation yet.</summary>
    public IReadOnlyList<string> Evidence(CultureInfo culture)
    {
        if (Recommended is not { } best)
        {
            return [AnalyticsTexts.Format("Evidence.NotEnoughHistory", culture, MinimumOutbound, Channels.Select(c => c.Outbound).DefaultIfEmpty(0).Max())];
        }

        return
        [
            AnalyticsTexts.Format("Evidence.Recommended", culture, AnalyticsTexts.Channel(best, culture)),
            .. Channels.Where(c => c.Outbound >= MinimumOutbound).Select(c => c.Evidence(culture)),
        ];
    }
}
