using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Comments;
using TeamsCrm.Core.Partners;
using TeamsCrm.Web.Tests.Api.Support;

namespace TeamsCrm.Web.Tests.Isolation;

/// <summary>
/// What a caller must never receive: each target is an account id and a name to ask for (without the run's unique
/// part, so an answer that echoes the question proves nothing), and the words that would prove a leak if they reached
/// the caller (unique per run). <see cref="AppliesTo"/> says which users may not see it
/// (a member legitimately sees their tenant's internal fields).
/// </summary>
internal sealed record IsolationTarget(string Name, string AccountId, string AskName, IReadOnlyList<string> Secrets, Func<IsolationUser, bool> AppliesTo);

internal static class IsolationTargets
{
    /// <summary>Writes the records through the use cases and returns one target per row of the "targets".</summary>
    public static async Task<IReadOnlyList<IsolationTarget>> CreateAsync(ApiHost host)
    {
        var services = host.Factory.Services;
        var run = Guid.NewGuid().ToString("N")[..8];
        var accounts = services.GetRequiredService<AccountService>();
        var megan = DemoTenant.Megan;

        var unshared = Ok(await accounts.CreateAsync(megan, new AccountInput($"Isolation Unshared {run}", Segment: $"IsoUnsharedSegment{run}"), allowSimilarName: true));
        var shared = Ok(await accounts.CreateAsync(megan, new AccountInput($"Isolation Shared {run}", Segment: $"IsoSegment{run}"), allowSimilarName: true));
        Ok(await services.GetRequiredService<DealService>().CreateAsync(megan, shared.Id, new DealInput($"Iso deal {run}", 1_000m, Probability: 37, Source: $"IsoSource{run}")));
        Ok(await services.GetRequiredService<CommentService>().AddAsync(megan, shared.Id, new CommentInput($"IsoInternalComment{run}")));
        var shares = services.GetRequiredService<ShareService>();
        Ok(await shares.ShareAsync(megan, shared.Id, DemoTenant.FabrikamPartners.Id, ShareLevel.Edit));
        var otherPartner = new PartnerOrganization($"iso-partners-{run}", $"IsoPartners{run}", [$"isopartners{run}.example"]);
        await services.GetRequiredService<IPartnerDirectory>().UpsertAsync(DemoTenant.TenantId, otherPartner);
        Ok(await shares.ShareAsync(megan, shared.Id, otherPartner.Id, ShareLevel.Read));
        var (otherOwner, _) = InvisibleRecords.OtherTenantPeople();
        var elsewhere = Ok(await accounts.CreateAsync(otherOwner, new AccountInput($"Isolation Elsewhere {run}", Segment: $"IsoElsewhereSegment{run}"), allowSimilarName: true));

        static bool Guests(IsolationUser u) => u.Kind != IsolationUserKind.Member;
        return
        [
            new("unshared account", unshared.Id, "Isolation Unshared", [unshared.Name, $"IsoUnsharedSegment{run}"], Guests),
            new("shared account's internal fields", shared.Id, "Isolation Shared", [$"IsoSegment{run}", $"IsoSource{run}"], Guests),
            new("internal comments", shared.Id, "Isolation Shared", [$"IsoInternalComment{run}"], Guests),
            new("the other partner's shares", shared.Id, "Isolation Shared", [otherPartner.Name], Guests),
            new("another tenant's data", elsewhere.Id, "Isolation Elsewhere", [elsewhere.Name, $"IsoElsewhereSegment{run}"], _ => true),
            new("guessed ids", CrmIdsLike(), "Isolation", [unshared.Name, elsewhere.Name, $"IsoSegment{run}", $"IsoInternalComment{run}", otherPartner.Name], u => u.Kind != IsolationUserKind.Member),
        ];
    }

    /// <summary>An id shaped like a real one (a GUID) that names nothing.</summary>
    private static string CrmIdsLike() => Guid.CreateVersion7().ToString();

    private static T Ok<T>(Core.Common.CrmResult<T> result)
    {
        Assert.True(result.IsSuccess, result.Error?.Code);
        return result.Value!;
    }
}
