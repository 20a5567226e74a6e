namespace TeamsCrm.Teams.Trust;

/// <summary>
/// Microsoft's documented Teams connector (Bot Connector service) hosts, the default of Bot:AllowedServiceUrlHosts.
/// Sources (docs/bot-channel.md): the Teams platform page on proactive messages (government cloud endpoints) and the
/// Teams SDK's service URL validation page (public cloud hosts).
/// </summary>
public static class TeamsServiceUrlHosts
{
    /// <summary>Public cloud (all regions: /amer/, /emea/, /apac/, /teams/ …).</summary>
    public const string Public = "smba.trafficmanager.net";

    /// <summary>Public cloud, alternative front door named by the Teams SDK.</summary>
    public const string PublicOnyx = "smba.onyx.prod.teams.trafficmanager.net";

    /// <summary>US Government Community Cloud (GCC).</summary>
    public const string Gcc = "smba.infra.gcc.teams.microsoft.com";

    /// <summary>US Government Community Cloud High (GCC High).</summary>
    public const string GccHigh = "smba.infra.gov.teams.microsoft.us";

    /// <summary>US Department of Defense (DoD).</summary>
    public const string DoD = "smba.infra.dod.teams.microsoft.us";

    /// <summary>Every host above.</summary>
    public static IReadOnlyList<string> Defaults { get; } = [Public, PublicOnyx, Gcc, GccHigh, DoD];
}
