using Microsoft.Extensions.Logging;

namespace TeamsCrm.Teams;

/// <summary>All log messages of the protocol layer, with stable event ids.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Rejected activity: {Status} {Reason}")]
    public static partial void AuthenticationFailed(ILogger logger, int status, string? reason);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Rejected request body: {Reason}")]
    public static partial void BadRequest(ILogger logger, string reason);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Duplicate delivery of activity {ActivityId} ignored")]
    public static partial void DuplicateActivity(ILogger logger, string activityId);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Error, Message = "Turn for activity {ActivityId} ({Type}) failed")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string? activityId, string? type);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "Anonymous activity accepted (Development: Bot:AllowUnauthenticated)")]
    public static partial void AnonymousAccepted(ILogger logger);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information, Message = "Turn for activity {ActivityId} still running; acknowledged")]
    public static partial void AcknowledgedEarly(ILogger logger, string? activityId);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "Connector {Method} {Path}: transport error on attempt {Attempt}: {Error}")]
    public static partial void ConnectorTransportError(ILogger logger, string method, string path, int attempt, string error);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "Connector {Method} {Path}: {Status} on a non-idempotent call, not repeated")]
    public static partial void ConnectorAmbiguous(ILogger logger, string method, string path, int status);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Information, Message = "Connector {Method} {Path}: {Status}, retry {Retry} after {Delay}")]
    public static partial void ConnectorRetry(ILogger logger, string method, string path, int status, int retry, TimeSpan delay);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Warning, Message = "Connector {Method} {Path}: {Status} {Code}")]
    public static partial void ConnectorFailed(ILogger logger, string method, string path, int status, string? code);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Warning, Message = "Conversation {ConversationId} of tenant {TenantId} is blocked ({Code}); marked unusable")]
    public static partial void ConversationBlocked(ILogger logger, string conversationId, string tenantId, string? code);

    [LoggerMessage(EventId = 3200, Level = LogLevel.Warning, Message = "Rejected activity: {Status} {Reason}")]
    public static partial void ActivityRefused(ILogger logger, int status, string reason);

    [LoggerMessage(EventId = 3201, Level = LogLevel.Warning, Message = "Rejected activity: 403 channelData tenant {ChannelDataTenant} differs from conversation tenant {ConversationTenant}")]
    public static partial void TenantMismatch(ILogger logger, string channelDataTenant, string conversationTenant);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Warning, Message = "Rejected activity: 403 tenant {TenantId} is not the tenant {BotTenantId} of this single-tenant bot")]
    public static partial void ForeignTenant(ILogger logger, string tenantId, string botTenantId);

    [LoggerMessage(EventId = 3203, Level = LogLevel.Warning, Message = "Connector {Method} refused before any token or request: {Reason}")]
    public static partial void ConnectorServiceUrlRefused(ILogger logger, string method, string reason);

    [LoggerMessage(EventId = 3204, Level = LogLevel.Warning, Message = "Proactive {Operation} to conversation {ConversationId} of tenant {TenantId} refused: {Reason}")]
    public static partial void ProactiveServiceUrlRefused(ILogger logger, string operation, string conversationId, string tenantId, string reason);
}
