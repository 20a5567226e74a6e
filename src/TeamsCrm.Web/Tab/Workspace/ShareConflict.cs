using Microsoft.Extensions.Localization;
using TeamsCrm.Core.Partners;
using TeamsCrm.Core.Workspace;
using TeamsCrm.Web.Tab.Resources;

namespace TeamsCrm.Web.Tab.Workspace;

/// <summary>
/// The Partners panel's words for a share change that lost a race: someone else shared, changed or stopped sharing the
/// same thing after the page showed it, so nothing was changed; says what the access is now (the panel reloads to show it).
/// </summary>
public static class ShareConflict
{
    public static string Describe(IStringLocalizer<TabTexts> text, AccountWorkspace workspace, string organizationName, string? dealId, object? current)
    {
        ArgumentNullException.ThrowIfNull(text);
        var now = current is Share share ? text[$"ShareLevel.{share.Level}"].Value : text["Partners.NotShared"].Value;
        return text["Partners.Conflict", organizationName, Scope(text, workspace, dealId), now].Value;
    }

    /// <summary>"whole account" or "deal {title}".</summary>
    public static string Scope(IStringLocalizer<TabTexts> text, AccountWorkspace workspace, string? dealId)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(workspace);
        return dealId is null
            ? text["Partners.WholeAccount"].Value
            : text["Partners.DealScope", workspace.Deals.FirstOrDefault(d => d.Deal.Id == dealId)?.Deal.Title ?? string.Empty].Value;
    }
}
