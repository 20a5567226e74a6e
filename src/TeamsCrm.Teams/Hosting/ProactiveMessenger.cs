using Microsoft.Extensions.Logging;
using TeamsCrm.Teams.Connector;
using TeamsCrm.Teams.Persistence;
using TeamsCrm.Teams.Trust;

namespace TeamsCrm.Teams.Hosting;

/// <summary>
/// Proactive sends over stored references (docs/bot-channel.md "Outbound connector"). A reference or configured URL
/// whose serviceUrl is outside <see cref="ServiceUrlAllowList"/> is never called (refused as Failed, ServiceUrlNotAllowed).
/// </summary>
internal sealed class ProactiveMessenger(
    IConnectorClient connector,
    IConversationReferenceStore references,
    IOptions<BotOptions> options,
    ServiceUrlAllowList serviceUrls,
    ILogger<ProactiveMessenger> logger) : IProactiveMessenger
{
    public async Task<ConnectorResult<ResourceResponse>> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(activity);
        if (reference.Unusable)
        {
            return ConnectorResult<ResourceResponse>.Failure(ConnectorOutcome.Blocked, null, reference.UnusableReason, "The conversation is marked unusable.");
        }

        if (Refusal("send", reference.ServiceUrl, reference.ConversationId, reference.TenantId) is { } refused)
        {
            return Refused<ResourceResponse>(refused);
        }

        activity.Conversation ??= new ConversationAccount { Id = reference.ConversationId };
        activity.From ??= new ChannelAccount { Id = reference.BotId ?? options.Value.BotId };
        var result = await connector.SendToConversationAsync(reference.ServiceUrl, reference.ConversationId, activity, cancellationToken).ConfigureAwait(false);
        if (result.Outcome == ConnectorOutcome.Blocked)
        {
            Log.ConversationBlocked(logger, reference.ConversationId, reference.TenantId, result.ErrorCode);
            await references.MarkUnusableAsync(reference.TenantId, reference.ConversationId, result.ErrorCode ?? "Blocked", cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    public async Task<ConnectorResult<SentActivity>> SendToUserAsync(string tenantId, string aadObjectIdOrUserId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentException.ThrowIfNullOrEmpty(aadObjectIdOrUserId);
        if (await references.GetPersonalIfExistsAsync(tenantId, aadObjectIdOrUserId, cancellationToken).ConfigureAwait(false) is { } stored)
        {
            return Located(stored, await SendAsync(stored, activity, cancellationToken).ConfigureAwait(false));
        }

        var (serviceUrl, memberId) = await ResolveMemberAsync(tenantId, aadObjectIdOrUserId, cancellationToken).ConfigureAwait(false);
        if (Refusal("create", serviceUrl, "(new 1:1 chat)", tenantId) is { } refused)
        {
            return Refused<SentActivity>(refused);
        }

        var created = await connector.CreateConversationAsync(serviceUrl, new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = options.Value.BotId },
            Members = [new ChannelAccount { Id = memberId }],
            TenantId = tenantId,
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = tenantId } },
        }, cancellationToken).ConfigureAwait(false);
        if (!created.Succeeded || string.IsNullOrEmpty(created.Value?.Id))
        {
            return new ConnectorResult<SentActivity>(created.Outcome == ConnectorOutcome.Succeeded ? ConnectorOutcome.Failed : created.Outcome,
                null, created.StatusCode, created.ErrorCode, created.ErrorMessage);
        }

        var reference = new ConversationReference
        {
            ServiceUrl = created.Value.ServiceUrl ?? serviceUrl,
            ConversationId = created.Value.Id,
            TenantId = tenantId,
            ConversationType = "personal",
            BotId = options.Value.BotId,
        };
        return Located(reference, await SendAsync(reference, activity, cancellationToken).ConfigureAwait(false));
    }

    public async Task<ConnectorResult<ResourceResponse>> UpdateAsync(SentActivity sent, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sent);
        ArgumentNullException.ThrowIfNull(activity);
        if (Refusal("update", sent.ServiceUrl, sent.ConversationId, sent.TenantId) is { } refused)
        {
            return Refused<ResourceResponse>(refused);
        }

        activity.Id ??= sent.ActivityId;
        activity.Conversation ??= new ConversationAccount { Id = sent.ConversationId };
        activity.From ??= new ChannelAccount { Id = options.Value.BotId };
        var result = await connector.UpdateActivityAsync(sent.ServiceUrl, sent.ConversationId, sent.ActivityId, activity, cancellationToken).ConfigureAwait(false);
        if (result.Outcome == ConnectorOutcome.Blocked)
        {
            Log.ConversationBlocked(logger, sent.ConversationId, sent.TenantId, result.ErrorCode);
            await references.MarkUnusableAsync(sent.TenantId, sent.ConversationId, result.ErrorCode ?? "Blocked", cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    /// <summary>A send's result with where the activity landed (a send without an id cannot be located: null value).</summary>
    private static ConnectorResult<SentActivity> Located(ConversationReference reference, ConnectorResult<ResourceResponse> result) =>
        new(result.Outcome,
            result.Succeeded && result.Value?.Id is { Length: > 0 } id ? new SentActivity(reference.TenantId, reference.ServiceUrl, reference.ConversationId, id) : null,
            result.StatusCode, result.ErrorCode, result.ErrorMessage);

    /// <summary>
    /// The user's Teams member id (29:…) and the service URL to reach them, looked up through a team or group
    /// chat the bot shares with them (the members API accepts an Entra object id); falls back to the object id
    /// and <see cref="BotOptions.ProactiveServiceUrl"/> when no shared conversation knows the user.
    /// </summary>
    private async Task<(string ServiceUrl, string MemberId)> ResolveMemberAsync(string tenantId, string aadObjectIdOrUserId, CancellationToken cancellationToken)
    {
        const int MaxLookups = 5;
        var lookups = 0;
        await foreach (var reference in references.QueryAsync(tenantId, cancellationToken).ConfigureAwait(false))
        {
            if (reference.Unusable || reference.ConversationType is "personal" || !serviceUrls.IsAllowed(reference.ServiceUrl))
            {
                continue;
            }

            if (lookups++ >= MaxLookups)
            {
                break;
            }

            var member = await connector.GetMemberAsync(reference.ServiceUrl, reference.ConversationId, aadObjectIdOrUserId, cancellationToken).ConfigureAwait(false);
            if (member.Succeeded && member.Value?.Id is { Length: > 0 } memberId)
            {
                return (reference.ServiceUrl, memberId);
            }

            // Some hosts (the Agents Playground) look members up by Teams id only: find the object id in the list.
            var page = await connector.GetPagedMembersAsync(reference.ServiceUrl, reference.ConversationId, 100, null, cancellationToken).ConfigureAwait(false);
            if (page.Succeeded && page.Value?.Members.FirstOrDefault(m => string.Equals(m.AadObjectId, aadObjectIdOrUserId, StringComparison.OrdinalIgnoreCase))?.Id is { Length: > 0 } listedId)
            {
                return (reference.ServiceUrl, listedId);
            }
        }

        return (options.Value.ProactiveServiceUrl, aadObjectIdOrUserId);
    }

    public async Task<ConnectorResult<ConversationResourceResponse>> CreateChannelThreadAsync(ConversationReference channel, string channelId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        if (channel.Unusable)
        {
            return ConnectorResult<ConversationResourceResponse>.Failure(ConnectorOutcome.Blocked, null, channel.UnusableReason, "The conversation is marked unusable.");
        }

        if (Refusal("create thread", channel.ServiceUrl, channel.ConversationId, channel.TenantId) is { } refused)
        {
            return Refused<ConversationResourceResponse>(refused);
        }

        var result = await connector.CreateConversationAsync(channel.ServiceUrl, new ConversationParameters
        {
            IsGroup = true,
            Bot = new ChannelAccount { Id = channel.BotId ?? options.Value.BotId },
            TenantId = channel.TenantId,
            Activity = activity,
            ChannelData = new TeamsChannelData { Channel = new ChannelInfo { Id = channelId }, Tenant = new TenantInfo { Id = channel.TenantId } },
        }, cancellationToken).ConfigureAwait(false);
        if (result.Outcome == ConnectorOutcome.Blocked)
        {
            await references.MarkUnusableAsync(channel.TenantId, channel.ConversationId, result.ErrorCode ?? "Blocked", cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    /// <summary>Null when <paramref name="serviceUrl"/> may be called; otherwise why not (logged).</summary>
    private string? Refusal(string operation, string serviceUrl, string conversationId, string tenantId)
    {
        if (serviceUrls.Check(serviceUrl) is not { } reason)
        {
            return null;
        }

        Log.ProactiveServiceUrlRefused(logger, operation, conversationId, tenantId, reason);
        return reason;
    }

    private static ConnectorResult<T> Refused<T>(string reason) =>
        ConnectorResult<T>.Failure(ConnectorOutcome.Failed, null, ServiceUrlAllowList.RefusedErrorCode, reason);
}
