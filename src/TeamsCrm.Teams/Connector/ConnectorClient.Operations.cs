namespace TeamsCrm.Teams.Connector;

/// <summary>The REST operations of the Bot Connector (paths and verbs: docs/bot-channel.md, "Outbound connector").</summary>
internal sealed partial class ConnectorClient
{
    private static readonly BotJsonContext Json = BotJsonContext.Default;

    public Task<ConnectorResult<ResourceResponse>> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Segment(conversationId)}/activities", activity, Json.Activity, Json.ResourceResponse, cancellationToken);

    public Task<ConnectorResult<ResourceResponse>> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Segment(conversationId)}/activities/{Segment(activityId)}", activity, Json.Activity, Json.ResourceResponse, cancellationToken);

    public Task<ConnectorResult<ResourceResponse>> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, serviceUrl, $"v3/conversations/{Segment(conversationId)}/activities/{Segment(activityId)}", activity, Json.Activity, Json.ResourceResponse, cancellationToken);

    public async Task<ConnectorResult<bool>> DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        var result = await SendAsync<Activity, ResourceResponse>(HttpMethod.Delete, serviceUrl, $"v3/conversations/{Segment(conversationId)}/activities/{Segment(activityId)}", null, null, null, cancellationToken).ConfigureAwait(false);
        return new ConnectorResult<bool>(result.Outcome, result.Succeeded, result.StatusCode, result.ErrorCode, result.ErrorMessage);
    }

    public Task<ConnectorResult<ConversationResourceResponse>> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, Json.ConversationParameters, Json.ConversationResourceResponse, cancellationToken);

    public Task<ConnectorResult<TeamsChannelAccount>> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken = default) =>
        SendAsync<Activity, TeamsChannelAccount>(HttpMethod.Get, serviceUrl, $"v3/conversations/{Segment(conversationId)}/members/{Segment(userId)}", null, null, Json.TeamsChannelAccount, cancellationToken);

    public Task<ConnectorResult<PagedMembersResult>> GetPagedMembersAsync(string serviceUrl, string conversationId, int pageSize = 100, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        var query = $"?pageSize={Math.Clamp(pageSize, 50, 500)}";
        if (!string.IsNullOrEmpty(continuationToken))
        {
            query += "&continuationToken=" + Uri.EscapeDataString(continuationToken);
        }

        return SendAsync<Activity, PagedMembersResult>(HttpMethod.Get, serviceUrl, $"v3/conversations/{Segment(conversationId)}/pagedmembers{query}", null, null, Json.PagedMembersResult, cancellationToken);
    }

    public Task<ConnectorResult<TeamDetails>> GetTeamDetailsAsync(string serviceUrl, string teamId, CancellationToken cancellationToken = default) =>
        SendAsync<Activity, TeamDetails>(HttpMethod.Get, serviceUrl, $"v3/teams/{Segment(teamId)}", null, null, Json.TeamDetails, cancellationToken);

    public Task<ConnectorResult<ConversationList>> GetChannelsAsync(string serviceUrl, string teamId, CancellationToken cancellationToken = default) =>
        SendAsync<Activity, ConversationList>(HttpMethod.Get, serviceUrl, $"v3/teams/{Segment(teamId)}/conversations", null, null, Json.ConversationList, cancellationToken);
}
