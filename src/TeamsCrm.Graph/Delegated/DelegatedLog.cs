namespace TeamsCrm.Graph.Delegated;

/// <summary>Log messages of delegated Graph (on-behalf-of), EventIds 8200–8249. Tokens are never logged.</summary>
internal static partial class DelegatedLog
{
    [LoggerMessage(EventId = 8200, Level = LogLevel.Information, Message = "Delegated Graph session started for user {UserId} of tenant {TenantId}.")]
    public static partial void SessionStarted(ILogger logger, string tenantId, string userId);

    [LoggerMessage(EventId = 8201, Level = LogLevel.Warning, Message = "The on-behalf-of exchange for user {UserId} of tenant {TenantId} failed; Graph is read as the app or not at all for them.")]
    public static partial void ExchangeFailed(ILogger logger, string tenantId, string userId, Exception exception);

    [LoggerMessage(EventId = 8202, Level = LogLevel.Warning, Message = "The on-behalf-of exchange for user {UserId} of tenant {TenantId} did not finish within {Timeout}.")]
    public static partial void ExchangeTimedOut(ILogger logger, string tenantId, string userId, TimeSpan timeout);

    [LoggerMessage(EventId = 8203, Level = LogLevel.Information, Message = "The delegated Graph session of user {UserId} of tenant {TenantId} could not be refreshed and was ended.")]
    public static partial void RefreshFailed(ILogger logger, string tenantId, string userId, Exception exception);

    [LoggerMessage(EventId = 8204, Level = LogLevel.Information, Message = "No delegated Graph session for tenant {TenantId}: this app reads only the configured tenant's directory.")]
    public static partial void OtherTenantRefused(ILogger logger, string tenantId);

    [LoggerMessage(EventId = 8205, Level = LogLevel.Debug, Message = "Delegated Graph session of user {UserId} of tenant {TenantId} ended ({Reason}).")]
    public static partial void SessionEnded(ILogger logger, string tenantId, string userId, string reason);

    [LoggerMessage(EventId = 8206, Level = LogLevel.Warning, Message = "The viewer's own calendar could not be read with the delegated token (status {StatusCode}); reading it as the app where allowed.")]
    public static partial void DelegatedReadFailed(ILogger logger, int statusCode);

    [LoggerMessage(EventId = 8207, Level = LogLevel.Information, Message = "The token cache of the ended delegated Graph session of user {UserId} of tenant {TenantId} could not be cleared; it goes when its capacity is reached.")]
    public static partial void ForgetFailed(ILogger logger, string tenantId, string userId, Exception exception);
}
