using TeamsCrm.Web.Tests.Api.Support;

namespace TeamsCrm.Web.Tests.Api;

/// <summary>Requests that fail before a use case runs still get problem details in the caller's language.</summary>
[Collection(ApiTests.Name)]
public sealed class ApiRequestProblemTests(ApiHost host)
{
    [Theory]
    [InlineData("en", "The request body is not valid JSON of the expected shape. Nothing was saved.")]
    [InlineData("de", "Der Inhalt der Anfrage ist kein gültiges JSON in der erwarteten Form. Es wurde nichts gespeichert.")]
    public async Task CreateAccount_MalformedJson_Returns400Problem(string language, string title)
    {
        using var megan = host.ClientFor(DemoTenant.Megan, language);

        var answer = await megan.PostAsync("/api/v1/accounts", "{\"name\": \"Broken");

        answer.ExpectProblem(HttpStatusCode.BadRequest, "Api.InvalidBody");
        Assert.Equal(title, answer["title"]);
    }

    [Theory]
    [InlineData("""{"title":"Deal","amount":"lots"}""", "amount")]
    [InlineData("""{"title":"Deal","amount":5,"probability":1.5}""", "probability")]
    public async Task CreateDeal_ValueOfWrongType_Returns400NamingTheField(string body, string field)
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        using var megan = host.ClientFor(DemoTenant.Megan, "de");

        var answer = await megan.PostAsync($"/api/v1/accounts/{account.Id}/deals", body);

        answer.ExpectProblem(HttpStatusCode.BadRequest, "Error.Invalid");
        Assert.Contains("falschen Typ", answer[$"errors.{field}.0"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangeStage_UnknownStageName_Returns400NamingStage()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        var deal = await host.NewDealAsync(DemoTenant.Megan, account.Id);
        using var megan = host.ClientFor(DemoTenant.Megan);

        var byName = await megan.PutAsync($"/api/v1/accounts/{account.Id}/deals/{deal.Id}/stage", new { stage = "Celebrating" }, "*");
        var byNumber = await megan.PutAsync($"/api/v1/accounts/{account.Id}/deals/{deal.Id}/stage", new { stage = 4 }, "*");

        byName.ExpectProblem(HttpStatusCode.BadRequest, "Error.Invalid");
        Assert.StartsWith("Stage:", answerOf(byName), StringComparison.Ordinal);
        byNumber.ExpectProblem(HttpStatusCode.BadRequest, "Error.Invalid");
        Assert.Equal("New", (await megan.GetAsync($"/api/v1/accounts/{account.Id}/deals/{deal.Id}"))["stage"]);

        static string? answerOf(ApiAnswer answer) => answer["errors.stage.0"];
    }

    [Fact]
    public async Task CreateComment_NotJson_Returns415Problem()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        using var megan = host.ClientFor(DemoTenant.Megan);
        using var content = new StringContent("text=hello", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");

        using var response = await megan.Http.PostAsync(new Uri($"/api/v1/accounts/{account.Id}/comments", UriKind.Relative), content);
        var answer = await ApiAnswer.ReadAsync(response);

        answer.ExpectProblem(HttpStatusCode.UnsupportedMediaType, "Api.UnsupportedMediaType");
    }

    [Fact]
    public async Task UnknownAddress_UnderTheApi_ReturnsTheSameNotFound()
    {
        using var megan = host.ClientFor(DemoTenant.Megan);
        var missing = await megan.GetAsync($"/api/v1/accounts/{Guid.CreateVersion7():N}");

        var answer = await megan.GetAsync("/api/v1/opportunities");

        answer.ExpectProblem(HttpStatusCode.NotFound, "Error.NotFound");
        Assert.Equal(missing.Text, answer.Text);
    }

    [Fact]
    public async Task WrongMethod_Returns405Problem()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        using var megan = host.ClientFor(DemoTenant.Megan);

        var answer = await megan.DeleteAsync($"/api/v1/accounts/{account.Id}", "*");

        answer.ExpectProblem(HttpStatusCode.MethodNotAllowed, "Api.MethodNotAllowed");
        Assert.Equal(account.Name, (await megan.GetAsync($"/api/v1/accounts/{account.Id}"))["name"]);
    }

    [Theory]
    [InlineData("top=0", "top")]
    [InlineData("top=101", "top")]
    [InlineData("skipToken=bm90LWFuLWlk", "skipToken")]
    [InlineData("skipToken=%%%", "skipToken")]
    public async Task ListComments_BadPaging_Returns400NamingTheParameter(string query, string field)
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        using var megan = host.ClientFor(DemoTenant.Megan);

        var answer = await megan.GetAsync($"/api/v1/accounts/{account.Id}/comments?{query}");

        answer.ExpectProblem(HttpStatusCode.BadRequest, "Error.Invalid");
        Assert.NotNull(answer[$"errors.{field}.0"]);
    }
}
