using System.ComponentModel.DataAnnotations;

namespace TeamsCrm.Graph.Configuration;

/// <summary>
/// Delegated Graph on behalf of the signed-in Teams user (section "Graph:Delegated"): the tab's SSO token is exchanged
/// (on-behalf-of) at sign-in, and the viewer's own calendar is then read with the viewer's own rights. Needs a
/// confidential client — Graph:Credential=ClientSecret or Certificate; a managed identity alone cannot exchange a
/// user's token. Validated at start by <see cref="GraphOptionsValidator"/>.
/// </summary>
public sealed class GraphDelegatedOptions
{
    /// <summary>Exchange the tab's SSO token at sign-in and read the viewer's own calendar with it.</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// Whether calendars are also read as the app (application permission): others' calendars (the account owner's on
    /// a card) and the viewer's own when no delegated token is at hand. False: only the viewer's own calendar, and only
    /// while they have a delegated session — the app then needs no application calendar permission at all.
    /// </summary>
    public bool AppOnlyCalendars { get; set; } = true;

    /// <summary>How long a delegated session is kept (refreshed silently meanwhile) before the user must sign in to the tab again.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "1.00:00:00")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>At most this many users' delegated sessions are kept in memory; beyond it the least recently used go.</summary>
    [Range(1, 1_000_000)]
    public int SessionCapacity { get; set; } = 10_000;

    /// <summary>The longest the sign-in waits for the exchange; it then continues without a delegated session.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:30")]
    public TimeSpan ExchangeTimeout { get; set; } = TimeSpan.FromSeconds(3);
}
