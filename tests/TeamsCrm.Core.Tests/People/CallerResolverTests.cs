using Moq;
using TeamsCrm.Core.People;
using TeamsCrm.Core.Settings;

namespace TeamsCrm.Core.Tests.People;

public sealed class CallerResolverTests
{
    private const string Tenant = "tenant-1";
    private static readonly PartnerOrganization Fabrikam = new("fabrikam-partners", "Fabrikam Partners", ["fabrikampartners.example"])
    {
        Members = [new PersonRef("u2", "Pat Reyes")],
    };

    [Fact]
    public async Task ResolveAsync_Member_IsMember()
    {
        var caller = await Resolver(new Person("u1", "Megan Bowen", "meganb@contoso.example", "meganb@contoso.example", null, null, false))
            .ResolveAsync(Tenant, "u1", null, claimsGuest: false);

        Assert.Equal(new Caller(Tenant, "u1", "Megan Bowen", CallerRole.Member), caller);
    }

    [Fact]
    public async Task ResolveAsync_MemberNamedInTheSettings_IsCrmAdmin()
    {
        var caller = await Resolver(new Person("admin", "Megan Bowen", "meganb@contoso.example", null, null, null, false))
            .ResolveAsync(Tenant, "admin", null, claimsGuest: false);

        Assert.True(caller.IsCrmAdmin);
        Assert.False(caller.IsGuest);
    }

    [Fact]
    public async Task ResolveAsync_GuestNamedInTheSettings_IsNoCrmAdmin()
    {
        var caller = await Resolver(new Person("admin", "Eve", "eve@elsewhere.example", null, null, null, true))
            .ResolveAsync(Tenant, "admin", null, claimsGuest: false);

        Assert.True(caller.IsGuest);
        Assert.False(caller.IsCrmAdmin);
    }

    [Fact]
    public async Task ResolveAsync_GuestListedAsMember_GetsTheOrganisation()
    {
        var caller = await Resolver(new Person("u2", "Pat Reyes", "pat.reyes@somewhere-else.example", null, null, null, true))
            .ResolveAsync(Tenant, "u2", null, claimsGuest: false);

        Assert.Equal(CallerRole.Guest, caller.Role);
        Assert.Equal(Fabrikam.Id, caller.PartnerOrganizationId);
    }

    [Fact]
    public async Task ResolveAsync_GuestWithThePartnersDomainButNoMembership_GetsNoOrganisation()
    {
        var caller = await Resolver(new Person("u9", "Mallory", "mallory@fabrikampartners.example", "mallory_fabrikampartners.example#EXT#@contoso.example", null, null, true))
            .ResolveAsync(Tenant, "u9", null, claimsGuest: false);

        Assert.True(caller.IsGuest);
        Assert.Null(caller.PartnerOrganizationId);
    }

    [Fact]
    public async Task ResolveAsync_MemberOfAnArchivedOrganisation_GetsNoOrganisation()
    {
        var caller = await Resolver(new Person("u2", "Pat Reyes", null, null, null, null, true), Fabrikam with { IsArchived = true })
            .ResolveAsync(Tenant, "u2", null, claimsGuest: false);

        Assert.True(caller.IsGuest);
        Assert.Null(caller.PartnerOrganizationId);
    }

    [Fact]
    public async Task ResolveAsync_DirectorySaysMemberButUpnIsExt_IsGuest()
    {
        var caller = await Resolver(new Person("u4", "Sam", "sam@contoso.example", "sam_partner.example#EXT#@contoso.example", null, null, false))
            .ResolveAsync(Tenant, "u4", null, claimsGuest: false);

        Assert.True(caller.IsGuest);
    }

    [Fact]
    public async Task ResolveAsync_DirectorySaysMemberButPartnerOrganisationListsThem_IsGuestOfIt()
    {
        var caller = await Resolver(new Person("u2", "Pat Reyes", "pat@contoso.example", "pat@contoso.example", null, null, false))
            .ResolveAsync(Tenant, "u2", null, claimsGuest: false);

        Assert.True(caller.IsGuest);
        Assert.Equal(Fabrikam.Id, caller.PartnerOrganizationId);
    }

    [Fact]
    public async Task ResolveAsync_MemberInDirectoryButSurfaceSaysGuest_IsGuest()
    {
        var caller = await Resolver(new Person("u3", "Eve", "eve@unknown.example", null, null, null, false))
            .ResolveAsync(Tenant, "u3", null, claimsGuest: true);

        Assert.Equal(CallerRole.Guest, caller.Role);
        Assert.Null(caller.PartnerOrganizationId);
    }

    [Fact]
    public async Task ResolveAsync_UnknownPerson_IsGuestWithoutOrganisation()
    {
        var caller = await Resolver(null).ResolveAsync(Tenant, "ghost", "Ghost", claimsGuest: false);

        Assert.Equal(new Caller(Tenant, "ghost", "Ghost", CallerRole.Guest), caller);
    }

    private static CallerResolver Resolver(Person? person, PartnerOrganization? organization = null)
    {
        organization ??= Fabrikam;
        var people = new Mock<IPeopleDirectory>();
        people.Setup(p => p.GetAsync(Tenant, It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(person);
        var partners = new Mock<IPartnerDirectory>();
        partners.Setup(p => p.FindByMemberAsync(Tenant, It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, string userId, CancellationToken _) => organization.HasMember(userId) ? organization : null);
        var settings = new Mock<ICrmSettingsStore>();
        settings.Setup(s => s.GetAsync(Tenant, It.IsAny<CancellationToken>())).ReturnsAsync(new CrmSettings([new PersonRef("admin", "Megan Bowen")]));
        return new CallerResolver(people.Object, partners.Object, settings.Object);
    }
}
