namespace TeamsCrm.Teams.Connector;

/// <summary>The result of a connector call: a value on success, otherwise the outcome with the connector's status and error code.</summary>
public sealed record ConnectorResult<T>(ConnectorOutcome Outcome, T? Value, int? StatusCode, string? ErrorCode, string? ErrorMessage)
{
    public bool Succeeded => Outcome == ConnectorOutcome.Succeeded;

    public static ConnectorResult<T> Success(T? value, int statusCode) => new(ConnectorOutcome.Succeeded, value, statusCode, null, null);

    public static ConnectorResult<T> Failure(ConnectorOutcome outcome, int? statusCode, string? errorCode, string? errorMessage) =>
        new(outcome, default, statusCode, errorCode, errorMessage);
}
