namespace TeamsCrm.Conversation.Tests.Cards;

internal static partial class CardCatalogue
{
    /// <summary>A member's card with every list full and every text at its input limit: the size budget's worst case.</summary>
    public static CustomerCard LargestCard()
    {
        var card = CardFor(CardSamples.Member);
        static string Long(char c, int length) => new(c, length);
        var people = Enumerable.Range(0, FieldLimits.Mentions).Select(i => new PersonRef($"member-{i:D2}-{Long('i', 30)}", $"Person {i} {Long('n', 80)}")).ToArray();
        var deals = Enumerable.Range(0, 20).Select(i => card.OpenDeals[0] with
        {
            Id = $"deal-{i:D2}",
            Title = $"{i} {Long('t', FieldLimits.Name - 3)}",
            AllowedStages = [DealStage.Qualified, DealStage.Negotiation, DealStage.Won, DealStage.Lost],
        }).ToArray();
        var comments = Enumerable.Range(1, CustomerCardAssembler.CommentLimit).Select(i =>
            CardSamples.NewComment($"k{i}", "deal-01", CommentVisibility.Shared, Long('c', FieldLimits.CommentText), people)).ToArray();
        var interactions = Enumerable.Range(0, CustomerCardAssembler.InteractionLimit).Select(i => card.RecentInteractions[0] with
        {
            Id = $"i{i}",
            Channel = InteractionChannel.Meeting,
            Summary = Long('s', FieldLimits.Summary),
        }).ToArray();
        var handoffs = Enumerable.Range(0, CustomerCardAssembler.HandoffHistoryLimit).Select(i =>
            CardSamples.NewHandoff($"h{i}", "deal-01", CardSamples.Member, CardSamples.OtherMember, Long('h', FieldLimits.Note), i == 0 ? HandoffStatus.Pending : HandoffStatus.Declined)
            with
            { DeclineReason = Long('r', FieldLimits.Reason) }).ToArray();
        var shares = Enumerable.Range(0, 10).Select(i => card.Shares[0] with { PartnerOrganizationName = $"Partner {i} {Long('p', 80)}", DealId = i % 2 == 0 ? null : "deal-01", Level = ShareLevel.Edit }).ToArray();
        var contacts = Enumerable.Range(0, CustomerCardAssembler.KeyContactLimit).Select(i =>
            CardSamples.Contact($"c{i}", Long('f', FieldLimits.PersonName), Long('l', FieldLimits.PersonName), true) with { Role = Long('r', FieldLimits.ShortText) }).ToArray();
        return card with
        {
            Account = card.Account with { Name = Long('a', FieldLimits.Name), Industry = Long('i', FieldLimits.ShortText), Website = "https://" + Long('w', 400) + ".example" },
            KeyContacts = contacts,
            ContactCount = 500,
            OpenDeals = deals,
            LatestComments = comments,
            RecentInteractions = interactions,
            Handoffs = handoffs,
            Shares = shares,
        };
    }
}
