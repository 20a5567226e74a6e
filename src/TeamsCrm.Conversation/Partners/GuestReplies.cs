using TeamsCrm.Core.Partners;

namespace TeamsCrm.Conversation.Partners;

/// <summary>What the chat tells a guest about their place: the first-contact welcome, and whom an unassigned guest should ask.</summary>
internal static class GuestReplies
{
    /// <summary>At most this many names are listed; the rest are counted.</summary>
    private const int NamesShown = 5;

    /// <summary>The sentence for a guest in no organisation: one CRM administrator by name, never a list.</summary>
    public static string Unassigned(CardContext context, string? askWhom) =>
        askWhom is null ? Say(context, "Turn.Guest.NoOrganizationNoAdmin") : Say(context, "Turn.Guest.NoOrganization", askWhom);

    public static string Welcome(CardContext context, GuestWelcome welcome)
    {
        ArgumentNullException.ThrowIfNull(welcome);
        if (welcome.OrganizationName is not { } organization)
        {
            return Unassigned(context, welcome.AskWhom);
        }

        var lines = new List<string> { Say(context, "Turn.Guest.Welcome", organization) };
        if (welcome.AccountNames.Count == 0 && welcome.DealTitles.Count == 0)
        {
            lines.Add(Say(context, "Turn.Guest.WelcomeNothing", organization));
        }

        if (welcome.AccountNames.Count > 0)
        {
            lines.Add(Say(context, "Turn.Guest.WelcomeAccounts", organization, welcome.AccountNames.Count, Names(context, welcome.AccountNames)));
        }

        if (welcome.DealTitles.Count > 0)
        {
            lines.Add(Say(context, "Turn.Guest.WelcomeDeals", organization, welcome.DealTitles.Count, Names(context, welcome.DealTitles)));
        }

        if (welcome.HighestLevel is { } level)
        {
            lines.Add(Say(context, $"Turn.Guest.Level.{level}"));
        }

        return string.Join("\n\n", lines);
    }

    private static string Names(CardContext context, IReadOnlyList<string> names) =>
        names.Count <= NamesShown
            ? string.Join(", ", names)
            : TurnText.Format("Turn.Guest.More", context.Culture, string.Join(", ", names.Take(NamesShown)), names.Count - NamesShown);
}
