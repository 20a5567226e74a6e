namespace TeamsCrm.Teams.Tests.Support;

/// <summary>An in-memory connector that records what the bot sent and answers success (or <see cref="NextOutcome"/>).</summary>
internal sealed class RecordingConnector : IConnectorClient
{
    public ConcurrentQueue<(string Operation, string ConversationId, Activity? Activity)> Calls { get; } = new();

    public ConnectorOutcome NextOutcome { get; set; } = ConnectorOutcome.Succeeded;

    public string? NextErrorCode { get; set; }

    public Task<ConnectorResult<ResourceResponse>> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default) =>
        Record("send", conversationId, activity, new ResourceResponse("sent-1"));

    public Task<ConnectorResult<ResourceResponse>> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        Record("reply", conversationId, activity, new ResourceResponse("reply-1"));

    public Task<ConnectorResult<ResourceResponse>> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        Record("update", conversationId, activity, new ResourceResponse(activityId));

    public Task<ConnectorResult<bool>> DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default) =>
        Record("delete", conversationId, null, true);

    public Task<ConnectorResult<ConversationResourceResponse>> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default) =>
        Record("create", "new", parameters.Activity, new ConversationResourceResponse("a:new-conversation", "1", serviceUrl));

    public Task<ConnectorResult<TeamsChannelAccount>> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken = default) =>
        Record("member", conversationId, null, new TeamsChannelAccount { Id = userId, UserRole = "user" });

    public Task<ConnectorResult<PagedMembersResult>> GetPagedMembersAsync(string serviceUrl, string conversationId, int pageSize = 100, string? continuationToken = null, CancellationToken cancellationToken = default) =>
        Record("members", conversationId, null, new PagedMembersResult());

    public Task<ConnectorResult<TeamDetails>> GetTeamDetailsAsync(string serviceUrl, string teamId, CancellationToken cancellationToken = default) =>
        Record("team", teamId, null, new TeamDetails(teamId, "Team", null, 1, 1, "standard"));

    public Task<ConnectorResult<ConversationList>> GetChannelsAsync(string serviceUrl, string teamId, CancellationToken cancellationToken = default) =>
        Record("channels", teamId, null, new ConversationList());

    private Task<ConnectorResult<T>> Record<T>(string operation, string conversationId, Activity? activity, T value)
    {
        Calls.Enqueue((operation, conversationId, activity));
        return Task.FromResult(NextOutcome == ConnectorOutcome.Succeeded
            ? ConnectorResult<T>.Success(value, 201)
            : ConnectorResult<T>.Failure(NextOutcome, 403, NextErrorCode, "refused"));
    }
}
