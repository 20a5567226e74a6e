namespace TeamsCrm.Teams.Connector;

/// <summary>What happened to a connector call, in terms a caller can act on.</summary>
public enum ConnectorOutcome
{
    Succeeded,

    /// <summary>403 MessageWritesBlocked or BotDisabledByAdmin: stop writing to this conversation.</summary>
    Blocked,

    NotFound,

    /// <summary>Still 429 after the retries (or Retry-After longer than the longest delay allowed).</summary>
    Throttled,

    /// <summary>A non-idempotent POST failed in a way that may have delivered it (5xx gateway error, timeout, lost connection): not repeated.</summary>
    Ambiguous,

    Failed,
}
