using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.FluentUI.AspNetCore.Components;
using TeamsCrm.Core.People;
using TeamsCrm.Web.Identity;
using TeamsCrm.Web.Tab.Components;
using TeamsCrm.Web.Tab.MyCrm;
using TeamsCrm.Web.Tab.Workspace;
using TeamsCrm.Web.Tests.Api.Support;

namespace TeamsCrm.Web.Tests.Isolation;

/// <summary>
/// The tab's circuit surface: what the Blazor server renders into a signed-in user's interactive session — the
/// target's account page and My CRM, rendered interactively by bUnit on the real app's services (its store, use cases
/// and directory) until nothing is loading any more. The markup is what the circuit's render batches carry to the
/// browser; the server-rendered HTML and the sign-in exchange are the "tab page HTML" surface.
/// </summary>
internal sealed class IsolationCircuit(ApiHost host)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    public async Task<string?> ReadAsync(IsolationUser user, IsolationTarget target)
    {
        if (user.Caller is not { } signedIn)
        {
            return null;
        }

        await using var app = host.Factory.Services.CreateAsyncScope(); // the circuit's scope in the app
        await using var circuit = Start(signedIn, app.ServiceProvider);
        var workspace = circuit.Render<WorkspacePage>(p => p.Add(c => c.AccountId, target.AccountId));
        workspace.WaitForAssertion(() => Assert.NotEmpty(workspace.FindAll("#workspace-not-found, #crm-workspace[data-people='loaded']")), Wait);
        var myCrm = circuit.Render<MyCrmPage>();
        myCrm.WaitForAssertion(() => Assert.True(myCrm.FindAll(".crm-sections").Count == 1 && myCrm.FindAll("[data-crm-loading]").Count == 0), Wait);
        return workspace.Markup + "\n" + myCrm.Markup;
    }

    /// <summary>A circuit of <paramref name="signedIn"/> on the app's services: the tab's own registrations here, everything else from the app.</summary>
    private static BunitContext Start(Caller signedIn, IServiceProvider app)
    {
        var circuit = new BunitContext();
        circuit.JSInterop.Mode = JSRuntimeMode.Loose;
        circuit.Services.AddFluentUIComponents();
        circuit.Services.AddLocalization();
        circuit.Services.AddSingleton(app.GetRequiredService<TeamsCrm.Core.PeopleContext.IPersonPhotoLinks>());
        circuit.Services.AddSingleton(_ => new HttpCallers(app.GetRequiredService<CallerResolver>()));
        circuit.Services.AddScoped(sp => new TabCaller(sp.GetRequiredService<AuthenticationStateProvider>(), sp.GetRequiredService<HttpCallers>(), app.GetRequiredService<TimeProvider>()));
        circuit.Services.AddScoped<ITabWork>(_ => new TabWork(app.GetRequiredService<TurnNotifications>()));
        circuit.Services.AddScoped<TabClock>();
        var authorization = circuit.AddAuthorization();
        authorization.SetAuthorized(signedIn.DisplayName);
        authorization.SetClaims(new Claim(CrmClaims.TenantId, signedIn.TenantId), new Claim(CrmClaims.ObjectId, signedIn.UserId));
        circuit.Services.AddFallbackServiceProvider(app);
        circuit.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        return circuit;
    }
}
