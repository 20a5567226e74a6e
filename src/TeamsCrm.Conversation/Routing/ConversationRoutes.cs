namespace TeamsCrm.Conversation.Routing;

/// <summary>
/// The one table from intent (typed message), card verb (Action.Execute and its Action.Submit fallback) and dialog
/// verb (task/submit) to the handler that answers it. Built from every registered handler; a key claimed twice
/// fails when the table is built, which <see cref="ConversationRoutesCheck"/> does at start.
/// </summary>
public sealed class ConversationRoutes
{
    private readonly Dictionary<Intent, IIntentHandler> _intents;
    private readonly Dictionary<string, ICardActionHandler> _cardVerbs;
    private readonly Dictionary<string, IDialogSubmitHandler> _dialogVerbs;

    public ConversationRoutes(IEnumerable<IIntentHandler> intentHandlers, IEnumerable<ICardActionHandler> cardHandlers, IEnumerable<IDialogSubmitHandler> dialogHandlers)
    {
        _intents = Table(intentHandlers, h => h.Intents, "intent");
        _cardVerbs = Table(cardHandlers, h => h.Verbs, "card verb");
        _dialogVerbs = Table(dialogHandlers, h => h.Verbs, "dialog verb");
    }

    public IReadOnlyCollection<Intent> Intents => _intents.Keys;

    public IReadOnlyCollection<string> CardVerbs => _cardVerbs.Keys;

    public IReadOnlyCollection<string> DialogVerbs => _dialogVerbs.Keys;

    public IIntentHandler? ForIntent(Intent intent) => _intents.GetValueOrDefault(intent);

    public ICardActionHandler? ForCardVerb(string verb) => _cardVerbs.GetValueOrDefault(verb);

    public IDialogSubmitHandler? ForDialogVerb(string? verb) => verb is null ? null : _dialogVerbs.GetValueOrDefault(verb);

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
