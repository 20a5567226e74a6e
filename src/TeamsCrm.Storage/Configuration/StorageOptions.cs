using System.ComponentModel.DataAnnotations;

namespace TeamsCrm.Storage.Configuration;

/// <summary>
/// Where the CRM's tables live: <see cref="ConnectionString"/> (default Azurite,
/// "UseDevelopmentStorage=true"), unless <see cref="TableEndpoint"/> is set — then that endpoint
/// is used with DefaultAzureCredential (a managed identity in Azure — no account keys), so a
/// deployment never falls back to the development default.
/// </summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string SectionName = "Storage";

    public string? ConnectionString { get; set; } = "UseDevelopmentStorage=true";

    public Uri? TableEndpoint { get; set; }

    /// <summary>Prefix of every table name, so several deployments can share one storage account.</summary>
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{0,20}$")]
    public string TablePrefix { get; set; } = "Crm";

    /// <summary>How often the outbox sweeper looks for index updates interrupted by a crash.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan OutboxSweepInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the analytics' pipeline summaries of tenants whose facts changed are recomputed: the summary's staleness.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SummaryRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How old an outbox marker must be before the sweeper repairs it: its writer may still be at
    /// work, so it must be at least <see cref="StorageTimeBounds.MinimumRepairDelay"/> (validated at start).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan OutboxRepairDelay { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>How often a failed storage request is retried (exponential back-off).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry's back-off; each further retry doubles it (with jitter), up to <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(0.8);

    /// <summary>The longest back-off between two tries.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one try of a storage request may take before it is abandoned (and retried).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// How far apart the clocks of two app instances on one store may be (a marker carries its
    /// writer's time; another instance's sweeper judges its age). NTP-synchronised hosts are far closer.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan ClockSkewAllowance { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>True when the table endpoint with a token credential is used instead of the connection string.</summary>
    public bool UsesTokenCredential => TableEndpoint is not null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(ConnectionString) && TableEndpoint is null)
        {
            yield return new ValidationResult(
                "Set Storage:ConnectionString (e.g. UseDevelopmentStorage=true) or Storage:TableEndpoint (https://<account>.table.core.windows.net).",
                [nameof(ConnectionString), nameof(TableEndpoint)]);
        }

        if (TableEndpoint is { } endpoint && (!endpoint.IsAbsoluteUri || endpoint.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult("Storage:TableEndpoint must be an absolute https URL.", [nameof(TableEndpoint)]);
        }

        var minimum = StorageTimeBounds.From(this).MinimumRepairDelay;
        if (OutboxRepairDelay < minimum)
        {
            yield return new ValidationResult(
                $"Storage:OutboxRepairDelay ({OutboxRepairDelay:c}) must be at least {minimum:c}: the longest a commit can take with " +
                $"Storage:NetworkTimeout {NetworkTimeout:c}, Storage:MaxRetries {MaxRetries}, Storage:RetryDelay {RetryDelay:c} and " +
                $"Storage:MaxRetryDelay {MaxRetryDelay:c}, plus the service's 30 s processing limit and Storage:ClockSkewAllowance {ClockSkewAllowance:c} " +
                "(see docs/architecture.md). A shorter delay could drop the marker of a transaction still in flight.",
                [nameof(OutboxRepairDelay)]);
        }
    }
}
