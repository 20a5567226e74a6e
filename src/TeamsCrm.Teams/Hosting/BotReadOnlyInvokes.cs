namespace TeamsCrm.Teams.Hosting;

/// <summary>
/// The invoke names the app declared pure reads (<see cref="TeamsBotServiceCollectionExtensions.AddBotReadOnlyInvokes"/>),
/// e.g. a message extension's search, sent on every keystroke: they skip the delivery claim, since running a read twice
/// is harmless. Empty unless the app registers some.
/// </summary>
public sealed class BotReadOnlyInvokes
{
    private readonly HashSet<string> _names;

    public BotReadOnlyInvokes(IEnumerable<BotReadOnlyInvokeRegistration> registrations)
    {
        ArgumentNullException.ThrowIfNull(registrations);
        _names = new HashSet<string>(registrations.SelectMany(r => r.Names), StringComparer.Ordinal);
    }

    public bool Contains(string? name) => name is not null && _names.Contains(name);
}
