using TeamsCrm.Core.Partners;

namespace TeamsCrm.Storage.Mapping;

internal static class ShareMapping
{
    public static string RowKey(string shareKey) => StorageKeys.SharePrefix + shareKey;

    public static TableEntity ToEntity(string partitionKey, Share s)
    {
        var e = new TableEntity(partitionKey, RowKey(ShareKeys.For(s)))
        {
            ["AccountId"] = s.AccountId,
            ["DealId"] = s.DealId,
            ["PartnerOrganizationId"] = s.PartnerOrganizationId,
            ["PartnerOrganizationName"] = s.PartnerOrganizationName,
            ["Level"] = s.Level.ToString(),
            ["SharedAt"] = s.SharedAt,
        };
        e.SetPerson("SharedBy", s.SharedBy);
        return e;
    }

    public static Share FromEntity(TableEntity e) => new()
    {
        AccountId = e.GetString("AccountId"),
        DealId = e.GetString("DealId"),
        PartnerOrganizationId = e.GetString("PartnerOrganizationId"),
        PartnerOrganizationName = e.GetString("PartnerOrganizationName"),
        Level = e.GetEnum<ShareLevel>("Level"),
        SharedBy = e.GetPerson("SharedBy"),
        SharedAt = e.GetTime("SharedAt"),
        Version = e.VersionOf(),
    };
}
