namespace TeamsCrm.Teams.Auth;

/// <summary>Authenticates one inbound request: the Authorization header against the activity it carries.</summary>
public interface IBotTokenValidator
{
    Task<BotAuthResult> ValidateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken = default);
}
