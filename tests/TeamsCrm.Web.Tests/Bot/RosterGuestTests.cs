using TeamsCrm.Teams.Connector;

namespace TeamsCrm.Web.Tests.Bot;

/// <summary>
/// The Teams roster's guest signal: a sender whom the directory calls a member but the conversation members API calls a
/// guest is a guest (here one in no organisation, told the CRM admin to ask); the answer is kept per tenant and user.
/// </summary>
public sealed class RosterGuestTests(BotHostFixture host) : IClassFixture<BotHostFixture>
{
    private BotChat Chat => host.Chat;

    [Fact]
    public async Task Message_RosterSaysGuestForADirectoryMember_IsAGuestInNoOrganisationAndToldWhomToAsk()
    {
        var chat = "a:alex-" + Guid.NewGuid().ToString("N")[..8];
        host.Connector.SetUserRole("29:" + DemoTenant.Alex.UserId, "guest");

        var reply = Assert.Single(await Chat.SayAsync(DemoTenant.Alex, chat, "my deals"));
        await Chat.SayAsync(DemoTenant.Alex, chat, "help");

        Assert.Contains("Please ask Megan Bowen to add you.", reply.Json, StringComparison.Ordinal);
        Assert.Null(reply.Body["attachments"]);
        Assert.Equal(1, host.Connector.MemberLookups("29:" + DemoTenant.Alex.UserId));
    }

    [Fact]
    public async Task Message_RosterSaysUser_StaysAMember()
    {
        var chat = "a:adele-" + Guid.NewGuid().ToString("N")[..8];
        host.Connector.SetUserRole("29:" + DemoTenant.Adele.UserId, "user");

        var reply = Assert.Single(await Chat.SayAsync(DemoTenant.Adele, chat, "my deals"));

        Assert.DoesNotContain("add you", reply.Json, StringComparison.Ordinal);
        Assert.NotNull(reply.Body["attachments"]);
    }

    [Fact]
    public async Task Message_DirectoryGuest_TheRosterIsNotAsked()
    {
        var chat = "a:pat-" + Guid.NewGuid().ToString("N")[..8];

        await Chat.SayAsync(DemoTenant.Pat, chat, "my deals");

        Assert.Equal(0, host.Connector.MemberLookups("29:" + DemoTenant.Pat.UserId));
    }

    [Theory]
    [InlineData("guest", true)]
    [InlineData("Guest", true)]
    [InlineData("anonymous", true)]
    [InlineData("user", false)]
    [InlineData(null, false)]
    public void RosterSaysGuest_UserRole_DecidesUnlessTheUpnIsExternal(string? role, bool guest)
    {
        Assert.Equal(guest, CrmTurnCallers.RosterSaysGuest(new TeamsChannelAccount { UserRole = role, UserPrincipalName = "x@teamscrm.example" }));
        Assert.True(CrmTurnCallers.RosterSaysGuest(new TeamsChannelAccount { UserRole = role, UserPrincipalName = "x_partner.example#EXT#@teamscrm.example" }));
    }
}
