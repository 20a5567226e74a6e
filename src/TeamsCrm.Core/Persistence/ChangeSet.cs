using TeamsCrm.Core.Audit;
using TeamsCrm.Core.Notifications;

namespace TeamsCrm.Core.Persistence;

/// <summary>
/// The changes to one account's partition that must happen together: stored as one atomic
/// transaction with their audit entries. Updates and removals carry the version that was read,
/// so a concurrent change makes the whole set fail with <see cref="ConcurrencyException"/>. What people must be
/// told about the change (<see cref="Notifications"/>) is written in the same transaction, so it cannot be lost.
/// </summary>
public sealed class ChangeSet
{
    private readonly List<RecordChange> _changes = [];
    private readonly List<AuditEntry> _audit = [];
    private readonly List<PendingNotification> _notifications = [];

    public IReadOnlyList<RecordChange> Changes => _changes;

    public IReadOnlyList<AuditEntry> Audit => _audit;

    public IReadOnlyList<PendingNotification> Notifications => _notifications;

    public ChangeSet Insert(object record)
    {
        _changes.Add(new RecordChange(null, record));
        return this;
    }

    public ChangeSet Update(object before, object after)
    {
        _changes.Add(new RecordChange(before, after));
        return this;
    }

    public ChangeSet Delete(object before)
    {
        _changes.Add(new RecordChange(before, null));
        return this;
    }

    public ChangeSet Record(AuditEntry entry)
    {
        _audit.Add(entry);
        return this;
    }

    /// <summary>Someone must be told about this change once it committed (delivered by the host, durably).</summary>
    public ChangeSet Notify(PendingNotification notification)
    {
        _notifications.Add(notification);
        return this;
    }

    public ChangeSet Notify(IEnumerable<PendingNotification> pending)
    {
        _notifications.AddRange(pending);
        return this;
    }
}

/// <summary>An insert (no <see cref="Before"/>), an update (both) or a delete (no <see cref="After"/>).</summary>
public sealed record RecordChange(object? Before, object? After);
