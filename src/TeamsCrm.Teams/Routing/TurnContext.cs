using System.Security.Claims;
using TeamsCrm.Teams.Connector;
using TeamsCrm.Teams.Persistence;

namespace TeamsCrm.Teams.Routing;

/// <summary>
/// One turn (SDK-shaped): the inbound activity, who sent it (tenant, Entra object id, locale) and how to answer.
/// Replies go through the connector at the activity's serviceUrl; a 403 MessageWritesBlocked/BotDisabledByAdmin
/// marks the conversation reference unusable.
/// </summary>
public sealed partial class TurnContext
{
    private readonly IConnectorClient _connector;
    private readonly IConversationReferenceStore _references;

    public TurnContext(Activity activity, IConnectorClient connector, IConversationReferenceStore references, IServiceProvider services, ClaimsIdentity? identity = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        Activity = activity;
        _connector = connector;
        _references = references;
        Services = services;
        Identity = identity;
    }

    public Activity Activity { get; }

    /// <summary>The validated token's identity (null in Development anonymous mode).</summary>
    public ClaimsIdentity? Identity { get; }

    public IServiceProvider Services { get; }

    /// <summary>The connector, for member, team and channel look-ups.</summary>
    public IConnectorClient Connector => _connector;

    /// <summary>The text with the bot's own @mention removed.</summary>
    public string Text => Activity.GetTextWithoutBotMention();

    public string? Locale => Activity.GetLocale();

    public string? TenantId => Activity.GetTenantId();

    public string? UserAadObjectId => Activity.From?.AadObjectId;

    /// <summary>Set when a reply was refused with 403 MessageWritesBlocked or BotDisabledByAdmin.</summary>
    public bool ConversationBlocked { get; private set; }

    /// <summary>Sends into the conversation; as a reply (same thread) when answering a message.</summary>
    public async Task<ConnectorResult<ResourceResponse>> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = Activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation.");
        var serviceUrl = Activity.ServiceUrl ?? throw new InvalidOperationException("The activity has no serviceUrl.");
        activity.Conversation ??= new ConversationAccount { Id = conversationId };
        activity.From ??= Activity.Recipient;
        activity.Recipient ??= Activity.From;
        activity.ChannelId ??= Activity.ChannelId;
        activity.Locale ??= Activity.Locale;
        var reply = Activity.Type == ActivityTypes.Message && !string.IsNullOrEmpty(Activity.Id);
        if (reply)
        {
            activity.ReplyToId ??= Activity.Id;
        }

        var result = reply
            ? await _connector.ReplyToActivityAsync(serviceUrl, conversationId, Activity.Id!, activity, cancellationToken).ConfigureAwait(false)
            : await _connector.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken).ConfigureAwait(false);
        await HandleBlockedAsync(result.Outcome, result.ErrorCode, cancellationToken).ConfigureAwait(false);
        return result;
    }

    public Task<ConnectorResult<ResourceResponse>> SendTextAsync(string text, CancellationToken cancellationToken = default) =>
        SendActivityAsync(MessageFactory.Text(text), cancellationToken);

    /// <summary>Replaces a message the bot sent earlier (e.g. to update a card for everyone).</summary>
    public async Task<ConnectorResult<ResourceResponse>> UpdateActivityAsync(string activityId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Id ??= activityId;
        var result = await _connector.UpdateActivityAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, activityId, activity, cancellationToken).ConfigureAwait(false);
        await HandleBlockedAsync(result.Outcome, result.ErrorCode, cancellationToken).ConfigureAwait(false);
        return result;
    }

    public Task<ConnectorResult<bool>> DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default) =>
        _connector.DeleteActivityAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, activityId, cancellationToken);

    /// <summary>The sender as a member (userRole, userPrincipalName, email, tenantId); in a team asked of the team.</summary>
    public Task<ConnectorResult<TeamsChannelAccount>> GetSenderAsync(CancellationToken cancellationToken = default)
    {
        var scope = Activity.GetTeamId() ?? Activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation.");
        var userId = Activity.From?.Id ?? throw new InvalidOperationException("The activity has no sender.");
        return _connector.GetMemberAsync(Activity.ServiceUrl!, scope, userId, cancellationToken);
    }

    private async Task HandleBlockedAsync(ConnectorOutcome outcome, string? code, CancellationToken cancellationToken)
    {
        if (outcome != ConnectorOutcome.Blocked || TenantId is not { } tenantId || Activity.Conversation?.Id is not { } conversationId)
        {
            return;
        }

        ConversationBlocked = true;
        await _references.MarkUnusableAsync(tenantId, ActivityExtensions.StripThread(conversationId), code ?? "Blocked", cancellationToken).ConfigureAwait(false);
    }
}
