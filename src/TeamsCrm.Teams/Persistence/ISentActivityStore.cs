namespace TeamsCrm.Teams.Persistence;

/// <summary>
/// Activities the bot sent, remembered per tenant under a key the caller chooses (e.g. which card of which record it
/// shows), so they can be updated in place later. Recording a key again points it at the newer activity.
/// </summary>
public interface ISentActivityStore
{
    Task RecordAsync(string key, SentActivity sent, CancellationToken cancellationToken = default);

    /// <summary>The activity recorded under <paramref name="key"/>, or null when none was.</summary>
    Task<SentActivity?> GetIfExistsAsync(string tenantId, string key, CancellationToken cancellationToken = default);
}
