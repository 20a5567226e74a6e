using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using TeamsCrm.Web.Identity;
using TeamsCrm.Web.Tab.Workspace;

namespace TeamsCrm.Web.Tab.Components;

/// <summary>
/// The clock of one open tab: the time zone the sign-in page put into the session (the browser's own), so even the
/// first, server-rendered paint shows the viewer's local times; none when the session does not say (pages then show
/// UTC, and the workspace asks the browser once it is live).
/// </summary>
public sealed class TabClock(AuthenticationStateProvider authentication)
{
    private WorkspaceClock? _clock;

    /// <summary>The viewer's clock, or null when the session carries no time zone.</summary>
    public async Task<WorkspaceClock?> FromSessionAsync()
    {
        if (_clock is null)
        {
            var state = await authentication.GetAuthenticationStateAsync();
            var zone = state.User.FindFirstValue(CrmClaims.TimeZone);
            _clock = zone is null ? null : WorkspaceClock.For(zone);
        }

        return _clock;
    }
}
