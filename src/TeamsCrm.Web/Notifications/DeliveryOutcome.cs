namespace TeamsCrm.Web.Notifications;

/// <summary>What became of one attempt to deliver a rendered notification.</summary>
internal enum DeliveryOutcome
{
    /// <summary>Sent (and its cards replaced): done.</summary>
    Sent,

    /// <summary>The recipient blocked the bot (or an admin disabled it): done, nothing more to try.</summary>
    Blocked,

    /// <summary>Another dispatcher holds the once-key's claim right now: try again once its claim has expired.</summary>
    ClaimedElsewhere,

    /// <summary>The connector or storage failed: try again later.</summary>
    Failed,
}
