namespace TeamsCrm.Conversation.Tests.Understanding;

/// <summary>A recognizer on a fixed clock: Monday 30 November 2026, 09:00 UTC.</summary>
internal static class Recognizers
{
    public static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    public static IntentRecognizer AtNow() => new(new FakeTimeProvider(Now) { });
}
