using TeamsCrm.Analytics.Channels;

namespace TeamsCrm.Analytics.Customers;

/// <summary>A contact's name with their channels: the recommended one (null: not enough history) and the evidence.</summary>
public sealed record ContactChannelInsight(string ContactId, string Name, ContactChannels Channels)
{
    public InteractionChannel? BestChannel => Channels.Recommended;

    public IReadOnlyList<string> Evidence(CultureInfo culture) => Channels.Evidence(culture);
}
