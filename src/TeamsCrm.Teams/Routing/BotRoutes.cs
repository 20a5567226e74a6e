namespace TeamsCrm.Teams.Routing;

/// <summary>
/// The route table. Registered once at startup; a second registration under the same name throws
/// immediately, so a conflicting handler fails the start rather than a turn.
/// </summary>
public sealed class BotRoutes
{
    private readonly Dictionary<string, ActivityHandler> _activityHandlers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InvokeHandler> _invokeHandlers = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Names => [.. _activityHandlers.Keys, .. _invokeHandlers.Keys];

    public BotRoutes Add(string name, ActivityHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        EnsureNew(name);
        _activityHandlers.Add(name, handler);
        return this;
    }

    public BotRoutes AddInvoke(string name, InvokeHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        EnsureNew(name);
        _invokeHandlers.Add(name, handler);
        return this;
    }

    internal ActivityHandler? FindActivityHandler(string name) => _activityHandlers.GetValueOrDefault(name);

    internal InvokeHandler? FindInvokeHandler(string name) => _invokeHandlers.GetValueOrDefault(name);

    private void EnsureNew(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (_activityHandlers.ContainsKey(name) || _invokeHandlers.ContainsKey(name))
        {
            throw new InvalidOperationException($"A bot route named '{name}' is already registered.");
        }
    }
}
