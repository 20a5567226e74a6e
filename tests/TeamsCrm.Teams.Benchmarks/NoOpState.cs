using System.Runtime.CompilerServices;

namespace TeamsCrm.Teams.Benchmarks;

/// <summary>Storage left out of the measurement: every claim wins, references are dropped.</summary>
internal sealed class NoOpState : IActivityDeduplicator, IConversationReferenceStore
{
    public Task<bool> TryClaimAsync(string tenantId, string key, TimeSpan timeToLive, CancellationToken cancellationToken = default) => Task.FromResult(true);

    public Task ReleaseAsync(string tenantId, string key, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task UpsertAsync(ConversationReference reference, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<ConversationReference?> GetIfExistsAsync(string tenantId, string conversationId, CancellationToken cancellationToken = default) => Task.FromResult<ConversationReference?>(null);

    public Task<ConversationReference?> GetPersonalIfExistsAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken = default) => Task.FromResult<ConversationReference?>(null);

    public Task MarkUnusableAsync(string tenantId, string conversationId, string reason, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public async IAsyncEnumerable<ConversationReference> QueryAsync(string tenantId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.CompletedTask;
        yield break;
    }
}
