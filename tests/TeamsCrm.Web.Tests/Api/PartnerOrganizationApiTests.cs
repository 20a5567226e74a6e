using TeamsCrm.Core.Partners;
using TeamsCrm.Web.Tests.Api.Support;

namespace TeamsCrm.Web.Tests.Api;

/// <summary>
/// /api/v1/partner-organizations over HTTP on the real app: the CRM administrator (Megan) creates, renames, moves a guest
/// in and out and archives, each with If-Match; another member (Lukas) reads everything and changes nothing; a partner
/// sees only their own organisation's name; a user of another tenant nothing; bad input changes nothing and says why.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class PartnerOrganizationApiTests(ApiHost host)
{
    private const string Path = "/api/v1/partner-organizations";

    [Fact]
    public async Task Lifecycle_AdminManagesWithIfMatch_MemberReadsOnly_PartnerSeesOwnNameOnly()
    {
        using var megan = host.ClientFor(DemoTenant.Megan);
        using var lukas = host.ClientFor(DemoTenant.Lukas);
        var name = $"Api Partners {Guid.NewGuid().ToString("N")[..6]}";

        var created = (await megan.PostAsync(Path, new { name, emailDomains = new[] { "apipartners.example" } })).Expect(HttpStatusCode.Created);
        var byMember = await lukas.PostAsync(Path, new { name = name + " 2" });
        var renameWithoutIfMatch = await megan.PutAsync(created.Location!, new { name = name + " Renamed" }, ifMatch: null);
        var renamed = (await megan.PutAsync(created.Location!, new { name = name + " Renamed" }, created.ETag)).Expect(HttpStatusCode.OK);
        var renameStale = await megan.PutAsync(created.Location!, new { name = name + " Again" }, created.ETag);
        var listedForMember = (await lukas.GetAsync(Path)).Expect(HttpStatusCode.OK);

        Assert.Equal((name, "apipartners.example"), (created["name"], created["emailDomains.0"]));
        Assert.EndsWith($"{Path}/{created["id"]}", created.Location, StringComparison.Ordinal);
        byMember.ExpectProblem(HttpStatusCode.Forbidden, "Rule.PartnerAdminsOnly");
        renameWithoutIfMatch.ExpectProblem(HttpStatusCode.PreconditionRequired, "Api.IfMatchRequired");
        Assert.Equal(name + " Renamed", renamed["name"]);
        renameStale.ExpectProblem(HttpStatusCode.PreconditionFailed, "Error.Conflict");
        Assert.Equal((name + " Renamed", renamed.ETag), (renameStale["current.name"], renameStale.ETag));
        Assert.Contains(name + " Renamed", listedForMember.Json["items"]!.AsArray().Select(o => (string?)o!["name"]));
        Assert.DoesNotContain(listedForMember.Json["items"]!.AsArray(), o => o!["name"]!.GetValue<string>() == name + " 2");

        // Rosa moves from Lakeshore Partners to the new organisation and back; the removal and the addition each take If-Match.
        var lakeshorePath = $"{Path}/{DemoTenant.LakeshorePartners.Id}";
        var elsewhere = await megan.PostAsync(created.Location + "/members", new { userId = DemoTenant.Rosa.UserId });
        var notAGuest = await megan.PostAsync(created.Location + "/members", new { userId = DemoTenant.Lukas.UserId });
        try
        {
            var lakeshore = (await megan.GetAsync(lakeshorePath)).Expect(HttpStatusCode.OK);
            (await megan.DeleteAsync($"{lakeshorePath}/members/{DemoTenant.Rosa.UserId}", null)).ExpectProblem(HttpStatusCode.PreconditionRequired, "Api.IfMatchRequired");
            (await megan.DeleteAsync($"{lakeshorePath}/members/{DemoTenant.Rosa.UserId}", lakeshore.ETag)).Expect(HttpStatusCode.OK);
            var joined = (await megan.PostAsync(created.Location + "/members", new { userId = DemoTenant.Rosa.UserId })).Expect(HttpStatusCode.OK);
            using var rosa = host.ClientFor(DemoTenant.Rosa);
            var ownList = (await rosa.GetAsync(Path)).Expect(HttpStatusCode.OK);
            var own = (await rosa.GetAsync(created.Location!)).Expect(HttpStatusCode.OK);
            var former = await rosa.GetAsync(lakeshorePath);
            var createByGuest = await rosa.PostAsync(Path, new { name = name + " by a guest" });

            Assert.Equal(DemoTenant.Rosa.UserId, joined["members.0.userId"]);
            var item = Assert.Single(ownList.Json["items"]!.AsArray())!.AsObject();
            Assert.Equal(name + " Renamed", (string?)item["name"]);
            Assert.Equal(["id", "name", "isArchived"], item.Select(p => p.Key));
            Assert.Equal(["id", "name", "isArchived"], own.Json.AsObject().Select(p => p.Key));
            Assert.Null(own.ETag);
            former.ExpectProblem(HttpStatusCode.NotFound, "Error.NotFound");
            createByGuest.ExpectProblem(HttpStatusCode.NotFound, "Error.NotFound");
        }
        finally
        {
            var service = host.Factory.Services.GetRequiredService<PartnerOrganizationService>();
            await service.RemoveMemberAsync(DemoTenant.Megan, created["id"]!, DemoTenant.Rosa.UserId);
            await service.AddMemberAsync(DemoTenant.Megan, DemoTenant.LakeshorePartners.Id, DemoTenant.Rosa.UserId);
        }

        elsewhere.ExpectProblem(HttpStatusCode.UnprocessableEntity, "Rule.PartnerMemberElsewhere");
        notAGuest.ExpectProblem(HttpStatusCode.UnprocessableEntity, "Rule.PartnerMemberNotGuest");
        var current = (await megan.GetAsync(created.Location!)).Expect(HttpStatusCode.OK);
        (await megan.PostAsync(created.Location + "/archive")).ExpectProblem(HttpStatusCode.PreconditionRequired, "Api.IfMatchRequired");
        using var archive = new HttpRequestMessage(HttpMethod.Post, new Uri(created.Location + "/archive", UriKind.Relative));
        archive.Headers.TryAddWithoutValidation("If-Match", current.ETag);
        using var archivedResponse = await megan.Http.SendAsync(archive);
        Assert.Equal("true", (await ApiAnswer.ReadAsync(archivedResponse)).Expect(HttpStatusCode.OK)["isArchived"]);
        var audit = await host.Factory.Services.GetRequiredService<PartnerOrganizationService>().AuditAsync(DemoTenant.Megan, 100);
        Assert.Equal(
            ["PartnerOrganizationCreated", "PartnerOrganizationRenamed", "PartnerMemberAdded", "PartnerOrganizationArchived"],
            audit.Where(e => e.RecordId == created["id"] && e.Action != "PartnerMemberRemoved").Select(e => e.Action).Reverse());
    }

    [Fact]
    public async Task Create_BadInput_ClearMessageAndNothingCreated()
    {
        using var megan = host.ClientFor(DemoTenant.Megan);
        var before = (await megan.GetAsync(Path)).Expect(HttpStatusCode.OK).Json["items"]!.AsArray().Count;

        var empty = await megan.PostAsync(Path, new { name = "  " });
        var tooLong = await megan.PostAsync(Path, new { name = new string('x', 101) });
        var badDomain = await megan.PostAsync(Path, new { name = "Domainless " + Guid.NewGuid().ToString("N")[..6], emailDomains = new[] { "not a domain" } });
        var taken = await megan.PostAsync(Path, new { name = DemoTenant.FabrikamPartners.Name });

        empty.ExpectProblem(HttpStatusCode.BadRequest, "Error.Invalid");
        Assert.NotNull(empty["errors.name.0"]);
        tooLong.ExpectProblem(HttpStatusCode.BadRequest, "Error.Invalid");
        badDomain.ExpectProblem(HttpStatusCode.BadRequest, "Error.Invalid");
        Assert.NotNull(badDomain["errors.domains.0"]);
        taken.ExpectProblem(HttpStatusCode.UnprocessableEntity, "Rule.PartnerNameTaken");
        Assert.Equal(before, (await megan.GetAsync(Path)).Expect(HttpStatusCode.OK).Json["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task ListAndGet_UserOfAnotherTenant_NothingOfThisTenant()
    {
        var (other, _) = InvisibleRecords.OtherTenantPeople();
        using var client = host.ClientFor(other);

        var list = await client.GetAsync(Path);
        var one = await client.GetAsync($"{Path}/{DemoTenant.FabrikamPartners.Id}");

        Assert.All(new[] { list, one }, answer => Assert.DoesNotContain(DemoTenant.FabrikamPartners.Name, answer.Text, StringComparison.Ordinal));
        Assert.All(new[] { list, one }, answer => Assert.DoesNotContain(DemoTenant.Pat.DisplayName, answer.Text, StringComparison.Ordinal));
        Assert.NotEqual(HttpStatusCode.OK, one.Status);
    }
}
