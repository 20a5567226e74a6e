using TeamsCrm.Core.Deals;
using TeamsCrm.Core.Handoffs;
using TeamsCrm.Core.Identity;
using TeamsCrm.Core.MyWork;

namespace TeamsCrm.Web.Tab.MyCrm;

/// <summary>A person's handoffs with the titles of their deals (read as that person, in parallel; a deal they may no longer see shows none).</summary>
internal static class HandoffLists
{
    public static async Task<IReadOnlyList<(WorkItem<Handoff> Item, string Title)>> WithDealTitlesAsync(
        Caller caller, IReadOnlyList<WorkItem<Handoff>> handoffs, DealService deals)
    {
        var titles = await Task.WhenAll(handoffs.Select(h => deals.GetAsync(caller, h.AccountId, h.Item.DealId)));
        return [.. handoffs.Zip(titles, (handoff, deal) => (handoff, deal.IsSuccess ? deal.Value!.Title : string.Empty))];
    }
}
