using TeamsCrm.Core.Comments;

namespace TeamsCrm.Conversation.Understanding;

/// <summary>Turns a rule's match into a <see cref="Recognition"/>: cleans each slot and reads channel, visibility, due date and language.</summary>
internal sealed class SlotReader(FoldedText head, Match match, CleanInput input, IReadOnlyList<Mention>? mentions)
{
    private static readonly Regex ContactAtAccount = MatchText.Compile("^(?<contact>.+?) (at|from|bei|von|vom|@) (?<account>.+)$");

    /// <summary>When it happened, said after the name ("at 10:30", "um 14 Uhr", "yesterday"): not part of the name.</summary>
    private static readonly Regex TrailingTime = MatchText.Compile(
        "( (at|um|gegen) \\d{1,2}([:.]\\d{2})?( ?(uhr|am|pm|h))?| \\d{1,2}[:.]\\d{2}( ?(uhr|am|pm|h))?| \\d{1,2} ?(uhr|am|pm)|" +
        " (today|yesterday|this (morning|afternoon)|heute|gestern|heute (morgen|früh|nachmittag)))+$");

    private static readonly string[] SlotGroups = ["account", "who", "deal", "recipient", "org", "newname", "product"];

    public Recognition Read(Intent? fixedIntent, CultureInfo? locale, DateOnly today)
    {
        var intent = fixedIntent ?? CreateIntent(match.Groups["what"].Value);
        var account = Group("account");
        var visibility = CommentVisibility.Internal;
        if (intent == Intent.CommentOnAccount && VisibilityHints.Shared.IsMatch(head.Folded))
        {
            visibility = CommentVisibility.Shared;
            account = account?.Remove(VisibilityHints.Shared);
        }

        string? contact = null;
        if (Group("who")?.Remove(TrailingTime) is { IsEmpty: false } who)
        {
            var split = intent is Intent.LogInteraction or Intent.CreateContact ? ContactAtAccount.Match(who.Folded) : Match.Empty;
            contact = split.Success ? PhraseCleaner.Person(who.Slice(split.Groups["contact"].Index, split.Groups["contact"].Length)) : null;
            account = split.Success ? who.Slice(split.Groups["account"].Index, split.Groups["account"].Length) : who;
        }

        var sharing = intent is Intent.ShareRecord or Intent.UnshareRecord;
        var recipient = Group("recipient") is { } r ? PhraseCleaner.Person(r) : null;
        var due = Group("due") is { } d ? PhraseCleaner.Due(d) : null;
        var takesText = intent is Intent.CommentOnAccount or Intent.LogInteraction or Intent.HandOffDeal;
        return new Recognition
        {
            Intent = intent,
            Language = LanguageGuess.Guess(CommandWords(), takesText ? input.Body : null, locale),
            AccountPhrase = account is { } a ? (sharing ? PhraseCleaner.Record(a) : PhraseCleaner.Account(a)) : null,
            ShareLevel = Group("level") is { } level ? ShareLevelWords.Parse(level.Folded) : null,
            DealPhrase = Group("deal") is { } deal ? PhraseCleaner.Deal(deal) : null,
            RecipientPhrase = recipient,
            RecipientUserId = recipient is not null && mentions is not null ? MentionMatcher.Find(mentions, recipient)?.UserId : null,
            ContactPhrase = contact,
            Text = takesText ? input.Body : null,
            Channel = Group("channel") is { } channel ? ChannelWords.Parse(channel.Folded) : null,
            Visibility = visibility,
            OrganizationPhrase = Group("org") is { } org ? PhraseCleaner.Organization(org) : null,
            NewName = Group("newname") is { } name ? PhraseCleaner.Person(name) : null,
            DuePhrase = due,
            DueDate = due is not null ? DueDateParser.Parse(due, today) : null,
            ProductPhrase = Group("product") is { } product ? PhraseCleaner.Product(product) : null,
        };
    }

    private static Intent CreateIntent(string what) => what switch
    {
        _ when what.StartsWith("lead", StringComparison.Ordinal) || what.StartsWith("deal", StringComparison.Ordinal)
            || what.StartsWith("opportunit", StringComparison.Ordinal) || what.StartsWith("verkaufschance", StringComparison.Ordinal) => Intent.CreateLead,
        _ when what.Contains("contact", StringComparison.Ordinal) || what.Contains("kontakt", StringComparison.Ordinal)
            || what.StartsWith("ansprechpartner", StringComparison.Ordinal) || what == "person" => Intent.CreateContact,
        _ => Intent.CreateAccount,
    };

    private FoldedText? Group(string name)
    {
        var group = match.Groups[name];
        return group.Success && group.Length > 0 ? head.Slice(group.Index, group.Length) : null;
    }

    /// <summary>The folded command with the names blanked out, so a German company name doesn't make an English sentence German.</summary>
    private string CommandWords()
    {
        var words = new StringBuilder(head.Folded);
        foreach (var name in SlotGroups)
        {
            var group = match.Groups[name];
            if (group.Success)
            {
                for (var i = group.Index; i < group.Index + group.Length; i++)
                {
                    words[i] = ' ';
                }
            }
        }

        return words.ToString();
    }
}
