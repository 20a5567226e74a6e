using TeamsCrm.Core.Comments;
using TeamsCrm.Core.Partners;

namespace TeamsCrm.Core.Access;

/// <summary>
/// The one place that decides who may see and do what. Members of the tenant work on every account
/// of their tenant. Guests work only on what is shared with their partner organisation, at the
/// share's level, and always see a redacted view; a guest without an organisation sees nothing.
/// Everything not explicitly granted to guests is denied (fail closed).
/// </summary>
public static class AccessPolicy
{
    public static AccountAccess ForAccount(Caller caller, IEnumerable<Share> shares)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(shares);

        if (!caller.IsGuest)
        {
            return new AccountAccess(caller, null, EmptyDealLevels);
        }

        ShareLevel? accountLevel = null;
        var dealLevels = new Dictionary<string, ShareLevel>(StringComparer.Ordinal);
        var organization = caller.PartnerOrganizationId;
        if (!string.IsNullOrEmpty(organization))
        {
            foreach (var share in shares.Where(s => s.PartnerOrganizationId == organization))
            {
                if (share.DealId is null)
                {
                    accountLevel = share.Level;
                }
                else
                {
                    dealLevels[share.DealId] = share.Level;
                }
            }
        }

        return new AccountAccess(caller, accountLevel, dealLevels);
    }

    /// <summary>Tenant-wide actions that are not about one existing account.</summary>
    public static bool CanCreateAccounts(Caller caller) => !caller.IsGuest;

    /// <summary>
    /// Who may create, rename, archive partner organisations and add or remove their guests: the tenant's CRM
    /// administrators (members only). Account owners — every member, in fact — share their accounts with existing
    /// organisations (<see cref="CrmAction.ManageShares"/>) but do not decide which guests work for which partner.
    /// </summary>
    public static bool CanManagePartnerOrganizations(Caller caller) => !caller.IsGuest && caller.IsCrmAdmin;

    /// <summary>Who may add and remove the tenant's CRM administrators: the administrators themselves (members only).</summary>
    public static bool CanManageCrmAdministrators(Caller caller) => !caller.IsGuest && caller.IsCrmAdmin;

    /// <summary>Who may read the partner organisations' members and their audit trail: members of the tenant, never guests.</summary>
    public static bool CanSeePartnerOrganizations(Caller caller) => !caller.IsGuest;

    /// <summary>
    /// A partner organisation as <paramref name="caller"/> may see it: a member of the tenant the whole record; a guest
    /// only their own active organisation, without members, email domains and version (its name is all they learn);
    /// null when it does not exist for them.
    /// </summary>
    public static PartnerOrganization? PartnerOrganizationFor(Caller caller, PartnerOrganization organization)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(organization);
        if (CanSeePartnerOrganizations(caller))
        {
            return organization;
        }

        return caller.PartnerOrganizationId == organization.Id && !organization.IsArchived
            ? organization with { Members = [], EmailDomains = [], Version = null }
            : null;
    }

    /// <summary>Who may be named as the owner or assignee of records, or a handoff recipient without a share.</summary>
    public static bool IsInternal(Caller caller) => !caller.IsGuest;

    /// <summary>
    /// Who may look people up in the directory, e.g. to hand a deal to someone by name: members only. A guest hands a
    /// deal back only to the member who handed it to them (<see cref="Handoffs.GuestHandBack"/>).
    /// </summary>
    public static bool CanSearchPeople(Caller caller) => !caller.IsGuest;

    /// <summary>
    /// Who sees the product catalog and the prices on a deal's lines: members only. List prices, unit costs and the
    /// line-level prices behind a deal's amount are internal; a guest sees which products a shared deal carries and how
    /// many, not at what price.
    /// </summary>
    public static bool CanSeeCatalog(Caller caller) => !caller.IsGuest;

    /// <summary>
    /// Who may create, edit and archive the tenant's product catalog: its CRM administrators (members only). Every
    /// member sees the catalog and puts its products on deals (<see cref="CanSeeCatalog"/>).
    /// </summary>
    public static bool CanEditCatalog(Caller caller) => !caller.IsGuest && caller.IsCrmAdmin;

    /// <summary>
    /// Who sees the customer insights (at-risk customers, an account's value and segment, deal scores, the call list):
    /// members of the tenant. They are internal judgements about customers, so a guest sees none of them — not even for
    /// an account shared with their organisation.
    /// </summary>
    public static bool CanSeeCustomerInsights(Caller caller) => !caller.IsGuest;

    /// <summary>Who sees the deal score model's quality and retrains it on demand: the tenant's CRM administrators.</summary>
    public static bool CanManageScoreModel(Caller caller) => !caller.IsGuest && caller.IsCrmAdmin;

    /// <summary>The visibility a new comment gets when its author asks for <paramref name="requested"/>: a guest's is always shared.</summary>
    public static CommentVisibility CommentVisibilityFor(Caller caller, CommentVisibility requested) =>
        caller.IsGuest ? CommentVisibility.Shared : requested;

    private static readonly IReadOnlyDictionary<string, ShareLevel> EmptyDealLevels = new Dictionary<string, ShareLevel>();
}
