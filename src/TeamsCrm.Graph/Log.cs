namespace TeamsCrm.Graph;

/// <summary>The Graph project's log messages (EventIds 4001–4099).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "People directory call for tenant {TenantId} refused: this app reads only the configured tenant's directory.")]
    public static partial void OtherTenantRefused(ILogger logger, string tenantId);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Microsoft Graph answered {StatusCode} ({ErrorCode}) to {Operation}.")]
    public static partial void GraphFailed(ILogger logger, string operation, int statusCode, string? errorCode, Exception exception);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Debug, Message = "Not an Entra object id, not looked up: {UserId}.")]
    public static partial void NotAnObjectId(ILogger logger, string userId);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "Microsoft Graph could not be reached for {Operation}.")]
    public static partial void GraphUnreachable(ILogger logger, string operation, Exception exception);
}
