using TeamsCrm.Core.Interactions;

namespace TeamsCrm.Conversation.MessageExtension;

public sealed partial class SaveMessageDialog
{
    /// <summary>The values the person sent back (every one untrusted: only strings count, unknown names fall back to the defaults).</summary>
    private static SaveDraft DraftFrom(JsonObject data) =>
        new(CardData.Text(data, SaveFields.Text)?.Trim() ?? string.Empty, Clip(CardData.Text(data, SaveFields.Author), FieldLimits.PersonName * 2),
            Clip(CardData.Text(data, SaveFields.SentAt), 40), Clip(CardData.Text(data, SaveFields.Link), FieldLimits.Url))
        {
            AccountName = CardData.Text(data, SaveFields.AccountName)?.Trim(),
            Kind = Enum.TryParse<SaveKind>(CardData.Id(data, SaveFields.Kind), out var kind) && Enum.IsDefined(kind) ? kind : SaveKind.InternalComment,
            Direction = Enum.TryParse<InteractionDirection>(CardData.Id(data, SaveFields.Direction), out var direction) && Enum.IsDefined(direction) ? direction : InteractionDirection.Inbound,
            LeadTitle = CardData.Text(data, SaveFields.LeadTitle)?.Trim(),
            AccountId = CardData.Id(data, SaveFields.AccountId),
            OnDeal = CardData.Id(data, SaveFields.OnDeal) == "true",
            Post = CardData.Id(data, SaveFields.Post) == "true",
        };

    /// <summary>The text as stored: what the person kept of the message, then where it came from (cut so both fit one comment).</summary>
    private static string Stored(SaveDraft draft, CardContext context)
    {
        var text = new CardText(context);
        var origin = string.Join(" · ", new[] { text["Save.Origin"], draft.Author, draft.SentAt, draft.Link }.Where(p => !string.IsNullOrWhiteSpace(p)));
        var room = FieldLimits.CommentText - origin.Length - 2;
        var body = draft.Text.Length > room ? draft.Text[..room] : draft.Text;
        return body + "\n\n" + origin;
    }

    /// <summary>A lead's title from the message's first line, cut to a name's length.</summary>
    private static string FirstLine(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length > FieldLimits.Name ? line[..(FieldLimits.Name - 1)] + "…" : line;
    }

    private static string? Clip(string? value, int limit) =>
        value is null ? null : value.Trim() is var trimmed && trimmed.Length > limit ? trimmed[..limit] : value.Trim();
}
