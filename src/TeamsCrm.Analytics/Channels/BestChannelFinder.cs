using TeamsCrm.Analytics.Statistics;

namespace TeamsCrm.Analytics.Channels;

/// <summary>
/// Which channel gets answers from each contact, and how fast. Per contact, interactions in time order: an outbound
/// touch is answered by the contact's first inbound interaction after it (on any channel: people answer an email by
/// phone) if that comes within the window and before the next outbound touch, which would otherwise take the credit.
/// The recommended channel has the highest answer rate among channels with enough touches; ties go to the shorter
/// median answer time, then to more touches.
/// </summary>
public static class BestChannelFinder
{
    public static IReadOnlyList<ContactChannels> Analyze(IEnumerable<InteractionFact> interactions, BestChannelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        options ??= new BestChannelOptions();
        options.Validate();
        return
        [
            .. interactions
                .Where(i => !string.IsNullOrEmpty(i.ContactId))
                .GroupBy(i => (i.AccountId, ContactId: i.ContactId!))
                .OrderBy(g => g.Key.ContactId, StringComparer.Ordinal)
                .Select(g => OfContact(g.Key.ContactId, g.Key.AccountId, [.. g.OrderBy(i => i.OccurredAt)], options)),
        ];
    }

    private static ContactChannels OfContact(string contactId, string accountId, List<InteractionFact> history, BestChannelOptions options)
    {
        var touches = new List<(InteractionChannel Channel, TimeSpan? AnswerTime)>();
        for (var i = 0; i < history.Count; i++)
        {
            if (history[i].Direction != InteractionDirection.Outbound)
            {
                continue;
            }

            var next = history.Skip(i + 1).FirstOrDefault(h => h.OccurredAt > history[i].OccurredAt);
            var answered = next is { Direction: InteractionDirection.Inbound } && next.OccurredAt - history[i].OccurredAt <= options.AnswerWindow;
            touches.Add((history[i].Channel, answered ? next!.OccurredAt - history[i].OccurredAt : null));
        }

        var channels = touches
            .GroupBy(t => t.Channel)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var times = g.Where(t => t.AnswerTime is not null).Select(t => t.AnswerTime!.Value.TotalMinutes).ToList();
                var median = Descriptive.Median(times);
                return new ChannelStats(g.Key, g.Count(), times.Count, median is { } m ? TimeSpan.FromMinutes(m) : null);
            })
            .ToList();
        var best = channels
            .Where(c => c.Outbound >= options.MinimumOutbound)
            .OrderByDescending(c => c.AnswerRate)
            .ThenBy(c => c.MedianAnswerTime ?? TimeSpan.MaxValue)
            .ThenByDescending(c => c.Outbound)
            .FirstOrDefault();
        return new ContactChannels(contactId, accountId, channels, best?.Channel, options.MinimumOutbound);
    }
}
