using TeamsCrm.Core.Accounts;

namespace TeamsCrm.Storage.Mapping;

internal static class AccountMapping
{
    public static TableEntity ToEntity(string partitionKey, Account a)
    {
        var e = new TableEntity(partitionKey, StorageKeys.Account)
        {
            ["Id"] = a.Id,
            ["Name"] = a.Name,
            ["LegalForm"] = a.LegalForm,
            ["Industry"] = a.Industry,
            ["Segment"] = a.Segment,
            ["Website"] = a.Website,
            ["Street"] = a.Address.Street,
            ["PostalCode"] = a.Address.PostalCode,
            ["City"] = a.Address.City,
            ["Country"] = a.Address.Country,
            ["Status"] = a.Status.ToString(),
            ["LinkedIn"] = a.Social.LinkedIn,
            ["Xing"] = a.Social.Xing,
            ["X"] = a.Social.X,
            ["CreatedAt"] = a.CreatedAt,
            ["UpdatedAt"] = a.UpdatedAt,
        };
        e.SetPerson("Owner", a.Owner);
        return e;
    }

    public static Account FromEntity(TableEntity e) => new()
    {
        Id = e.GetString("Id"),
        Name = e.GetString("Name"),
        LegalForm = e.GetString("LegalForm"),
        Industry = e.GetString("Industry"),
        Segment = e.GetString("Segment"),
        Website = e.GetString("Website"),
        Address = new PostalAddress(e.GetString("Street"), e.GetString("PostalCode"), e.GetString("City"), e.GetString("Country")),
        Owner = e.GetPerson("Owner"),
        Status = e.GetEnum<AccountStatus>("Status"),
        Social = new SocialProfiles(e.GetString("LinkedIn"), e.GetString("Xing"), e.GetString("X")),
        CreatedAt = e.GetTime("CreatedAt"),
        UpdatedAt = e.GetTime("UpdatedAt"),
        Version = e.VersionOf(),
    };
}
