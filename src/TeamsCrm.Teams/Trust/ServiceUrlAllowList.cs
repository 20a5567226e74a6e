namespace TeamsCrm.Teams.Trust;

/// <summary>
/// Which <c>serviceUrl</c>s the bot may call (and so send its connector token to): https on the default port to a host
/// of Bot:AllowedServiceUrlHosts (default <see cref="TeamsServiceUrlHosts.Defaults"/>); loopback only with
/// Bot:AllowLoopbackServiceUrls (Development). Used for inbound activities, the connector and proactive sends.
/// </summary>
public sealed class ServiceUrlAllowList
{
    /// <summary>The ConnectorResult error code of a call refused because of its serviceUrl.</summary>
    public const string RefusedErrorCode = "ServiceUrlNotAllowed";

    private readonly HashSet<string> _hosts;
    private readonly bool _allowLoopback;

    public ServiceUrlAllowList(IOptions<BotOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var configured = options.Value.AllowedServiceUrlHosts;
        _hosts = new HashSet<string>(configured.Count > 0 ? configured : TeamsServiceUrlHosts.Defaults, StringComparer.OrdinalIgnoreCase);
        _allowLoopback = options.Value.AllowLoopbackServiceUrls;
    }

    /// <summary>The hosts in force (configured, else the defaults).</summary>
    public IReadOnlyCollection<string> Hosts => _hosts;

    public bool IsAllowed(string? serviceUrl) => Check(serviceUrl) is null;

    /// <summary>Null when the bot may call <paramref name="serviceUrl"/>; otherwise why not (for the log).</summary>
    public string? Check(string? serviceUrl)
    {
        if (string.IsNullOrWhiteSpace(serviceUrl))
        {
            return "The activity has no serviceUrl.";
        }

        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || uri.HostNameType is UriHostNameType.Unknown)
        {
            return $"serviceUrl '{LogValue.Short(serviceUrl)}' is not an absolute URL.";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return "serviceUrl carries user information.";
        }

        if (uri.IsLoopback)
        {
            return _allowLoopback && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                ? null
                : $"serviceUrl host '{LogValue.Short(uri.Host)}' is loopback (allowed only with Bot:AllowLoopbackServiceUrls in Development).";
        }

        if (uri.Scheme != Uri.UriSchemeHttps || !uri.IsDefaultPort)
        {
            return $"serviceUrl '{LogValue.Short(uri.GetLeftPart(UriPartial.Authority))}' is not https on the default port.";
        }

        return _hosts.Contains(uri.IdnHost)
            ? null
            : $"serviceUrl host '{LogValue.Short(uri.IdnHost)}' is not in Bot:AllowedServiceUrlHosts.";
    }
}
