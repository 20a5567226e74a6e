using Microsoft.AspNetCore.Components.Authorization;
using TeamsCrm.Core.Identity;
using TeamsCrm.Web.Identity;

namespace TeamsCrm.Web.Tab.Components;

/// <summary>
/// The signed-in person of one open tab (one circuit), as the <see cref="Caller"/> every use case takes. Resolved
/// through the people directory like the bot's sender and kept for <see cref="Lifetime"/> at most, so a change in the
/// directory (a member turned guest) reaches an open tab soon; a guest is resolved on every use (see docs/partners.md).
/// </summary>
public sealed class TabCaller(AuthenticationStateProvider authentication, HttpCallers callers, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private Caller? _caller;
    private DateTimeOffset _resolvedAt;

    /// <summary>The caller, or null when the session does not say who it is (the page then shows nothing).</summary>
    public async Task<Caller?> GetAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        // A guest is resolved every time (from the resolver's brief caches), so removing them from their organisation,
        // or archiving it, on this instance ends their open tab's access at once.
        if (_caller is { IsGuest: false } && now - _resolvedAt < Lifetime)
        {
            return _caller;
        }

        var state = await authentication.GetAuthenticationStateAsync();
        _caller = await callers.ResolveAsync(state.User, cancellationToken);
        _resolvedAt = now;
        return _caller;
    }
}
