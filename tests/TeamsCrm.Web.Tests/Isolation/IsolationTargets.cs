using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Comments;
using TeamsCrm.Core.Partners;
using TeamsCrm.Web.Tests.Api.Support;

namespace TeamsCrm.Web.Tests.Isolation;

/// <summary>
/// What a caller must never receive: each target is an account id (and a deal of it), the member who owns it, a name to
/// ask for (without the run's unique part, so an answer that echoes the question proves nothing), and the words that
/// would prove a leak if they reached the caller (unique per run). <see cref="AppliesTo"/> says which users may not see
/// it (a member legitimately sees their tenant's internal fields, a partner's guest what is shared with that partner).
/// </summary>
internal sealed record IsolationTarget(string Name, string AccountId, string AskName, IReadOnlyList<string> Secrets, Func<IsolationUser, bool> AppliesTo)
{
    /// <summary>Who owns the account: the one who comments on it and hands its deal on in the notification surface.</summary>
    public Caller Owner { get; init; } = DemoTenant.Megan;

    /// <summary>A deal of the account (null when there is none).</summary>
    public string? DealId { get; init; }

    /// <summary>The words of the notices the notification surface sends (an internal comment, a shared comment, a handoff note).</summary>
    public IsolationNotices Notices { get; init; } = new(string.Empty, string.Empty);
}

/// <summary>The texts the notification surface writes on one account (<paramref name="Account"/> tells the accounts apart); unique per run.</summary>
internal sealed record IsolationNotices(string Run, string Account)
{
    public string Internal => $"IsoInternalNotice{Account}{Run}";

    public string Shared => $"IsoSharedNotice{Account}{Run}";

    public string HandoffNote => $"IsoHandoffNote{Account}{Run}";

    /// <summary>All three: none may reach someone who may not see the account.</summary>
    public string[] All => [Internal, Shared, HandoffNote];
}

internal static class IsolationTargets
{
    /// <summary>Writes the records through the use cases and returns one target per row of the "targets".</summary>
    public static async Task<IReadOnlyList<IsolationTarget>> CreateAsync(ApiHost host)
    {
        var services = host.Factory.Services;
        var run = Guid.NewGuid().ToString("N")[..8];
        var accounts = services.GetRequiredService<AccountService>();
        var deals = services.GetRequiredService<DealService>();
        var comments = services.GetRequiredService<CommentService>();
        var shares = services.GetRequiredService<ShareService>();
        var megan = DemoTenant.Megan;

        var unshared = Ok(await accounts.CreateAsync(megan, new AccountInput($"Isolation Unshared {run}", Segment: $"IsoUnsharedSegment{run}"), allowSimilarName: true));
        var unsharedDeal = Ok(await deals.CreateAsync(megan, unshared.Id, new DealInput($"IsoUnsharedDeal{run}", 500m)));

        // Shared with Fabrikam Partners (Pat's organisation) and with a third organisation whose name no guest may learn.
        var shared = Ok(await accounts.CreateAsync(megan, new AccountInput($"Isolation Shared {run}", Segment: $"IsoSegment{run}"), allowSimilarName: true));
        var sharedDeal = Ok(await deals.CreateAsync(megan, shared.Id, new DealInput($"Iso deal {run}", 1_000m, Probability: 37, Source: $"IsoSource{run}")));
        Ok(await comments.AddAsync(megan, shared.Id, new CommentInput($"IsoInternalComment{run}")));
        Ok(await comments.AddAsync(megan, shared.Id, new CommentInput($"IsoFabrikamComment{run}", Visibility: CommentVisibility.Shared)));
        Ok(await shares.ShareAsync(megan, shared.Id, DemoTenant.FabrikamPartners.Id, ShareLevel.Edit));
        var thirdPartner = new PartnerOrganization($"iso-partners-{run}", $"IsoPartners{run}", [$"isopartners{run}.example"]);
        await services.GetRequiredService<IPartnerDirectory>().UpsertAsync(DemoTenant.TenantId, thirdPartner);
        Ok(await shares.ShareAsync(megan, shared.Id, thirdPartner.Id, ShareLevel.Read));

        // Shared with Lakeshore Partners (Rosa's organisation) only.
        var lakeshore = Ok(await accounts.CreateAsync(megan, new AccountInput($"Isolation Lakeshore {run}", Segment: $"IsoLakeshoreSegment{run}"), allowSimilarName: true));
        var lakeshoreDeal = Ok(await deals.CreateAsync(megan, lakeshore.Id, new DealInput($"IsoLakeshoreDeal{run}", 2_000m)));
        Ok(await comments.AddAsync(megan, lakeshore.Id, new CommentInput($"IsoLakeshoreComment{run}", Visibility: CommentVisibility.Shared)));
        Ok(await shares.ShareAsync(megan, lakeshore.Id, DemoTenant.LakeshorePartners.Id, ShareLevel.Edit));

        var (otherOwner, _) = InvisibleRecords.OtherTenantPeople();
        var elsewhere = Ok(await accounts.CreateAsync(otherOwner, new AccountInput($"Isolation Elsewhere {run}", Segment: $"IsoElsewhereSegment{run}"), allowSimilarName: true));
        var elsewhereDeal = Ok(await deals.CreateAsync(otherOwner, elsewhere.Id, new DealInput($"IsoElsewhereDeal{run}", 3_000m)));

        static bool Guests(IsolationUser u) => u.Kind != IsolationUserKind.Member;
        static bool NotOf(IsolationUser u, PartnerOrganization organisation) => Guests(u) && u.Caller?.PartnerOrganizationId != organisation.Id;
        IsolationNotices onUnshared = new(run, "U"), onShared = new(run, "S"), onLakeshore = new(run, "L"), elsewhereNotices = new(run, "E"), guessedNotices = new(run, "G");
        return
        [
            new("unshared account", unshared.Id, "Isolation Unshared", [unshared.Name, $"IsoUnsharedSegment{run}", unsharedDeal.Title, .. onUnshared.All], Guests)
                { DealId = unsharedDeal.Id, Notices = onUnshared },
            new("shared account's internal fields", shared.Id, "Isolation Shared", [$"IsoSegment{run}", $"IsoSource{run}", onShared.Internal], Guests)
                { DealId = sharedDeal.Id, Notices = onShared },
            new("internal comments", shared.Id, "Isolation Shared", [$"IsoInternalComment{run}", onShared.Internal], Guests) { DealId = sharedDeal.Id, Notices = onShared },
            new("the other partner's shares (Fabrikam's)", shared.Id, "Isolation Shared",
                [shared.Name, sharedDeal.Title, $"IsoFabrikamComment{run}", thirdPartner.Name, .. onShared.All], u => NotOf(u, DemoTenant.FabrikamPartners))
                { DealId = sharedDeal.Id, Notices = onShared },
            new("the other partner's shares (Lakeshore's)", lakeshore.Id, "Isolation Lakeshore",
                [lakeshore.Name, lakeshoreDeal.Title, $"IsoLakeshoreComment{run}", .. onLakeshore.All], u => NotOf(u, DemoTenant.LakeshorePartners))
                { DealId = lakeshoreDeal.Id, Notices = onLakeshore },
            new("a third organisation's name", shared.Id, "Isolation Shared", [thirdPartner.Name, onShared.Internal], Guests) { DealId = sharedDeal.Id, Notices = onShared },
            new("another tenant's data", elsewhere.Id, "Isolation Elsewhere", [elsewhere.Name, $"IsoElsewhereSegment{run}", elsewhereDeal.Title, .. elsewhereNotices.All], _ => true)
                { Owner = otherOwner, DealId = elsewhereDeal.Id, Notices = elsewhereNotices },
            new("guessed ids", CrmIdsLike(), "Isolation",
                [unshared.Name, elsewhere.Name, $"IsoSegment{run}", $"IsoInternalComment{run}", thirdPartner.Name, .. guessedNotices.All], Guests)
                { DealId = CrmIdsLike(), Notices = guessedNotices },
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
