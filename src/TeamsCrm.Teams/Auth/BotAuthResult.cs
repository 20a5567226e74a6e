using System.Security.Claims;

namespace TeamsCrm.Teams.Auth;

/// <summary>Outcome of inbound authentication: success with the caller's identity, or 401/403 with a reason (logged, never sent).</summary>
public sealed record BotAuthResult(bool Succeeded, int FailureStatus, string? FailureReason, ClaimsIdentity? Identity)
{
    public static BotAuthResult Success(ClaimsIdentity? identity) => new(true, 0, null, identity);

    public static BotAuthResult Unauthorized(string reason) => new(false, 401, reason, null);

    public static BotAuthResult Forbidden(string reason) => new(false, 403, reason, null);
}
