using System.Globalization;
using TeamsCrm.Analytics.Channels;
using TeamsCrm.Analytics.Customers;
using TeamsCrm.Core.Interactions;

namespace TeamsCrm.Web.Api.Customers;

/// <summary>A contact's best channel (null: not enough history), the evidence in words and per channel: messages to them, answered, answer rate, median answer time (minutes).</summary>
public sealed record ContactChannelResource(string ContactId, string? Name, InteractionChannel? BestChannel, IReadOnlyList<string> Evidence, IReadOnlyList<ChannelStatsResource> Channels)
{
    public static ContactChannelResource From(ContactChannelInsight contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return Of(contact.ContactId, contact.Name, contact.Channels);
    }

    public static ContactChannelResource Of(string contactId, string? name, ContactChannels channels)
    {
        ArgumentNullException.ThrowIfNull(channels);
        return new(
            contactId,
            name,
            channels.Recommended,
            channels.Evidence(CultureInfo.CurrentUICulture),
            [.. channels.Channels.Select(c => new ChannelStatsResource(c.Channel, c.Outbound, c.Answered, c.AnswerRate, c.MedianAnswerTime is { } t ? Math.Round(t.TotalMinutes) : null))]);
    }
}
