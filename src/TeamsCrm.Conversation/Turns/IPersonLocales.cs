namespace TeamsCrm.Conversation.Turns;

/// <summary>
/// The language a person last used with the bot (their activity locale, e.g. "de-DE"), so a notification is
/// written in its recipient's language rather than its sender's. The host implements it over what it knows of
/// each person's conversations; null means unknown (the sender's language is used then).
/// </summary>
public interface IPersonLocales
{
    /// <summary>The locale of <paramref name="userId"/> (Entra object id) in <paramref name="tenantId"/>, or null. Must not throw for a person it does not know.</summary>
    Task<string?> GetLocaleAsync(string tenantId, string userId, CancellationToken cancellationToken = default);
}

/// <summary>Knows no one's locale: every notification is written in its sender's language.</summary>
internal sealed class UnknownPersonLocales : IPersonLocales
{
    public static UnknownPersonLocales Instance { get; } = new();

    public Task<string?> GetLocaleAsync(string tenantId, string userId, CancellationToken cancellationToken = default) => Task.FromResult<string?>(null);
}
