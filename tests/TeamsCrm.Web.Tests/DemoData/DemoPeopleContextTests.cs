using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.PeopleContext;
using TeamsCrm.Core.Search;

namespace TeamsCrm.Web.Tests.DemoData;

/// <summary>Development without Graph: the demo people's offline context reaches the customer card, and photos are served.</summary>
public sealed class DemoPeopleContextTests
{
    [Fact]
    public async Task CustomerContext_Development_DemoOwnerTitlePresenceAndMeetingsWithContacts()
    {
        await using var factory = new CrmWebFactory();
        using var client = factory.CreateClient();
        var services = factory.Services;
        var contoso = Assert.Single(await services.GetRequiredService<AccountSearch>().FindSameNameAsync(DemoTenant.Megan, "Contoso Ltd"));
        var people = services.GetRequiredService<CustomerContextService>();

        var card = (await services.GetRequiredService<AccountService>().GetCustomerCardAsync(DemoTenant.Megan, contoso.AccountId)).Value!;
        var context = await people.CompleteAsync(DemoTenant.Megan, card, people.Start(DemoTenant.Megan, contoso.AccountId));

        Assert.False(context.IsDegraded);
        Assert.Equal(("Account Manager", PresenceStatus.Available), (context.Owner!.JobTitle, context.Owner.Presence));
        Assert.Equal("Contoso Ltd: quarterly review", context.LastMet!.Subject);
        Assert.NotNull(context.NextMeeting);
        Assert.Contains(context.LastMet.CustomerAttendees, a => card.KeyContacts.Any(c => c.Email == a.Email));
    }

    [Fact]
    public void DemoPeople_Addresses_AreNoCustomersDomain()
    {
        var customerDomains = DemoCatalog.Companies.Select(c => c.Domain).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.All(DemoTenant.Directory.Where(p => !p.IsGuest), p => Assert.False(customerDomains.Contains(CustomerAttendeeMatcher.DomainOf(p.Email) ?? string.Empty), p.Email));
    }

    [Fact]
    public async Task PhotoEndpoint_Development_DemoPhotoWithETagAndNoneForAlex()
    {
        await using var factory = new CrmWebFactory();
        using var client = factory.CreateClient();

        var links = factory.Services.GetRequiredService<TeamsCrm.Web.People.SignedPhotoLinks>();

        using var photo = await client.GetAsync(links.PhotoUrl(DemoTenant.TenantId, DemoTenant.Megan.UserId).PathAndQuery);
        using var alex = await client.GetAsync(links.PhotoUrl(DemoTenant.TenantId, DemoTenant.Alex.UserId).PathAndQuery);
        using var otherTenant = await client.GetAsync(links.PhotoUrl("0b7e8f90-1a2b-4c3d-9e8f-a0b1c2d3e4f5", DemoTenant.Megan.UserId).PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
        Assert.Equal("image/png", photo.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], (await photo.Content.ReadAsByteArrayAsync())[..4]);
        Assert.NotNull(photo.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotFound, alex.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherTenant.StatusCode);
    }
}
