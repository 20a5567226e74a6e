namespace TeamsCrm.Teams.Benchmarks;

/// <summary>Network left out: the reply is serialised exactly as the real client would send it, then dropped.</summary>
internal sealed class SerializingConnector : IConnectorClient
{
    private static readonly ConnectorResult<ResourceResponse> Sent = ConnectorResult<ResourceResponse>.Success(new ResourceResponse("1"), 201);

    public Task<ConnectorResult<ResourceResponse>> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default) => Serialize(activity);

    public Task<ConnectorResult<ResourceResponse>> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) => Serialize(activity);

    public Task<ConnectorResult<ResourceResponse>> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) => Serialize(activity);

    public Task<ConnectorResult<bool>> DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<ConnectorResult<ConversationResourceResponse>> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<ConnectorResult<TeamsChannelAccount>> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<ConnectorResult<PagedMembersResult>> GetPagedMembersAsync(string serviceUrl, string conversationId, int pageSize = 100, string? continuationToken = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<ConnectorResult<TeamDetails>> GetTeamDetailsAsync(string serviceUrl, string teamId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<ConnectorResult<ConversationList>> GetChannelsAsync(string serviceUrl, string teamId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    private static Task<ConnectorResult<ResourceResponse>> Serialize(Activity activity)
    {
        JsonSerializer.Serialize(Stream.Null, activity, BotJsonContext.Default.Activity);
        return Task.FromResult(Sent);
    }
}
