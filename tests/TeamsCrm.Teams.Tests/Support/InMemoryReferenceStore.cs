using System.Runtime.CompilerServices;

namespace TeamsCrm.Teams.Tests.Support;

/// <summary>Conversation references in memory, counting writes.</summary>
internal sealed class InMemoryReferenceStore : IConversationReferenceStore
{
    private readonly ConcurrentDictionary<string, ConversationReference> _references = new();
    private int _writes;

    public int Writes => Volatile.Read(ref _writes);

    public Task UpsertAsync(ConversationReference reference, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _writes);
        _references[reference.TenantId + "|" + reference.ConversationId] = reference with { Unusable = false };
        return Task.CompletedTask;
    }

    public Task<ConversationReference?> GetIfExistsAsync(string tenantId, string conversationId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_references.GetValueOrDefault(tenantId + "|" + conversationId));

    public Task<ConversationReference?> GetPersonalIfExistsAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_references.Values.FirstOrDefault(r => r.TenantId == tenantId && r.ConversationType == "personal" && r.UserAadObjectId == aadObjectId));

    public Task MarkUnusableAsync(string tenantId, string conversationId, string reason, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _writes);
        if (_references.TryGetValue(tenantId + "|" + conversationId, out var existing))
        {
            _references[tenantId + "|" + conversationId] = existing with { Unusable = true, UnusableReason = reason };
        }

        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<ConversationReference> QueryAsync(string tenantId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        foreach (var reference in _references.Values.Where(r => r.TenantId == tenantId))
        {
            yield return reference;
        }
    }
}
