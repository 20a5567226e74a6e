using System.ComponentModel.DataAnnotations;

namespace TeamsCrm.Graph.Configuration;

/// <summary>
/// Settings of the Microsoft Graph people directory (section "Graph"). The app authenticates as
/// itself (application permissions) with a client secret or, in Azure, a managed identity.
/// Cross-field rules live in <see cref="GraphOptionsValidator"/>; both run at start.
/// </summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";

    /// <summary>Live (Microsoft Graph) or Offline (the demo directory; Development only). Unset: Live when any credential setting is present.</summary>
    public GraphMode? Mode { get; set; }

    /// <summary>How tokens are obtained. Unset: ManagedIdentity with <see cref="UseManagedIdentity"/>, else ClientSecret.</summary>
    public GraphCredentialKind? Credential { get; set; }

    /// <summary>With <see cref="GraphCredentialKind.Certificate"/>: the path of the certificate file (PFX or PEM with its private key).</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The credential in effect (see <see cref="Credential"/>).</summary>
    public GraphCredentialKind EffectiveCredential =>
        Credential ?? (UseManagedIdentity ? GraphCredentialKind.ManagedIdentity : GraphCredentialKind.ClientSecret);

    /// <summary>Graph's v1.0 endpoint; a national cloud or, in tests and Development only, a loopback stub.</summary>
    [Required]
    public Uri BaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0");

    /// <summary>The Entra tenant (a GUID) whose directory is read; calls for any other tenant return nothing.</summary>
    [Required]
    public string? TenantId { get; set; }

    /// <summary>The app registration's client id; with a managed identity, the user-assigned identity's client id (optional).</summary>
    public string? ClientId { get; set; }

    /// <summary>The app registration's client secret (never with <see cref="UseManagedIdentity"/>).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Get tokens from the managed identity of the Azure resource instead of a client secret.</summary>
    public bool UseManagedIdentity { get; set; }

    /// <summary>Where tokens come from (Entra ID's global authority unless a national cloud is used).</summary>
    [Required]
    public Uri AuthorityHost { get; set; } = new("https://login.microsoftonline.com");

    /// <summary>How long a person, a manager or a search result is reused before Graph is asked again.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The longest one Graph call (including retries) may take; a bot turn must answer within 15 s.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long titles, departments, managers and photos are reused (they change rarely).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan ProfileCacheDuration { get; set; } = TimeSpan.FromHours(4);

    /// <summary>How long a colleague's presence is reused (it changes by the minute).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan PresenceCacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a calendar window is reused.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan CalendarCacheDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The longest a card waits for its people and calendar context (one $batch, retries included); then it renders without.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:10")]
    public TimeSpan ContextTimeout { get; set; } = TimeSpan.FromMilliseconds(1800);

    /// <summary>How often a throttled (429) or unavailable (503/504) call is retried.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>
    /// The most time all retries of one call may wait together; a Retry-After beyond it ends the
    /// retries at once and the throttling error is raised instead of holding the bot turn.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan RetriesTimeLimit { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Delegated Graph on behalf of the signed-in tab user (on-behalf-of); off by default.</summary>
    public GraphDelegatedOptions Delegated { get; set; } = new();
}
