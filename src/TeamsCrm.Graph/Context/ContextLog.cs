namespace TeamsCrm.Graph.Context;

/// <summary>Log messages of the people and calendar context and photos (EventIds 4100–4199).</summary>
internal static partial class ContextLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Warning, Message = "People context for tenant {TenantId} refused: this app reads only the configured tenant's directory.")]
    public static partial void OtherTenantRefused(ILogger logger, string tenantId);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Microsoft Graph did not answer the people context $batch within {Timeout}; the card is shown without it.")]
    public static partial void BatchTimedOut(ILogger logger, TimeSpan timeout);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "The people context $batch failed; the card is shown without it.")]
    public static partial void BatchFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "People context step {StepId} answered {StatusCode}; that part is left out.")]
    public static partial void StepFailed(ILogger logger, string stepId, int statusCode);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information, Message = "Calendar of {UserId}: following @odata.nextLink failed or stopped after {Pages} pages.")]
    public static partial void CalendarPagingStopped(ILogger logger, string userId, int pages);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Warning, Message = "Photo of {UserId} could not be read from Microsoft Graph.")]
    public static partial void PhotoFailed(ILogger logger, string userId, Exception exception);
}
