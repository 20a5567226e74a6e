namespace TeamsCrm.Teams.Hosting;

/// <summary>One call of <see cref="TeamsBotServiceCollectionExtensions.AddBotReadOnlyCardVerbs"/>.</summary>
public sealed class BotReadOnlyCardVerbRegistration
{
    public BotReadOnlyCardVerbRegistration(IReadOnlyList<string> verbs)
    {
        ArgumentNullException.ThrowIfNull(verbs);
        if (verbs.Count == 0 || verbs.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Read-only card verbs must be one or more non-empty verbs.", nameof(verbs));
        }

        Verbs = verbs;
    }

    public IReadOnlyList<string> Verbs { get; }
}
