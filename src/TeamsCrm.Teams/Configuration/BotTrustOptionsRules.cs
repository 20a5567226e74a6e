using Microsoft.Extensions.Hosting;
using TeamsCrm.Teams.Trust;

namespace TeamsCrm.Teams.Configuration;

/// <summary>Start-time rules of the trust settings: allowed callers, channels and serviceUrl hosts, the loopback switch.</summary>
internal static class BotTrustOptionsRules
{
    public static IEnumerable<string> Validate(BotOptions options, IHostEnvironment environment)
    {
        if (options.AllowLoopbackServiceUrls && !environment.IsDevelopment())
        {
            yield return $"Bot:AllowLoopbackServiceUrls is only allowed in Development (environment is '{environment.EnvironmentName}').";
        }

        foreach (var caller in options.AllowedCallers)
        {
            if (!Guid.TryParse(caller, out _))
            {
                yield return $"Bot:AllowedCallers entry '{caller}' is not an application (client) id (a GUID); wildcards are not supported.";
            }
        }

        foreach (var channel in options.AllowedChannelIds)
        {
            if (string.IsNullOrWhiteSpace(channel) || channel.Any(char.IsWhiteSpace))
            {
                yield return $"Bot:AllowedChannelIds entry '{channel}' is empty or contains white space.";
            }
        }

        foreach (var host in options.AllowedServiceUrlHosts)
        {
            if (HostProblem(host) is { } problem)
            {
                yield return $"Bot:AllowedServiceUrlHosts entry '{host}' {problem}";
            }
        }

        if (new ServiceUrlAllowList(Microsoft.Extensions.Options.Options.Create(options)).Check(options.ProactiveServiceUrl) is { } refused)
        {
            yield return $"Bot:ProactiveServiceUrl is not allowed: {refused}";
        }
    }

    /// <summary>Null for a plain DNS host name (no scheme, port, path, wildcard, IP address or loopback name).</summary>
    private static string? HostProblem(string? host)
    {
        if (string.IsNullOrWhiteSpace(host))
        {
            return "is empty.";
        }

        if (Uri.CheckHostName(host) != UriHostNameType.Dns)
        {
            return "is not a host name (give the host only: no scheme, port, path, wildcard or IP address).";
        }

        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
            ? "is loopback (use Bot:AllowLoopbackServiceUrls in Development)."
            : null;
    }
}
