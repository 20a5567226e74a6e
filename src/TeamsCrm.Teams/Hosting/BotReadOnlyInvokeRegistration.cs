using TeamsCrm.Teams.Invokes;

namespace TeamsCrm.Teams.Hosting;

/// <summary>One call of <see cref="TeamsBotServiceCollectionExtensions.AddBotReadOnlyInvokes"/>.</summary>
public sealed class BotReadOnlyInvokeRegistration
{
    public BotReadOnlyInvokeRegistration(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (names.Count == 0 || names.Any(string.IsNullOrWhiteSpace) || names.Contains(InvokeNames.AdaptiveCardAction))
        {
            throw new ArgumentException("Read-only invokes must be one or more non-empty names other than adaptiveCard/action (see AddBotReadOnlyCardVerbs).", nameof(names));
        }

        Names = names;
    }

    public IReadOnlyList<string> Names { get; }
}
