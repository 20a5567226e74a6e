namespace TeamsCrm.Teams.Connector;

/// <summary>{id} returned by send, reply and update.</summary>
public sealed record ResourceResponse(string? Id);

/// <summary>Body of POST /v3/conversations (proactive 1:1 or a new channel thread).</summary>
public sealed class ConversationParameters
{
    public bool IsGroup { get; set; }
    public ChannelAccount? Bot { get; set; }
    public IList<ChannelAccount>? Members { get; set; }
    public string? TopicName { get; set; }
    public string? TenantId { get; set; }
    public Activity? Activity { get; set; }
    public TeamsChannelData? ChannelData { get; set; }
}

/// <summary>Answer of POST /v3/conversations.</summary>
public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);

/// <summary>
/// A member as the connector returns it. The REST payload names the Entra id "objectId"; the SDK calls it
/// "aadObjectId": both are accepted and <see cref="AadObjectId"/> answers either.
/// </summary>
public sealed class TeamsChannelAccount
{
    private string? _aadObjectId;

    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? GivenName { get; set; }
    public string? Surname { get; set; }
    public string? Email { get; set; }
    public string? UserPrincipalName { get; set; }
    public string? TenantId { get; set; }

    /// <summary>"user", "anonymous" (documented) or "guest" (observed).</summary>
    public string? UserRole { get; set; }

    public string? ObjectId { get; set; }

    public string? AadObjectId { get => _aadObjectId ?? ObjectId; set => _aadObjectId = value; }
}

/// <summary>One page of GET …/pagedmembers.</summary>
public sealed class PagedMembersResult
{
    public string? ContinuationToken { get; set; }
    public IList<TeamsChannelAccount> Members { get; set; } = [];
}

/// <summary>GET /v3/teams/{teamId}.</summary>
public sealed record TeamDetails(string? Id, string? Name, string? AadGroupId, int? ChannelCount, int? MemberCount, string? Type);

/// <summary>GET /v3/teams/{teamId}/conversations. The General channel has no name and the team's id.</summary>
public sealed class ConversationList
{
    public IList<ChannelInfo> Conversations { get; set; } = [];
}

/// <summary>Connector error body {error:{code,message}}.</summary>
public sealed class ErrorResponse
{
    public ErrorDetail? Error { get; set; }
}

/// <summary>Connector error code and message.</summary>
public sealed class ErrorDetail
{
    public string? Code { get; set; }
    public string? Message { get; set; }
}

/// <summary>An Entra token endpoint answer.</summary>
internal sealed class TokenEndpointResponse
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; set; }

    [JsonPropertyName("expires_in")]
    public int ExpiresIn { get; set; }
}
