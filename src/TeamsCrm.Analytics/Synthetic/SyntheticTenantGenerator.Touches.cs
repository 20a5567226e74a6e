namespace TeamsCrm.Analytics.Synthetic;

public static partial class SyntheticTenantGenerator
{
    /// <summary>
    /// A deal's touchpoints: an engaged deal has a meeting in the last <see cref="MeetingWindowDays"/> days before its
    /// close, another deal half the time an old one; two to seven messages to its contacts, answered on the contact's
    /// own channel 85 % of the time within hours, elsewhere 20 % within days; some tagged with the main product.
    /// </summary>
    private static List<InteractionFact> Touches(Random random, SyntheticAccount account, DealFact deal, DateTimeOffset close, bool engaged, string productId)
    {
        var touches = new List<InteractionFact>();
        var contacts = account.Contacts;
        if (engaged)
        {
            touches.Add(Touch(account, Pick(random, contacts).Id, InteractionChannel.Meeting, InteractionDirection.Outbound, close.AddDays(-1 - random.Next(MeetingWindowDays - 1)), productId));
        }
        else if (random.NextDouble() < 0.5)
        {
            touches.Add(Touch(account, Pick(random, contacts).Id, InteractionChannel.Meeting, InteractionDirection.Outbound, close.AddDays(-40 - random.Next(80)), productId));
        }

        var span = Math.Max(1, (close - deal.CreatedAt).TotalHours);
        for (var i = 2 + random.Next(6); i > 0; i--)
        {
            var contact = Pick(random, contacts);
            var channel = random.NextDouble() < 0.4 ? contact.AnswersOn : Pick(random, SyntheticCatalog.ReachChannels);
            var sent = deal.CreatedAt.AddHours(random.NextDouble() * span);
            touches.Add(Touch(account, contact.Id, channel, InteractionDirection.Outbound, sent, random.NextDouble() < 0.3 ? productId : null));
            var preferred = channel == contact.AnswersOn;
            if (random.NextDouble() < (preferred ? 0.85 : 0.2))
            {
                var delay = preferred ? TimeSpan.FromHours(1 + random.Next(8)) : TimeSpan.FromDays(1 + random.Next(5));
                touches.Add(Touch(account, contact.Id, channel, InteractionDirection.Inbound, sent + delay, null));
            }
        }

        return touches;
    }

    private static InteractionFact Touch(SyntheticAccount account, string contactId, InteractionChannel channel, InteractionDirection direction, DateTimeOffset at, string? productId) => new()
    {
        AccountId = account.Fact.Id,
        ContactId = contactId,
        Channel = channel,
        Direction = direction,
        OccurredAt = at,
        ProductIds = productId is null ? [] : [productId],
    };
}
