namespace TeamsCrm.Teams.Hosting;

/// <summary>
/// The Action.Execute verbs the app declared pure reads (<see cref="TeamsBotServiceCollectionExtensions.AddBotReadOnlyCardVerbs"/>):
/// only their automatic refreshes skip the delivery claim. Empty unless the app registers some.
/// </summary>
public sealed class BotReadOnlyCardVerbs
{
    private readonly HashSet<string> _verbs;

    public BotReadOnlyCardVerbs(IEnumerable<BotReadOnlyCardVerbRegistration> registrations)
    {
        ArgumentNullException.ThrowIfNull(registrations);
        _verbs = new HashSet<string>(registrations.SelectMany(r => r.Verbs), StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> Verbs => _verbs;

    public bool Contains(string? verb) => verb is not null && _verbs.Contains(verb);
}
