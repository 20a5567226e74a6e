using System.Collections.Concurrent;

namespace TeamsCrm.Storage.Notifications;

/// <summary>
/// Which pending notifications the current unit of work (a bot turn, a reminder run) committed, so the host can deliver
/// them right after it instead of waiting for the next sweep. A scope flows with the async context
/// (<see cref="AsyncLocal{T}"/>): a commit made inside <see cref="Begin"/> adds its tickets to that scope only.
/// Outside a scope nothing is recorded and the sweep delivers.
/// </summary>
public sealed class NotificationJournal
{
    private readonly AsyncLocal<Scope?> _current = new();

    /// <summary>Starts recording the notifications committed from here on in this async flow; dispose to stop.</summary>
    public Scope Begin()
    {
        var scope = new Scope(this, _current.Value);
        _current.Value = scope;
        return scope;
    }

    internal void Committed(IEnumerable<NotificationTicket> tickets)
    {
        if (_current.Value is { } scope)
        {
            foreach (var ticket in tickets)
            {
                scope.Add(ticket);
            }
        }
    }

    /// <summary>The notifications committed while the scope was current, in commit order.</summary>
    public sealed class Scope : IDisposable
    {
        private readonly NotificationJournal _journal;
        private readonly Scope? _outer;
        private readonly ConcurrentQueue<NotificationTicket> _written = new();

        internal Scope(NotificationJournal journal, Scope? outer)
        {
            _journal = journal;
            _outer = outer;
        }

        public IReadOnlyList<NotificationTicket> Written => [.. _written];

        internal void Add(NotificationTicket ticket)
        {
            _written.Enqueue(ticket);
            _outer?.Add(ticket);
        }

        public void Dispose() => _journal._current.Value = _outer;
    }
}
