using TeamsCrm.Core.Audit;
using TeamsCrm.Core.Workspace;

namespace TeamsCrm.Core.Partners;

/// <summary>
/// One entry of the tenant's partner history as members read it: who did what, to which organisation (its name then),
/// and whom it concerned (the guest added or removed, the CRM administrator added or removed) or the new name of a
/// renamed organisation. Read from the partner audit trail's snapshots.
/// </summary>
public sealed record PartnerHistoryEntry(DateTimeOffset At, PersonRef Actor, string Action, string? Organization, string? Person, string? NewName)
{
    public static PartnerHistoryEntry From(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var organization = AuditSnapshot.Read(entry.Before, nameof(PartnerOrganization.Name)) ?? AuditSnapshot.Read(entry.After, nameof(PartnerOrganization.Name));
        var renamed = entry.Action == "PartnerOrganizationRenamed" ? AuditSnapshot.Read(entry.After, nameof(PartnerOrganization.Name)) : null;
        var people = entry.RecordKind == "PartnerOrganization" ? nameof(PartnerOrganization.Members) : nameof(Settings.CrmSettings.Admins);
        return new PartnerHistoryEntry(entry.At, entry.Actor, entry.Action, organization, Changed(entry, people), renamed);
    }

    /// <summary>The one person in the before or after list but not in both (added or removed), else null.</summary>
    private static string? Changed(AuditEntry entry, string property)
    {
        var before = AuditSnapshot.ReadPeople(entry.Before, property);
        var after = AuditSnapshot.ReadPeople(entry.After, property);
        var changed = after.Where(a => !before.Any(b => b.UserId == a.UserId)).Concat(before.Where(b => !after.Any(a => a.UserId == b.UserId))).ToList();
        return changed.Count == 1 ? changed[0].DisplayName : null;
    }
}
