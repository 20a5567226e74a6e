using TeamsCrm.Conversation.Understanding;

namespace TeamsCrm.Conversation.Routing;

/// <summary>
/// The one table from intent (typed message), card verb (Action.Execute and its Action.Submit fallback) and dialog
/// verb (task/submit) to the handler that answers it. Built from every registered handler; a key claimed twice
/// fails when the table is built, which <see cref="ConversationRoutesCheck"/> does at start.
/// </summary>
public sealed class ConversationRoutes
{
    private readonly Dictionary<Intent, IIntentHandler> intents;
    private readonly Dictionary<string, ICardActionHandler> cardVerbs;
    private readonly Dictionary<string, IDialogSubmitHandler> dialogVerbs;

    public ConversationRoutes(IEnumerable<IIntentHandler> intentHandlers, IEnumerable<ICardActionHandler> cardHandlers, IEnumerable<IDialogSubmitHandler> dialogHandlers)
    {
        intents = Table(intentHandlers, h => h.Intents, "intent");
        cardVerbs = Table(cardHandlers, h => h.Verbs, "card verb");
        dialogVerbs = Table(dialogHandlers, h => h.Verbs, "dialog verb");
    }

    public IReadOnlyCollection<Intent> Intents => intents.Keys;

    public IReadOnlyCollection<string> CardVerbs => cardVerbs.Keys;

    public IReadOnlyCollection<string> DialogVerbs => dialogVerbs.Keys;

    public IIntentHandler? ForIntent(Intent intent) => intents.GetValueOrDefault(intent);

    public ICardActionHandler? ForCardVerb(string verb) => cardVerbs.GetValueOrDefault(verb);

    public IDialogSubmitHandler? ForDialogVerb(string? verb) => verb is null ? null : dialogVerbs.GetValueOrDefault(verb);

    private static Dictionary<TKey, THandler> Table<TKey, THandler>(IEnumerable<THandler> handlers, Func<THandler, IEnumerable<TKey>> keys, string what)
        where TKey : notnull
        where THandler : class
    {
        ArgumentNullException.ThrowIfNull(handlers);
        var table = new Dictionary<TKey, THandler>();
        foreach (var handler in handlers)
        {
            foreach (var key in keys(handler))
            {
                if (!table.TryAdd(key, handler))
                {
                    throw new InvalidOperationException(
                        $"The {what} '{key}' has two handlers: {table[key].GetType().Name} and {handler.GetType().Name}. Each {what} has exactly one.");
                }
            }
        }

        return table;
    }
}
