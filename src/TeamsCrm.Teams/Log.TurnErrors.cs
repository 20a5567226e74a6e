using Microsoft.Extensions.Logging;

namespace TeamsCrm.Teams;

/// <summary>Log messages of the turn-error answer.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5200, Level = LogLevel.Error, Message = "The error answer for activity {ActivityId} failed; the caller gets the protocol's default")]
    public static partial void TurnErrorAnswerFailed(ILogger logger, Exception exception, string? activityId);
}
