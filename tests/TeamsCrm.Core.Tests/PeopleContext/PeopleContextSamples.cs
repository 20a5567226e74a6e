using TeamsCrm.Core.PeopleContext;

namespace TeamsCrm.Core.Tests.PeopleContext;

/// <summary>A small tenant (own domain teamscrm.example) and a customer (contoso.example) for the people-context tests.</summary>
internal static class PeopleContextSamples
{
    public const string Tenant = "t1";
    public static readonly DateTimeOffset Now = new(2026, 12, 4, 10, 0, 0, TimeSpan.Zero);
    public static readonly Caller Megan = new(Tenant, "megan", "Megan Bowen", CallerRole.Member);
    public static readonly Caller Lukas = new(Tenant, "lukas", "Lukas Schneider", CallerRole.Member);
    public static readonly Caller Pat = new(Tenant, "pat", "Pat Reyes", CallerRole.Guest, "fabrikam");

    public static PersonProfile MeganProfile => new("megan", "Megan Bowen", "meganb@teamscrm.example", "Account Manager", "Sales", PresenceStatus.Available, "Johanna Lorenz", true);

    public static PersonProfile LukasProfile => new("lukas", "Lukas Schneider", "lukass@teamscrm.example", "Key Account Manager", "Sales", PresenceStatus.Busy, "Johanna Lorenz", true);

    public static Meeting Meeting(string id, string calendarOwner, DateTimeOffset start, params string[] attendees) => new(
        id,
        calendarOwner,
        start,
        start.AddHours(1),
        $"Subject {id}",
        "Megan Bowen",
        "meganb@teamscrm.example",
        [.. attendees.Select(a => new MeetingAttendee(null, a))]);

    public static CustomerAttendeeMatcher Matcher() =>
        new(["ann.lee@contoso-mail.example"], "https://www.contoso.example", ["meganb@teamscrm.example"]);

    public static CustomerCard Card(string ownerId = "megan") => new(
        new AccountView("acc1", "Contoso", "Ltd", null, null, "contoso.example", PostalAddress.Empty, new PersonRef(ownerId, ownerId), AccountStatus.Active, SocialProfiles.Empty, Now, "v1"),
        [new Contact { Id = "c1", AccountId = "acc1", FirstName = "Ann", LastName = "Lee", Email = "ann.lee@contoso-mail.example", CreatedAt = Now, UpdatedAt = Now }],
        1,
        ["ann.lee@contoso-mail.example"],
        [],
        [],
        [],
        [],
        [],
        new CardPermissions(true, true, true, true, true, true, true),
        false,
        []);
}
