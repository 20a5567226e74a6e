namespace TeamsCrm.Core.Partners;

/// <summary>The record id of a share inside its account: the organisation, plus the deal for a deal share.</summary>
public static class ShareKeys
{
    public static string For(string partnerOrganizationId, string? dealId) =>
        dealId is null ? partnerOrganizationId : $"{partnerOrganizationId}|deal|{dealId}";

    public static string For(Share share)
    {
        ArgumentNullException.ThrowIfNull(share);
        return For(share.PartnerOrganizationId, share.DealId);
    }
}
