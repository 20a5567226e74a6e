namespace TeamsCrm.Conversation.Tests.Turns;

/// <summary>Untrusted card data: only strings count; numbers, booleans, objects, arrays and nulls are missing.</summary>
public sealed class CardDataTests
{
    private static readonly JsonObject Data = JsonNode.Parse("""
        {"s":" abc ","n":12,"b":true,"o":{"x":1},"a":[1],"z":null,"blank":"  ","stage":"qualified","num":"7","combo":"New, Won",
         "amount":"1,234.50","amountN":99.5,"amountBad":"12abc","date":"2026-12-15","dateBad":"15.12.2026"}
        """)!.AsObject();

    [Theory]
    [InlineData("s", " abc ")]
    [InlineData("n", null)]
    [InlineData("b", null)]
    [InlineData("o", null)]
    [InlineData("a", null)]
    [InlineData("z", null)]
    [InlineData("missing", null)]
    public void Text_OnlyStrings(string name, string? expected) => Assert.Equal(expected, CardData.Text(Data, name));

    [Fact]
    public void Id_TrimsAndRejectsBlank()
    {
        Assert.Equal("abc", CardData.Id(Data, "s"));
        Assert.Null(CardData.Id(Data, "blank"));
        Assert.Null(CardData.Id(null, "s"));
    }

    [Fact]
    public void Enum_ByNameOnly()
    {
        Assert.Equal(DealStage.Qualified, CardData.Enum<DealStage>(Data, "stage"));
        Assert.Null(CardData.Enum<DealStage>(Data, "num"));
        Assert.Null(CardData.Enum<DealStage>(Data, "combo"));
        Assert.Null(CardData.Enum<DealStage>(Data, "n"));
    }

    [Fact]
    public void Number_StringOrNumber_BadIsPresentButNull()
    {
        Assert.Equal((true, 1234.50m), CardData.Number(Data, "amount"));
        Assert.Equal((true, 99.5m), CardData.Number(Data, "amountN"));
        Assert.Equal((true, (decimal?)null), CardData.Number(Data, "amountBad"));
        Assert.Equal((true, (decimal?)null), CardData.Number(Data, "o"));
        Assert.Equal((false, (decimal?)null), CardData.Number(Data, "blank"));
        Assert.Equal((false, (decimal?)null), CardData.Number(Data, "missing"));
    }

    [Fact]
    public void Date_IsoOnly()
    {
        Assert.Equal(new DateOnly(2026, 12, 15), CardData.Date(Data, "date"));
        Assert.Null(CardData.Date(Data, "dateBad"));
    }
}
