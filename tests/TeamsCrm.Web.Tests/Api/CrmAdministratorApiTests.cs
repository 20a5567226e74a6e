using TeamsCrm.Web.Tests.Api.Support;

namespace TeamsCrm.Web.Tests.Api;

/// <summary>
/// /api/v1/crm-administrators over HTTP on the real app: the administrator (Megan) makes Lukas one and ends it again;
/// Lukas, while not one, reads the list and changes nothing; a guest finds nothing; bad input changes nothing and says why.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class CrmAdministratorApiTests(ApiHost host)
{
    private const string Path = "/api/v1/crm-administrators";

    [Fact]
    public async Task AdminAddsAndRemoves_MemberReadsOnly_GuestFindsNothing()
    {
        using var megan = host.ClientFor(DemoTenant.Megan);
        using var lukas = host.ClientFor(DemoTenant.Lukas);
        using var pat = host.ClientFor(DemoTenant.Pat);

        var listed = (await lukas.GetAsync(Path)).Expect(HttpStatusCode.OK);
        (await lukas.PostAsync(Path, new { userId = DemoTenant.Lukas.UserId })).ExpectProblem(HttpStatusCode.Forbidden, "Rule.CrmAdminsOnly");
        (await pat.GetAsync(Path)).ExpectProblem(HttpStatusCode.NotFound, "Error.NotFound");
        (await pat.PostAsync(Path, new { userId = DemoTenant.Pat.UserId })).ExpectProblem(HttpStatusCode.NotFound, "Error.NotFound");
        (await megan.PostAsync(Path, new { userId = DemoTenant.Pat.UserId })).ExpectProblem(HttpStatusCode.UnprocessableEntity, "Rule.CrmAdminNotMember");
        (await megan.PostAsync(Path, new { userId = DemoTenant.Megan.UserId })).ExpectProblem(HttpStatusCode.UnprocessableEntity, "Rule.CrmAdminAlready");
        (await megan.DeleteAsync($"{Path}/{DemoTenant.Megan.UserId}", null)).ExpectProblem(HttpStatusCode.UnprocessableEntity, "Rule.CrmAdminLast");

        Assert.Equal(("Megan Bowen", DemoTenant.Megan.UserId), (listed["items.0.displayName"], listed["items.0.userId"]));
        Assert.Single(listed.Json["items"]!.AsArray());

        var added = (await megan.PostAsync(Path, new { userId = DemoTenant.Lukas.UserId })).Expect(HttpStatusCode.OK);
        try
        {
            Assert.Equal(["Megan Bowen", "Lukas Schneider"], added.Json["items"]!.AsArray().Select(i => (string?)i!["displayName"]));
        }
        finally
        {
            var removed = (await megan.DeleteAsync($"{Path}/{DemoTenant.Lukas.UserId}", null)).Expect(HttpStatusCode.OK);
            Assert.Equal(["Megan Bowen"], removed.Json["items"]!.AsArray().Select(i => (string?)i!["displayName"]));
        }
    }
}
