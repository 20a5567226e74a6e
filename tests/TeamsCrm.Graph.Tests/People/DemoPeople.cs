using TeamsCrm.Core.People;

namespace TeamsCrm.Graph.Tests.People;

/// <summary>The demo tenant's people (as the Web host will feed them to the offline directory), plus two names for folding.</summary>
public static class DemoPeople
{
    public const string TenantId = "5f1c2d3e-4a5b-4c6d-8e7f-90a1b2c3d4e5";

    public static readonly Person Megan = Member("01", "Megan Bowen", "megan.bowen@contoso.example");
    public static readonly Person Lukas = Member("02", "Lukas Schneider", "lukas.schneider@contoso.example");
    public static readonly Person Adele = Member("03", "Adele Vance", "adele.vance@contoso.example");
    public static readonly Person Alex = Member("04", "Alex Wilber", "alex.wilber@contoso.example");
    public static readonly Person Johanna = Member("05", "Johanna Lorenz", "johanna.lorenz@contoso.example");

    public static readonly Person Pat = new(
        "4d1f6a52-1b0e-4c57-9d7a-1a2b3c4d5e06",
        "Pat Reyes",
        "pat.reyes@fabrikampartners.example",
        "pat.reyes_fabrikampartners.example#EXT#@contoso.example",
        null,
        null,
        IsGuest: true);

    public static readonly Person Juergen = Member("07", "Jürgen Müller", "juergen.mueller@contoso.example");
    public static readonly Person Conor = Member("08", "Conor O'Brien", "conor.obrien@contoso.example");

    public static IReadOnlyList<Person> Everyone { get; } = [Megan, Lukas, Adele, Alex, Johanna, Pat, Juergen, Conor];

    private static Person Member(string suffix, string name, string email) =>
        new($"4d1f6a52-1b0e-4c57-9d7a-1a2b3c4d5e{suffix}", name, email, email, null, null, IsGuest: false);
}
