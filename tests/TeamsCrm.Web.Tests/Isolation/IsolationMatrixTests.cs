using System.Globalization;
using System.Text;
using TeamsCrm.Web.Tests.Api.Support;
using Xunit.Abstractions;

namespace TeamsCrm.Web.Tests.Isolation;

/// <summary>
/// The isolation matrix of issue 14 ("Must show"): users × surfaces × targets against the real app over HTTP, on
/// Azurite. Every case reads what the user receives on that surface for that target and fails on any of the target's
/// secret words; the matrix is printed with the number of cases per cell. New surfaces are rows of
/// <see cref="IsolationSurfaces.All"/>; new users rows of <see cref="Users"/>.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class IsolationMatrixTests(ApiHost host, ITestOutputHelper output)
{
    private static IReadOnlyList<IsolationUser> Users { get; } =
    [
        new("member", IsolationUserKind.Member, DemoTenant.Megan),
        new("guest of partner A (Fabrikam Partners)", IsolationUserKind.PartnerGuest, DemoTenant.Pat),
        new("guest of partner B (Lakeshore Partners)", IsolationUserKind.PartnerGuest, DemoTenant.Rosa),
        new("guest in no organisation", IsolationUserKind.GuestWithoutOrganisation, new Caller(DemoTenant.TenantId, Guid.NewGuid().ToString(), "Unlisted Guest", CallerRole.Guest)),
        new("user of another tenant", IsolationUserKind.OtherTenant, new Caller(ApiHost.OtherTenantId, Guid.NewGuid().ToString(), "Olga Other", CallerRole.Member)),
        new("anonymous meeting participant", IsolationUserKind.Anonymous, null),
    ];

    [Fact]
    public async Task Matrix_EveryUserSurfaceAndTarget_NoSecretReachesTheCaller()
    {
        var targets = await IsolationTargets.CreateAsync(host);
        var surfaces = new IsolationSurfaces(host).All;
        var counts = new Dictionary<(string User, string Surface), int>();
        var leaks = new List<string>();

        foreach (var user in Users)
        {
            foreach (var (surface, read) in surfaces)
            {
                foreach (var target in targets.Where(t => t.AppliesTo(user)))
                {
                    var received = await read(user, target);
                    if (received is null)
                    {
                        continue;
                    }

                    counts[(user.Name, surface)] = counts.GetValueOrDefault((user.Name, surface)) + 1;
                    leaks.AddRange(target.Secrets.Where(s => received.Contains(s, StringComparison.OrdinalIgnoreCase))
                        .Select(s => $"{user.Name} × {surface} × {target.Name}: '{s}'"));
                }
            }
        }

        output.WriteLine(Print(counts, surfaces.Select(s => s.Name).ToList()));
        Assert.Empty(leaks);

        // The detector sees what is there: the member does receive the shared account's internal fields on these surfaces.
        var internalFields = targets.Single(t => t.Name == "shared account's internal fields");
        foreach (var (surface, read) in surfaces.Where(s => s.Name is "REST API" or "tab page HTML" or "tab circuit" or "card refresh"))
        {
            var received = await read(Users[0], internalFields);
            Assert.True(internalFields.Secrets.Any(s => received!.Contains(s, StringComparison.Ordinal)), $"the member did not receive the internal fields on {surface}");
        }

        // The notification surface sees what is sent: Pat is told of the shared comment on the account shared with his organisation.
        var notification = surfaces.Single(s => s.Name == "proactive notification").Read;
        Assert.Contains(internalFields.Notices.Shared, await notification(Users[1], internalFields), StringComparison.Ordinal);

        Assert.Equal(((Users.Count - 1) * surfaces.Count) + 1, counts.Count); // every signed-in cell ran, and the anonymous unfurl
    }

    private static string Print(Dictionary<(string User, string Surface), int> counts, IReadOnlyList<string> surfaces)
    {
        var text = new StringBuilder("cases per cell (user × surface; each case one target, zero leaks required)\n");
        text.Append("| user | ").AppendJoin(" | ", surfaces).Append(" |\n|---|").Append(string.Concat(surfaces.Select(_ => "---|"))).Append('\n');
        foreach (var user in Users)
        {
            text.Append("| ").Append(user.Name).Append(" | ")
                .AppendJoin(" | ", surfaces.Select(s => counts.TryGetValue((user.Name, s), out var n) ? n.ToString(CultureInfo.InvariantCulture) : "—"))
                .Append(" |\n");
        }

        return text.Append("total: ").Append(counts.Values.Sum()).Append(" cases").ToString();
    }
}
