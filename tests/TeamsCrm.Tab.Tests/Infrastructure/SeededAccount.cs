using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Comments;
using TeamsCrm.Core.Contacts;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.FollowUps;
using TeamsCrm.Core.Handoffs;
using TeamsCrm.Core.Interactions;
using TeamsCrm.Core.Partners;
using TeamsCrm.Web.DemoData;

namespace TeamsCrm.Tab.Tests.Infrastructure;

/// <summary>
/// One account with something of every kind, written by Megan through the use cases: internal fields (segment, deal
/// probability and source), an open and a closed deal (moved through stages, so the audit trail has stage changes),
/// an internal and a shared comment, an interaction, a task, a handoff between two members and shares with two
/// partner organisations (Fabrikam at the level asked for, Read by default, so Pat sees it).
/// </summary>
public sealed record SeededAccount(string AccountId, string OpenDealId, string ClosedDealId, string ContactId, string TaskId, string InternalCommentId, string SharedCommentId)
{
    public const string Segment = "Strategic-Enterprise";
    public const string Source = "Trade fair Hannover";
    public const string InternalComment = "Internal: budget is 2 million, do not tell partners";
    public const string SharedComment = "Shared: proposal sent to the customer";
    public const string InteractionSummary = "Called about the pricing model";
    public const string TaskTitle = "Send the revised offer";
    public const string HandoffNote = "Lukas knows the buyer";

    public static async Task<SeededAccount> CreateAsync(WorkspaceWorld world, string name = "Contoso Ltd", ShareLevel fabrikamLevel = ShareLevel.Read)
    {
        var megan = WorkspaceWorld.Megan;
        var account = WorkspaceWorld.Ok(await world.Get<AccountService>().CreateAsync(
            megan, new AccountInput(name, Industry: "Manufacturing", Segment: Segment, Website: "https://contoso.example"), allowSimilarName: true));
        var contacts = world.Get<ContactService>();
        var contact = WorkspaceWorld.Ok(await contacts.CreateAsync(megan, account.Id, new ContactInput("Emma", "Hughes", "Buyer", "emma@contoso.example", IsKeyContact: true)));
        var deals = world.Get<DealService>();
        var open = WorkspaceWorld.Ok(await deals.CreateAsync(megan, account.Id, new DealInput("Contoso Renewal", 120_000m, "EUR", 40, Source: Source)));
        world.Tick();
        open = WorkspaceWorld.Ok(await deals.ChangeStageAsync(megan, account.Id, open.Id, DealStage.Qualified, open.Version));
        var closed = WorkspaceWorld.Ok(await deals.CreateAsync(megan, account.Id, new DealInput("Old Pilot", 5_000m, "EUR", 20, Source: Source)));
        WorkspaceWorld.Ok(await deals.ChangeStageAsync(megan, account.Id, closed.Id, DealStage.Lost, closed.Version));
        var comments = world.Get<CommentService>();
        world.Tick();
        var internalComment = WorkspaceWorld.Ok(await comments.AddAsync(megan, account.Id, new CommentInput(InternalComment)));
        world.Tick();
        var sharedComment = WorkspaceWorld.Ok(await comments.AddAsync(megan, account.Id, new CommentInput(SharedComment, Visibility: CommentVisibility.Shared)));
        WorkspaceWorld.Ok(await world.Get<InteractionService>().LogAsync(megan, account.Id, new InteractionInput(InteractionChannel.Phone, InteractionDirection.Outbound, InteractionSummary, ContactId: contact.Id)));
        var task = WorkspaceWorld.Ok(await world.Get<FollowUpService>().CreateAsync(megan, account.Id, new FollowUpInput(TaskTitle, DueAt: world.Time.GetUtcNow().AddDays(3))));
        var shares = world.Get<ShareService>();
        WorkspaceWorld.Ok(await shares.ShareAsync(megan, account.Id, DemoTenant.FabrikamPartners.Id, fabrikamLevel));
        WorkspaceWorld.Ok(await shares.ShareAsync(megan, account.Id, WorkspaceWorld.OtherPartners.Id, ShareLevel.Read));
        WorkspaceWorld.Ok(await world.Get<HandoffService>().HandOffAsync(megan, new HandoffRequest(account.Id, open.Id, WorkspaceWorld.Lukas, HandoffNote)));
        world.Tick();
        return new SeededAccount(account.Id, open.Id, closed.Id, contact.Id, task.Id, internalComment.Id, sharedComment.Id);
    }
}
