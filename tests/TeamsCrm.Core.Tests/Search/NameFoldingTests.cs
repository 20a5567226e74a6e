namespace TeamsCrm.Core.Tests.Search;

public sealed class NameFoldingTests
{
    private const string Mueller = "Müller Maschinenbau GmbH";

    [Theory]
    [InlineData("mueller")]
    [InlineData("müller")]
    [InlineData("MÜLLER")]
    [InlineData("Mueller")]
    [InlineData("Mu\u0308ller")]
    [InlineData("müller maschinen")]
    public void Fold_SpellingsOfMueller_ArePrefixOfASearchKey(string typed)
    {
        var folded = NameFolding.Fold(typed);

        Assert.StartsWith("mueller", folded, StringComparison.Ordinal);
        Assert.Contains(NameFolding.SearchKeys(Mueller), key => key.StartsWith(folded, StringComparison.Ordinal));
    }

    [Fact]
    public void SearchKeys_Mueller_StartAtEachSignificantWord()
    {
        Assert.Equal(["mueller maschinenbau", "maschinenbau"], NameFolding.SearchKeys(Mueller));
    }

    [Fact]
    public void SearchKeys_SecondWordTyped_FindsTheName()
    {
        var folded = NameFolding.Fold("Maschinenbau");

        Assert.Contains(NameFolding.SearchKeys(Mueller), key => key.StartsWith(folded, StringComparison.Ordinal));
    }

    [Fact]
    public void SearchKeys_UnrelatedName_IsNotAPrefix()
    {
        var folded = NameFolding.Fold("Maier");

        Assert.DoesNotContain(NameFolding.SearchKeys(Mueller), key => key.StartsWith(folded, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Größer & Söhne AG", "groesser soehne ag")]
    [InlineData("Straße", "strasse")]
    [InlineData("Bäckerei Öztürk", "baeckerei oeztuerk")]
    [InlineData("Café Crème", "cafe creme")]
    [InlineData("Société Générale", "societe generale")]
    [InlineData("Čapek Ñandú", "capek nandu")]
    public void Fold_UmlautsSharpSAndAccents_AreSpelledOut(string name, string expected)
    {
        Assert.Equal(expected, NameFolding.Fold(name));
    }

    [Fact]
    public void SearchKeys_GroesserUndSoehne_FirstKeyWithoutLegalForm()
    {
        Assert.Equal("groesser soehne", NameFolding.SearchKeys("Größer & Söhne AG")[0]);
    }

    [Theory]
    [InlineData("A.B.C. Handels-GmbH", "a b c handels gmbh")]
    [InlineData("  Müller --- & ///  Co.  ", "mueller co")]
    [InlineData("Müller+Partner", "mueller partner")]
    [InlineData("O'Neill & Sons, Ltd.", "o neill sons ltd")]
    [InlineData("3M Deutschland", "3m deutschland")]
    public void Fold_Punctuation_CollapsesToSingleSpaces(string name, string expected)
    {
        Assert.Equal(expected, NameFolding.Fold(name));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("&/-.")]
    public void Fold_NothingFoldable_IsEmpty(string? name)
    {
        Assert.Equal(string.Empty, NameFolding.Fold(name));
    }

    [Theory]
    [InlineData(Mueller, new[] { "mueller", "maschinenbau" })]
    [InlineData("Müller & Co. KG", new[] { "mueller" })]
    [InlineData("Acme Inc.", new[] { "acme" })]
    [InlineData("Nordic Trade AB", new[] { "nordic", "trade" })]
    public void SignificantWords_WithLegalForms_DropsThem(string name, string[] expected)
    {
        Assert.Equal(expected, NameFolding.SignificantWords(name));
    }

    [Theory]
    [InlineData("GmbH & Co. KG", new[] { "gmbh", "co", "kg" })]
    [InlineData("AG", new[] { "ag" })]
    public void SignificantWords_OnlyLegalForms_KeepsAllWords(string name, string[] expected)
    {
        Assert.Equal(expected, NameFolding.SignificantWords(name));
    }

    [Fact]
    public void SearchKeys_LongName_TruncatedToMaxLength()
    {
        var keys = NameFolding.SearchKeys("Alpha Beta Gamma Delta", maxLength: 10);

        Assert.All(keys, key => Assert.True(key.Length <= 10));
        Assert.Equal("alpha beta", keys[0]);
    }

    [Fact]
    public void SearchKeys_RepeatedWords_NoDuplicateKeys()
    {
        Assert.Equal(["bau bau", "bau"], NameFolding.SearchKeys("Bau Bau GmbH"));
    }

    // Letters with a stroke or ligatures have no Unicode decomposition, and the Turkish dotted
    // capital I decomposes to an upper-case I; none of them may vanish or split the word.
    [Theory]
    [InlineData("Sørensen", new[] { "sorensen", "soerensen" })]
    [InlineData("Łódź", new[] { "lodz" })]
    [InlineData("Æble", new[] { "aeble" })]
    [InlineData("İstanbul", new[] { "istanbul" })]
    public void Fold_LettersWithoutDecomposition_KeepTheirBaseLetter(string name, string[] acceptable)
    {
        Assert.Contains(NameFolding.Fold(name), acceptable);
    }
}
