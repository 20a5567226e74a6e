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

    /// <summary>How old an outbox marker must be before the sweeper repairs it (its writer may still be at work).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan OutboxRepairDelay { get; set; } = TimeSpan.FromSeconds(30);

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
    }
}
