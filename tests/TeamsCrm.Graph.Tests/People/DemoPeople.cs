using DemoTenant = TeamsCrm.TestSupport.DemoPeople;

namespace TeamsCrm.Graph.Tests.People;

/// <summary>The demo tenant's people (as the Web host will feed them to the offline directory), plus two names for folding.</summary>
public static class DemoPeople
{
    public const string TenantId = DemoTenant.TenantId;

    public static readonly Person Megan = Member(1, "Megan Bowen", "megan.bowen@contoso.example");
    public static readonly Person Lukas = Member(2, "Lukas Schneider", "lukas.schneider@contoso.example");
    public static readonly Person Adele = Member(3, "Adele Vance", "adele.vance@contoso.example");
    public static readonly Person Alex = Member(4, "Alex Wilber", "alex.wilber@contoso.example");
    public static readonly Person Johanna = Member(5, "Johanna Lorenz", "johanna.lorenz@contoso.example");

    public static readonly Person Pat = new(
        DemoTenant.ObjectId(6),
        "Pat Reyes",
        "pat.reyes@fabrikampartners.example",
        "pat.reyes_fabrikampartners.example#EXT#@contoso.example",
        null,
        null,
        IsGuest: true);

    public static readonly Person Juergen = Member(7, "Jürgen Müller", "juergen.mueller@contoso.example");
    public static readonly Person Conor = Member(8, "Conor O'Brien", "conor.obrien@contoso.example");

    public static IReadOnlyList<Person> Everyone { get; } = [Megan, Lukas, Adele, Alex, Johanna, Pat, Juergen, Conor];

    private static Person Member(int number, string name, string email) =>
        new(DemoTenant.ObjectId(number), name, email, email, null, null, IsGuest: false);
}
