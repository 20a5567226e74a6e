namespace TeamsCrm.Graph.Delegated;

/// <summary>
/// The seam to Entra ID's on-behalf-of flow, one long-running session per user (tenant + object id):
/// <see cref="ExchangeAsync"/> trades the tab's SSO token for a Graph token and keeps what is needed to refresh it;
/// <see cref="RefreshAsync"/> gets a fresh Graph token from that session without the user; <see cref="ForgetAsync"/>
/// ends it. Failures (no consent, revoked, Entra unreachable) throw; <see cref="DelegatedGraphSessions"/> decides what
/// they mean. Production: <see cref="MsalOnBehalfOfTokenClient"/>; tests fake it (no test may contact Entra ID).
/// </summary>
public interface IOnBehalfOfTokenClient
{
    Task<DelegatedAccessToken> ExchangeAsync(string tenantId, string userId, string userAssertion, CancellationToken cancellationToken);

    Task<DelegatedAccessToken> RefreshAsync(string tenantId, string userId, CancellationToken cancellationToken);

    Task ForgetAsync(string tenantId, string userId, CancellationToken cancellationToken);
}
