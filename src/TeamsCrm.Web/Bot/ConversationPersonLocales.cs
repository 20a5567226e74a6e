using Azure;
using TeamsCrm.Teams.Persistence;

namespace TeamsCrm.Web.Bot;

/// <summary>
/// A person's language from the bot's conversation references: the locale of their latest activity in any
/// conversation (their personal chat's for references stored before that was kept). Unknown when they never wrote
/// to the bot or storage fails: the notification then goes out in the sender's language.
/// </summary>
internal sealed partial class ConversationPersonLocales(IConversationReferenceStore references, ILogger<ConversationPersonLocales> logger) : IPersonLocales
{
    public async Task<string?> GetLocaleAsync(string tenantId, string userId, CancellationToken cancellationToken = default)
    {
        try
        {
            return await references.GetUserLocaleAsync(tenantId, userId, cancellationToken);
        }
        catch (RequestFailedException ex)
        {
            LogUnknown(ex, userId);
            return null;
        }
    }

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning, Message = "Could not read the locale of {UserId}; writing in the sender's language")]
    private partial void LogUnknown(Exception exception, string userId);
}
