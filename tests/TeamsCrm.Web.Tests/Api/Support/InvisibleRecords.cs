using TeamsCrm.Core.Comments;
using TeamsCrm.Core.Common;
using TeamsCrm.Core.Contacts;
using TeamsCrm.Core.FollowUps;
using TeamsCrm.Core.Handoffs;

namespace TeamsCrm.Web.Tests.Api.Support;

/// <summary>
/// An account with one record of every kind that a caller must not be able to tell apart from nothing: the same ids
/// answer exactly like ids that never existed.
/// </summary>
public sealed record InvisibleRecords(string AccountId, string ContactId, string DealId, string CommentId, string TaskId, string HandoffId, Caller? Owner = null)
{
    /// <summary>Ids that are not ids at all.</summary>
    public static InvisibleRecords Malformed { get; } = new("not-an-id", "x", "12345", "a%7Cb", "bad%20id", "zz");

    /// <summary>An account of <paramref name="owner"/>'s tenant (unshared) with a contact, a deal, a comment, a task and a handoff.</summary>
    internal static async Task<InvisibleRecords> CreateAsync(ApiHost host, Caller owner, Caller colleague)
    {
        var services = host.Factory.Services;
        var account = (await services.GetRequiredService<TeamsCrm.Core.Accounts.AccountService>()
            .CreateAsync(owner, new TeamsCrm.Core.Accounts.AccountInput("Invisible " + Guid.NewGuid().ToString("N")[..8], Segment: "Secret"), allowSimilarName: true)).Value!;
        var contact = (await services.GetRequiredService<ContactService>().CreateAsync(owner, account.Id, new ContactInput("Hidden", "Contact"))).Value!;
        var deal = (await services.GetRequiredService<DealService>().CreateAsync(owner, account.Id, new DealInput("Hidden deal", 1_000m))).Value!;
        var comment = (await services.GetRequiredService<CommentService>().AddAsync(owner, account.Id, new CommentInput("Hidden comment", Visibility: CommentVisibility.Shared))).Value!;
        var task = (await services.GetRequiredService<FollowUpService>().CreateAsync(owner, account.Id, new FollowUpInput("Hidden task"))).Value!;
        var handoff = await services.GetRequiredService<HandoffService>().HandOffAsync(owner, new HandoffRequest(account.Id, deal.Id, colleague));
        Assert.True(handoff.IsSuccess, handoff.Error?.Code);
        return new InvisibleRecords(account.Id, contact.Id, deal.Id, comment.Id, task.Id, handoff.Value!.Id, owner);
    }

    /// <summary>Everything of the account as its owner reads it through the use cases, as JSON: equal before and after means nothing changed.</summary>
    internal async Task<string> SnapshotAsync(ApiHost host)
    {
        var services = host.Factory.Services;
        var owner = Owner ?? throw new InvalidOperationException("Malformed ids have no records.");
        var all = new PageRequest(PageRequest.MaxSize);
        object?[] state =
        [
            (await services.GetRequiredService<TeamsCrm.Core.Accounts.AccountService>().GetAsync(owner, AccountId)).Value,
            (await services.GetRequiredService<ContactService>().ListAsync(owner, AccountId, all)).Value,
            (await services.GetRequiredService<DealService>().ListAsync(owner, AccountId, all)).Value,
            (await services.GetRequiredService<CommentService>().ListAsync(owner, AccountId, all)).Value,
            (await services.GetRequiredService<TeamsCrm.Core.Interactions.InteractionService>().ListAsync(owner, AccountId, all)).Value,
            (await services.GetRequiredService<FollowUpService>().ListAsync(owner, AccountId, all)).Value,
            (await services.GetRequiredService<HandoffService>().GetAsync(owner, AccountId, HandoffId)).Value?.Handoff,
        ];
        return System.Text.Json.JsonSerializer.Serialize(state);
    }

    /// <summary>A member of another tenant and a colleague of theirs, for an account the demo tenant cannot reach.</summary>
    internal static (Caller Owner, Caller Colleague) OtherTenantPeople() =>
        (new Caller(ApiHost.OtherTenantId, Guid.NewGuid().ToString(), "Other Owner", CallerRole.Member),
         new Caller(ApiHost.OtherTenantId, Guid.NewGuid().ToString(), "Other Colleague", CallerRole.Member));
}
