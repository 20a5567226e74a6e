namespace TeamsCrm.Storage.Tests.Channels;

public sealed class ChannelLinkTests
{
    private const string Tenant = "tenant-channels";
    private const string Channel = "19:contoso-account@thread.tacv2";

    [Fact]
    public async Task LinkAsync_Member_LinksAndRelinksTheChannel()
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var contoso = await crm.AccountAsync(megan, "Contoso Ltd");
        var fabrikam = await crm.AccountAsync(megan, "Fabrikam Inc");

        var first = await crm.ChannelLinks.LinkAsync(megan, Channel, "19:sales@thread.tacv2", contoso.Id);
        var second = await crm.ChannelLinks.LinkAsync(megan, Channel, "19:sales@thread.tacv2", fabrikam.Id);

        Assert.True(first.IsSuccess);
        Assert.Equal(fabrikam.Id, second.Value!.AccountId);
        Assert.Equal(fabrikam.Id, (await crm.ChannelLinks.GetAsync(megan, Channel)).Value!.AccountId);
        Assert.True((await crm.ChannelLinks.UnlinkAsync(megan, Channel)).IsSuccess);
        Assert.Equal(CrmErrorKind.NotFound, (await crm.ChannelLinks.GetAsync(megan, Channel)).Error!.Kind);
    }

    [Fact]
    public async Task LinkAsync_WithTheTabsPage_KeepsItForTheSameAccountAndDropsItForAnother()
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var contoso = await crm.AccountAsync(megan, "Contoso Ltd");
        var fabrikam = await crm.AccountAsync(megan, "Fabrikam Inc");

        await crm.ChannelLinks.LinkAsync(megan, Channel, "19:sales@thread.tacv2", contoso.Id, pageId: contoso.Id);
        var stored = (await crm.ChannelLinks.GetAsync(megan, Channel)).Value!;
        await crm.ChannelLinks.LinkAsync(megan, Channel, "19:sales@thread.tacv2", contoso.Id);
        var relinked = (await crm.ChannelLinks.GetAsync(megan, Channel)).Value!;
        await crm.ChannelLinks.LinkAsync(megan, Channel, "19:sales@thread.tacv2", fabrikam.Id);
        var other = (await crm.ChannelLinks.GetAsync(megan, Channel)).Value!;

        Assert.Equal(contoso.Id, stored.PageId);
        Assert.Equal(contoso.Id, relinked.PageId);
        Assert.Null(other.PageId);
    }

    [Fact]
    public async Task LinkAsync_GuestOrOtherTenant_CannotLinkOrSeeTheLink()
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var account = await crm.AccountAsync(megan, "Contoso Ltd");
        await crm.ChannelLinks.LinkAsync(megan, Channel, null, account.Id);
        var guest = CrmTestStore.Guest(Tenant, "Pat", "fabrikam-partners");
        var stranger = CrmTestStore.Member("tenant-other", "Mallory");

        Assert.Equal(CrmErrorKind.NotFound, (await crm.ChannelLinks.LinkAsync(guest, Channel, null, account.Id)).Error!.Kind);
        Assert.Equal(CrmErrorKind.NotFound, (await crm.ChannelLinks.GetAsync(guest, Channel)).Error!.Kind);
        Assert.Equal(CrmErrorKind.NotFound, (await crm.ChannelLinks.GetAsync(stranger, Channel)).Error!.Kind);
        Assert.Equal(CrmErrorKind.NotFound, (await crm.ChannelLinks.UnlinkAsync(stranger, Channel)).Error!.Kind);
        Assert.Equal(account.Id, (await crm.ChannelLinks.GetAsync(megan, Channel)).Value!.AccountId);
    }

    [Theory]
    [InlineData("19:bad|channel")]
    [InlineData("19:bad/channel")]
    [InlineData("")]
    public async Task LinkAsync_InvalidChannelId_IsRejectedAndLinksNothing(string channelId)
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var account = await crm.AccountAsync(megan, "Contoso Ltd");

        var result = await crm.ChannelLinks.LinkAsync(megan, channelId, null, account.Id);

        Assert.Equal(CrmErrorKind.Validation, result.Error!.Kind);
        Assert.Equal("channelId", Assert.Single(result.Error.Fields).Field);
    }

    [Theory]
    [InlineData("")]
    [InlineData("19:bad|channel")]
    [InlineData("19:bad/channel")]
    public async Task GetAsync_UnstorableChannelId_IsNotFound(string channelId)
    {
        var crm = await CrmTestStore.CreateAsync();

        Assert.Equal(CrmErrorKind.NotFound, (await crm.ChannelLinks.GetAsync(CrmTestStore.Member(Tenant, "Megan"), channelId)).Error!.Kind);
    }
}
