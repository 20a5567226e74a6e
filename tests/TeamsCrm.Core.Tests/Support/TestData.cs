namespace TeamsCrm.Core.Tests.Support;

/// <summary>Fixed people, times and records shared by the tests. Ids are literal so failures read well.</summary>
internal static class TestData
{
    public const string Tenant = "tenant-1";
    public const string AccountId = "0190f5c2a1b27c3d8e4f5a6b7c8d9e0f";
    public const string PartnerA = "partner-a";
    public const string PartnerB = "partner-b";
    public const string PartnerAName = "Alpha Reseller GmbH";
    public const string PartnerBName = "Beta Integrations Ltd";

    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 15, 123, TimeSpan.Zero);

    public static readonly Caller Member = new(Tenant, "member-1", "Mia Member", CallerRole.Member);
    public static readonly Caller OtherMember = new(Tenant, "member-2", "Max Member", CallerRole.Member);
    public static readonly Caller GuestA = new(Tenant, "guest-a", "Anna Alpha", CallerRole.Guest, PartnerA);
    public static readonly Caller OtherGuestA = new(Tenant, "guest-a2", "Arne Alpha", CallerRole.Guest, PartnerA);
    public static readonly Caller GuestB = new(Tenant, "guest-b", "Bert Beta", CallerRole.Guest, PartnerB);
    public static readonly Caller GuestNoOrg = new(Tenant, "guest-x", "Xena Nobody", CallerRole.Guest);

    public static Share AccountShare(string organizationId, ShareLevel level) => NewShare(organizationId, null, level);

    public static Share DealShare(string organizationId, string dealId, ShareLevel level) => NewShare(organizationId, dealId, level);

    public static Account Account(string name = "Müller Maschinenbau GmbH", string? segment = "Enterprise") => new()
    {
        Id = AccountId,
        Name = name,
        LegalForm = "GmbH",
        Segment = segment,
        Owner = Member.AsPerson(),
        CreatedAt = Now.AddDays(-30),
        UpdatedAt = Now.AddDays(-1),
    };

    public static Deal Deal(string id, DealStage stage = DealStage.Proposal) => new()
    {
        Id = id,
        AccountId = AccountId,
        Title = $"Deal {id}",
        Stage = stage,
        Amount = 12_500m,
        Probability = 50,
        Source = "Trade fair",
        Owner = Member.AsPerson(),
        CreatedAt = Now.AddDays(-10),
        UpdatedAt = Now.AddDays(-2),
    };

    private static Share NewShare(string organizationId, string? dealId, ShareLevel level) => new()
    {
        AccountId = AccountId,
        DealId = dealId,
        PartnerOrganizationId = organizationId,
        PartnerOrganizationName = organizationId == PartnerA ? PartnerAName : PartnerBName,
        Level = level,
        SharedBy = Member.AsPerson(),
        SharedAt = Now.AddDays(-5),
    };
}
