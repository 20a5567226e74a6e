using Microsoft.Extensions.Logging;

namespace TeamsCrm.Analytics.Tests.Support;

/// <summary>A logger that keeps what was logged (event id and message), for tests of the log messages.</summary>
internal sealed class RecordingLogger : ILogger
{
    public List<(int EventId, LogLevel Level, string Message)> Entries { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Add((eventId.Id, logLevel, formatter(state, exception)));
}
