using TeamsCrm.Core.Comments;
using TeamsCrm.Core.Interactions;
using TeamsCrm.Core.PeopleContext;
using TeamsCrm.Tab.Tests.Infrastructure;

namespace TeamsCrm.Tab.Tests.MyCrm;

/// <summary>What the My CRM section tests share: the scripted calendar and changes by a colleague on Megan's account.</summary>
public static class MyCrmWorld
{
    public const string LukasComment = "Lukas: the buyer called back";
    public const string LukasCall = "Lukas took the buyer's call";

    public static void Scripted(IServiceCollection services) =>
        services.AddSingleton<IPeopleContextSource>(sp => new ScriptedPeopleContext(sp.GetRequiredService<TimeProvider>()));

    /// <summary>Lukas comments on the seeded account, then logs an inbound call on it (in that order, a tick apart).</summary>
    public static async Task LukasChangesAsync(WorkspaceWorld world, SeededAccount seeded)
    {
        world.Tick();
        WorkspaceWorld.Ok(await world.Get<CommentService>().AddAsync(WorkspaceWorld.Lukas, seeded.AccountId, new CommentInput(LukasComment)));
        world.Tick();
        WorkspaceWorld.Ok(await world.Get<InteractionService>().LogAsync(
            WorkspaceWorld.Lukas, seeded.AccountId, new InteractionInput(InteractionChannel.Phone, InteractionDirection.Inbound, LukasCall, ContactId: seeded.ContactId)));
        world.Tick();
    }
}
