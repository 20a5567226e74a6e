using TeamsCrm.Conversation.Understanding;
using TeamsCrm.Teams.Connector;

namespace TeamsCrm.Web.Bot;

/// <summary>
/// The people a message mentions, by Entra object id, without the bot itself. Teams (and the Agents Playground)
/// often send a mention with only the Teams user id ("29:…") and a name: such a mention is looked up in the
/// conversation's members, in parallel. A mention that cannot be resolved to a person (a channel, a tag, a member
/// lookup that failed) is left out, so its text is read as a plain name.
/// </summary>
internal sealed partial class MentionReader(IConnectorClient connector, ILogger<MentionReader> logger)
{
    public async Task<IReadOnlyList<Mention>> ReadAsync(Activity activity, CancellationToken cancellationToken)
    {
        var mentions = (activity.Entities ?? [])
            .Where(e => e.Type == Entity.MentionType && e.Mentioned?.Id is { Length: > 0 } id && id != activity.Recipient?.Id && e.Text is { Length: > 0 })
            .ToList();
        if (mentions.Count == 0)
        {
            return [];
        }

        var resolved = await Task.WhenAll(mentions.Select(m => ResolveAsync(activity, m, cancellationToken)));
        return resolved.OfType<Mention>().ToArray();
    }

    private async Task<Mention?> ResolveAsync(Activity activity, Entity mention, CancellationToken cancellationToken)
    {
        var mentioned = mention.Mentioned!;
        if (mentioned.AadObjectId is { Length: > 0 } objectId)
        {
            return new Mention(mention.Text!, objectId);
        }

        if (activity.ServiceUrl is not { Length: > 0 } serviceUrl || activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return null;
        }

        var member = await connector.GetMemberAsync(serviceUrl, conversationId, mentioned.Id!, cancellationToken);
        if (member.Succeeded && member.Value?.AadObjectId is { Length: > 0 } memberObjectId)
        {
            return new Mention(mention.Text!, memberObjectId);
        }

        LogUnresolved(logger, mentioned.Id!, member.Outcome);
        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A mention of {MentionedId} is not a member with an Entra object id ({Outcome}); read as a plain name.")]
    private static partial void LogUnresolved(ILogger logger, string mentionedId, ConnectorOutcome outcome);
}
