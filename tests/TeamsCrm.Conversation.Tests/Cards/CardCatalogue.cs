using TeamsCrm.Core.Access;

namespace TeamsCrm.Conversation.Tests.Cards;

/// <summary>Every card the builders can produce: every state, English and German, member and guest views.</summary>
internal static partial class CardCatalogue
{
    public static readonly CardContext[] Languages = [CardContext.ForLocale("en-US"), CardContext.ForLocale("de-DE")];

    public static IEnumerable<(string Name, JsonObject Card)> All()
    {
        foreach (var context in Languages)
        {
            var lang = context.Culture.Name;
            foreach (var (name, card) in Customer(context).Concat(Handoffs(context)).Concat(Notifications(context)).Concat(Lists(context))
                .Concat(Dialogs(context)).Concat(Help(context)).Concat(Errors(context)).Concat(People(context)))
            {
                yield return ($"{name}.{lang}", card);
            }
        }
    }

    public static CustomerCard CardFor(Caller viewer, ShareLevel? accountLevel = ShareLevel.Contribute, ShareLevel? dealLevel = ShareLevel.Edit)
    {
        var partition = CardSamples.Partition(accountLevel, dealLevel);
        return CustomerCardAssembler.Assemble(partition, AccessPolicy.ForAccount(viewer, partition.Shares));
    }

    public static CustomerCardOptions FullOptions { get; } = new(
        RefreshUserIds: ["29:viewer-1", "29:viewer-2"],
        AccountTabUrl: new Uri("https://teams.microsoft.com/l/entity/app-id/account?context=%7B%22subEntityId%22%3A%220190f5c2%22%7D"),
        HandoffCandidates: [CardSamples.OtherMember.AsPerson(), new PersonRef("member-3", "Lukas Lang")],
        Today: DateOnly.FromDateTime(CardSamples.Now.UtcDateTime));

    private static IEnumerable<(string, JsonObject)> Customer(CardContext context)
    {
        var member = CardFor(CardSamples.Member);
        yield return ("customer.member.full", CustomerCardBuilder.Build(member, context, FullOptions));
        yield return ("customer.member.no-candidates", CustomerCardBuilder.Build(member, context, new CustomerCardOptions(RefreshUserIds: [])));
        yield return ("customer.member.empty", CustomerCardBuilder.Build(member with
        {
            KeyContacts = [],
            ContactCount = 0,
            OpenDeals = [],
            LatestComments = [],
            RecentInteractions = [],
            Handoffs = [],
            Shares = [],
        }, context));
        yield return ("customer.member.largest", CustomerCardBuilder.Build(LargestCard(), context, FullOptions with { RefreshUserIds = [.. Enumerable.Range(0, 80).Select(i => $"29:user-{i:D3}-{new string('x', 60)}")] }));
        yield return ("customer.guest.contribute", CustomerCardBuilder.Build(CardFor(CardSamples.GuestA), context, FullOptions));
        yield return ("customer.guest.read", CustomerCardBuilder.Build(CardFor(CardSamples.GuestA, ShareLevel.Read, null), context, FullOptions));
        yield return ("customer.guest.deal-edit", CustomerCardBuilder.Build(CardFor(CardSamples.GuestA, null, ShareLevel.Edit), context, FullOptions));
        yield return ("customer.shell", CustomerCardBuilder.BuildShell(CardSamples.AccountId, "Müller Maschinenbau GmbH", context, ["29:viewer-1"]));
    }
}
