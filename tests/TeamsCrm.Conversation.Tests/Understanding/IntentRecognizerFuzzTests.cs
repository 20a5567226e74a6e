namespace TeamsCrm.Conversation.Tests.Understanding;

public sealed class IntentRecognizerFuzzTests
{
    private const string Pool = "abcdeüöäßÄ :;,.?!@<>/at()[]\"'-_\n\t\r\u0000\u200B\uFE0F\uD83D\uDE80\uD800\uDC00😀0123456789 to an bei mit";

    [Fact]
    public void Recognize_RandomText_NeverThrows()
    {
        var random = new Random(4711);
        var recognizer = Recognizers.AtNow();
        var mentions = new[] { new Mention("<at>M\uD800gan</at>", "user-1"), new Mention("<at>Megan Bowen</at>", "user-2") };

        for (var i = 0; i < 3_000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 700)).Select(_ => Pool[random.Next(Pool.Length)]).ToArray());
            var withTags = random.Next(3) == 0 ? $"<at>CRM</at> hand off {text} to <at>Me\uDC00gan</at>: {text}" : text;

            var result = recognizer.Recognize(withTags, null, random.Next(2) == 0 ? mentions : null);

            Assert.True(Enum.IsDefined(result.Intent));
        }
    }
}
