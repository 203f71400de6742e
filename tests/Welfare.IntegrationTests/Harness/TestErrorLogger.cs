using Microsoft.Extensions.Logging;

namespace Welfare.IntegrationTests.Harness;

/// <summary>Shows the host's errors (an unexpected 500's exception) in the test output, where a failing test needs them.</summary>
internal sealed class TestErrorLoggerProvider : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new TestErrorLogger(categoryName);

    public void Dispose()
    {
    }

    private sealed class TestErrorLogger(string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                var text = $"[{logLevel}] {category}: {formatter(state, exception)}{Environment.NewLine}{exception}{Environment.NewLine}";
                TestContext.Progress.Write(text);
                File.AppendAllText(Path.Combine(Path.GetTempPath(), "welfare-test-host-errors.log"), text);
            }
        }
    }
}
