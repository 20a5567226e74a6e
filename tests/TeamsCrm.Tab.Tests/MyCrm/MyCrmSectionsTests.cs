using System.Globalization;
using TeamsCrm.Core.Meetings;
using TeamsCrm.Tab.Tests.Infrastructure;
using TeamsCrm.Web.Tab.Components;
using TeamsCrm.Web.Tab.MyCrm;

namespace TeamsCrm.Tab.Tests.MyCrm;

/// <summary>My CRM's "upcoming customer meetings" and "recent activity on my accounts" sections, rendered with bUnit.</summary>
public sealed class MyCrmSectionsTests : WorkspaceTestContext
{
    [Fact]
    public async Task UpcomingMeetings_Owner_WhenSubjectAndAccountLink()
    {
        await StartAsync(WorkspaceWorld.Megan, configureWorld: MyCrmWorld.Scripted);
        var seeded = await SeededAccount.CreateAsync(World);
        var expected = Assert.Single(await World.Get<UpcomingMeetingsService>().ListAsync(WorkspaceWorld.Megan));

        var section = Render<UpcomingMeetingsSection>(p => p.Add(c => c.Caller, WorkspaceWorld.Megan));

        section.WaitForElement(".crm-upcoming-meeting", TimeSpan.FromSeconds(10));
        var item = section.Find(".crm-upcoming-meeting");
        Assert.Equal(ScriptedPeopleContext.Subject, item.QuerySelector(".crm-meeting-subject")!.TextContent);
        Assert.Equal(AccountLink.For(seeded.AccountId), item.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Contoso Ltd", item.QuerySelector("a")!.TextContent);
        Assert.Equal(expected.Item.Start.ToString("g", CultureInfo.GetCultureInfo("en-US")), item.QuerySelector("time")!.TextContent);
    }

    [Fact]
    public async Task UpcomingMeetings_German_HeadingAndDateInGerman()
    {
        await StartAsync(WorkspaceWorld.Megan, "de-DE", MyCrmWorld.Scripted);
        await SeededAccount.CreateAsync(World);
        var expected = Assert.Single(await World.Get<UpcomingMeetingsService>().ListAsync(WorkspaceWorld.Megan));

        var section = Render<UpcomingMeetingsSection>(p => p.Add(c => c.Caller, WorkspaceWorld.Megan));

        section.WaitForElement(".crm-upcoming-meeting", TimeSpan.FromSeconds(10));
        Assert.Equal("Anstehende Kundentermine", section.Find("h2").TextContent);
        Assert.Equal(expected.Item.Start.ToString("g", CultureInfo.GetCultureInfo("de-DE")), section.Find(".crm-upcoming-meeting time").TextContent);
    }

    [Fact]
    public async Task UpcomingMeetings_Guest_NoneAndNoSubject()
    {
        await StartAsync(WorkspaceWorld.Pat, configureWorld: MyCrmWorld.Scripted);
        await SeededAccount.CreateAsync(World);

        var section = Render<UpcomingMeetingsSection>(p => p.Add(c => c.Caller, WorkspaceWorld.Pat));

        section.WaitForAssertion(() => Assert.Contains("You have no upcoming meetings with customers.", section.Markup, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Empty(section.FindAll(".crm-upcoming-meeting"));
        Assert.DoesNotContain(ScriptedPeopleContext.Subject, section.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecentActivity_ColleagueChanges_InTimelineWordsWithAccountLink()
    {
        await StartAsync(WorkspaceWorld.Megan);
        var seeded = await SeededAccount.CreateAsync(World);
        await MyCrmWorld.LukasChangesAsync(World, seeded);

        var section = Render<RecentActivitySection>(p => p.Add(c => c.Caller, WorkspaceWorld.Megan));

        section.WaitForElement(".crm-recent-activity", TimeSpan.FromSeconds(10));
        var items = section.FindAll(".crm-recent-activity");
        Assert.Equal(["interaction", "audit"], items.Select(i => i.GetAttribute("data-kind")));
        Assert.Contains("Lukas Schneider logged a touchpoint with Emma Hughes: phone, inbound", items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Lukas Schneider commented", items[1].TextContent, StringComparison.Ordinal);
        Assert.All(items, i => Assert.Equal(AccountLink.For(seeded.AccountId), i.QuerySelector("a")!.GetAttribute("href")));
        Assert.DoesNotContain("Megan", section.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecentActivity_German_Words()
    {
        await StartAsync(WorkspaceWorld.Megan, "de-DE");
        await SeededAccount.CreateAsync(World);

        var section = Render<RecentActivitySection>(p => p.Add(c => c.Caller, WorkspaceWorld.Megan));

        section.WaitForAssertion(() => Assert.Contains("Niemand sonst hat Ihre Accounts in letzter Zeit geändert.", section.Markup, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Equal("Neues bei meinen Accounts", section.Find("h2").TextContent);
    }

    [Fact]
    public async Task RecentActivity_Guest_NoSection()
    {
        await StartAsync(WorkspaceWorld.Pat);
        var seeded = await SeededAccount.CreateAsync(World);
        await MyCrmWorld.LukasChangesAsync(World, seeded);

        var section = Render<RecentActivitySection>(p => p.Add(c => c.Caller, WorkspaceWorld.Pat));

        Assert.Empty(section.FindAll("section"));
        Assert.DoesNotContain(MyCrmWorld.LukasCall, section.Markup, StringComparison.Ordinal);
    }
}
