using System.Collections.Concurrent;
using Azure.Core;

namespace TeamsCrm.Graph.Tests.Stub;

/// <summary>Hands out a fixed token and records the scopes asked for: no identity provider is ever contacted.</summary>
public sealed class FakeTokenCredential : TokenCredential
{
    public const string Token = "fake-graph-token";

    private readonly ConcurrentQueue<string[]> _requestedScopes = new();

    public IReadOnlyList<string[]> RequestedScopes => [.. _requestedScopes];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        _requestedScopes.Enqueue(requestContext.Scopes);
        return new AccessToken(Token, DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
