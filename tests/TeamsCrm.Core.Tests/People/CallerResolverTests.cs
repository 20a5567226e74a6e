using Moq;
using TeamsCrm.Core.People;

namespace TeamsCrm.Core.Tests.People;

public sealed class CallerResolverTests
{
    private const string Tenant = "tenant-1";
    private static readonly PartnerOrganization Fabrikam = new("fabrikam-partners", "Fabrikam Partners", ["fabrikampartners.example"]);

    [Fact]
    public async Task ResolveAsync_Member_IsMember()
    {
        var caller = await Resolver(new Person("u1", "Megan Bowen", "meganb@contoso.example", "meganb@contoso.example", null, null, false))
            .ResolveAsync(Tenant, "u1", null, claimsGuest: false);

        Assert.Equal(new Caller(Tenant, "u1", "Megan Bowen", CallerRole.Member), caller);
    }

    [Fact]
    public async Task ResolveAsync_GuestWithPartnerDomain_GetsTheOrganisation()
    {
        var caller = await Resolver(new Person("u2", "Pat Reyes", "pat.reyes@FabrikamPartners.example", null, null, null, true))
            .ResolveAsync(Tenant, "u2", null, claimsGuest: false);

        Assert.Equal(CallerRole.Guest, caller.Role);
        Assert.Equal(Fabrikam.Id, caller.PartnerOrganizationId);
    }

    [Fact]
    public async Task ResolveAsync_GuestWithoutEmail_UsesTheHomeAddressInTheExtUpn()
    {
        var caller = await Resolver(new Person("u2", "Pat Reyes", null, "pat.reyes_fabrikampartners.example#EXT#@contoso.example", null, null, true))
            .ResolveAsync(Tenant, "u2", null, claimsGuest: false);

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

    private static CallerResolver Resolver(Person? person)
    {
        var people = new Mock<IPeopleDirectory>();
        people.Setup(p => p.GetAsync(Tenant, It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(person);
        var partners = new Mock<IPartnerDirectory>();
        partners.Setup(p => p.ListAsync(Tenant, It.IsAny<CancellationToken>())).ReturnsAsync([Fabrikam]);
        return new CallerResolver(people.Object, partners.Object);
    }
}
