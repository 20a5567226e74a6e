using TeamsCrm.Core.PeopleContext;
using TeamsCrm.Tab.Tests.Infrastructure;

namespace TeamsCrm.Tab.Tests.Tab;

/// <summary>The people and calendar context in the workspace: the owner's title and photo, meetings per contact and in the timeline — as Core's policy lets each viewer see them.</summary>
public sealed class PeopleContextTests : WorkspaceTestContext
{
    private sealed class AppPhotoLinks : IPersonPhotoLinks
    {
        public Uri? PhotoUrl(string tenantId, string userId) => new($"https://crm.example/people/{tenantId}/{userId}/photo?exp=1&sig=abc");
    }

    [Fact]
    public async Task Render_Member_OwnerTitleAndPhotoAndTheContactsMeetings()
    {
        await StartAsync(WorkspaceWorld.Megan, configureWorld: Scripted, photos: new AppPhotoLinks());
        var seeded = await SeededAccount.CreateAsync(World);
        var page = RenderWorkspace(seeded.AccountId);

        page.WaitForAssertion(() => Assert.Contains(ScriptedPeopleContext.OwnerTitle, page.Find("#workspace-owner").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(5));
        Assert.Equal($"/people/{WorkspaceWorld.Megan.TenantId}/{WorkspaceWorld.Megan.UserId}/photo?exp=1&sig=abc", page.Find("#workspace-owner img").GetAttribute("src"));
        var meetings = page.FindAll($"#contact-{seeded.ContactId} .crm-contact-meeting").Select(m => m.TextContent).ToArray();
        Assert.Equal(2, meetings.Length);
        Assert.StartsWith("Last met ", meetings[0], StringComparison.Ordinal);
        Assert.StartsWith("Next meeting ", meetings[1], StringComparison.Ordinal);
        var entries = page.FindAll(".crm-timeline-entry[data-kind='meeting']");
        Assert.Equal(2, entries.Count);
        Assert.Contains(ScriptedPeopleContext.Subject, entries[0].TextContent, StringComparison.Ordinal); // her own calendar
    }

    [Fact]
    public async Task Render_Guest_TitleOnlyNoPhotoNoAttendeesNoSubject()
    {
        await StartAsync(WorkspaceWorld.Pat, configureWorld: Scripted, photos: new AppPhotoLinks());
        var seeded = await SeededAccount.CreateAsync(World);
        var page = RenderWorkspace(seeded.AccountId);

        page.WaitForAssertion(() => Assert.Contains(ScriptedPeopleContext.OwnerTitle, page.Find("#workspace-owner").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(5));
        Assert.Empty(page.FindAll("#workspace-owner img"));
        Assert.Empty(page.FindAll(".crm-contact-meeting"));
        Assert.Equal(2, page.FindAll(".crm-timeline-entry[data-kind='meeting']").Count);
        Assert.DoesNotContain(ScriptedPeopleContext.Subject, page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Adele Vance", page.Markup, StringComparison.Ordinal);
    }

    private static void Scripted(IServiceCollection services) =>
        services.AddSingleton<IPeopleContextSource>(sp => new ScriptedPeopleContext(sp.GetRequiredService<TimeProvider>()));
}
